package dev.rasd.quote;

import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the subject after a reporting verb when no entity layer is available: skips titles and
 * roles with their complements ("المتحدث باسم القيادة العامة اللواء …", "مدير المنفذ في الجانب
 * الليبي …") and takes the run of name words that follows, up to five, stopping at punctuation, a
 * preposition, a complementizer (أن/إن) or a colon. Words that name an unnamed source (مصدر،
 * مصادر، شهود، مسؤول) make an explicit but anonymous subject. A verb followed directly by a
 * complementizer, a colon, a quote or only a title ("وأوضح المتحدث أن") has an implied subject.
 * The rule that a name starts at the first word after the title phrase that is not itself
 * ال-prefixed follows the Arabic pattern of given names without the article and titles,
 * institutions and adjectives with it.
 */
final class SpeakerNames {
  /**
   * A subject: {@code name} null when anonymous or implied; {@code explicit} false when implied;
   * {@code titled} when a title or role introduced the name ("المتحدث باسم المجلس منصور البرعصي");
   * {@code phrase} the offset where the subject phrase, title included, begins.
   */
  record Subject(String name, int start, int end, boolean explicit, boolean titled, int phrase) {
    static final Subject IMPLIED = new Subject(null, -1, -1, false, false, -1);
    static final Subject ANONYMOUS = new Subject(null, -1, -1, true, false, -1);
  }

  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_SUBJECT_WORDS = 14;
  private static final String ARTICLE = "ال";
  private static final String LAM_PREFIX = "ل";
  private static final String CONJUNCTION = "و";
  private static final char FATHATAN = '\u064B';
  /** Name-building particles: "الطاهر عبد الرحيم" keeps its first word. */
  private static final Set<String> PARTICLES = keys("عبد", "بن", "بو", "أبو", "ابن");
  private static final String BI_ARTICLE = "بال";
  private static final String BI = "ب";
  private static final char YEH = '\u064A';
  private static final String NISBA = ArabicNormalizer.key("ي");

  /** Heads of institution names inside a role phrase ("رئيس وفد قوات الدعم السريع …"). */
  private static final Set<String> INSTITUTIONS = keys(
      "وفد", "مجلس", "وزارة", "بنك", "جامعة", "منظمة", "منطقة", "هيئة", "لجنة", "مكتب", "قوات", "إدارة", "دائرة",
      "مديرية", "نادي", "شركة", "صندوق", "مركز", "جهاز", "معهد", "مؤسسة", "حكومة", "بلدية", "محافظة", "ولاية",
      "جيش", "حزب", "حركة", "منفذ", "مستشفى", "اتحاد", "غرفة", "نقابة", "سلطة", "مصلحة", "قسم", "كلية", "مجموعة",
      "قيادة", "بعثة", "مفوضية", "رابطة", "جمعية", "دار", "وكالة", "محكمة", "نيابة", "شرطة", "أمن", "مرصد", "برنامج");

  private static final Set<String> TITLES = keys(
      "المتحدث", "المتحدثة", "الناطق", "الناطقة", "الرسمي", "الرسمية", "باسم", "وزير", "الوزير", "وزيرة", "الوزيرة",
      "رئيس", "الرئيس", "رئيسة", "الرئيسة", "مدير", "المدير", "مديرة", "المديرة", "نائب", "النائب", "النائبة",
      "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "المشير", "العماد", "الدكتور",
      "الدكتورة", "د", "المهندس", "المهندسة", "السفير", "السفيرة", "سفير", "الشيخ", "الأمير", "الملك", "المبعوث",
      "المبعوثة", "الأمين", "أمين", "مستشار", "المستشار", "المستشارة", "الخبير", "الخبيرة", "المحلل", "المحللة",
      "الأستاذ", "أستاذ", "الأستاذة", "أستاذة", "الناشط", "الناشطة", "المواطن", "المواطنة", "مدرب", "المدرب",
      "لاعب", "اللاعب", "قائد", "القائد", "آمر", "والي", "محافظ", "المحافظ", "عضو", "العضو", "ممثل", "ممثلة",
      "مفوض", "المفوض", "المفوضة", "حاكم", "منسق", "المنسق", "المسؤول", "المسؤولة", "الكاتب", "الكاتبة",
      "الروائي", "الروائية", "المخرج", "المخرجة", "الباحث", "الباحثة", "الطبيب", "الطبيبة", "مهندسة", "مهندس",
      "مراقب", "المراقب", "التنفيذي", "عمدة", "زعيم", "الزعيم", "المرشد", "الأمينة", "الملكة", "المدربة", "مساعد",
      "مساعدة", "وكيل", "الوكيل", "نائبة", "مهاجم", "حارس", "مدافع", "نجم", "المهاجم", "الحارس", "المدافع",
      "النجم", "الفني", "العام", "مراسل", "المراسل", "الإعلامي",
      "الإعلامية", "عام", "معتمد", "المعتمد", "الأكاديمي", "الأكاديمية", "المحامي", "المحامية", "محامي", "الوزيرة", "وزيرة", "القيادي", "قيادي", "الجنرال", "الرئيسة");

  /** Subjects that are sources without a name. */
  private static final Set<String> ANONYMOUS = keys(
      "مصدر", "مصدرا", "مصادر", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "شهود", "شاهد", "سكان", "خبراء",
      "خبير", "خبيرة", "محللون", "محللين", "محلل", "محللة", "باحث", "باحثة", "مراقبون", "مراقبين", "دبلوماسي", "دبلوماسيون", "متحدث", "متحدثة",
      "ناطق", "أحد", "إحدى", "مواطنون", "ناشطون", "ناشطين", "مسؤولة", "مصدرين", "عاملون", "أطباء", "طبيب",
      "مواطن", "مواطنة", "عدد", "بعض", "منظمات", "جماهير", "متابعون", "متابعين", "ناشط", "ناشطة",
      "اقتصاديون", "اقتصاديين", "مختصون", "مختصين", "متخصصون", "متخصصين", "نشطاء", "معارضون", "محتجون", "متظاهرون", "أهالي");

  /** Adjectives that qualify a role without naming anyone ("عضو سابق", "مصدر مطلع"). */
  private static final Set<String> QUALIFIERS = keys(
      "سابق", "سابقة", "بارز", "بارزة", "مطلع", "مطلعة", "رفيع", "رفيعة", "كبير", "كبيرة", "محلي", "محلية");
  private static final List<String> POSSESSIVES = List.of(
      ArabicNormalizer.key("ها"), ArabicNormalizer.key("هم"), ArabicNormalizer.key("ه"));
  private static final String TEH = ArabicNormalizer.key("ت");
  private static final String TEH_MARBUTA_KEY = ArabicNormalizer.key("ة");

  private static final Set<String> STOPS = keys(
      "في", "على", "إلى", "من", "عن", "مع", "خلال", "أمام", "عبر", "بعد", "قبل", "حول", "لدى", "أن", "إن", "بأن",
      "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "الذي", "التي", "الذين", "وهو", "وهي", "ضمن", "منذ", "حين", "عند",
      "اليوم", "أمس", "غدا", "بدوره", "بدورها", "أيضا", "كذلك", "يومها", "قائلا", "لكن", "لكنه", "وذلك", "أثناء",
      "بحسب", "وفق", "تعليقا", "ردا", "عقب", "إثر", "قوله", "قولها", "دعوته", "دعوتها", "رسميا", "إذ", "حيث",
      "بصعوبة", "صباح", "مساء", "أي", "كل", "هذا", "هذه", "ذلك", "تلك", "إنشاء", "استعداده", "استعدادها",
      "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "المقبل", "قد",
      "كيف", "لماذا", "متى", "فإن", "الأسبوع", "الشهر", "العام", "السنة", "الليلة", "فجر", "ظهر", "عصر", "الجاري",
      "مؤخرا", "سابقا", "لاحقا", "آنذاك", "بالقول");

  private static final Set<String> COMPLEMENTIZERS = keys(
      "أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأنه", "بأنها", "وأن", "وإن",
      "فإن", "فإنه", "فإنها", "فأن");
  /**
   * Ranks written right before a name: after a role with its complement ("مدير منفذ … على الحدود
   * مع … العقيد فلان") the name follows the rank, however far the complement ran.
   */
  private static final Set<String> RANKS = keys(
      "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "المشير", "العماد", "الجنرال",
      "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الشيخ", "السفير", "السفيرة");
  /** Media heads: "لوكالة", "لقناة" carry the preposition ل before an outlet. */
  private static final Set<String> MEDIA_HEADS = keys(
      "وكالة", "قناة", "صحيفة", "جريدة", "موقع", "إذاعة", "تلفزيون", "شبكة", "مجلة", "منصة", "راديو");

  private SpeakerNames() {
  }

  /** What the entity layer says about a token: inside a person's mention, or inside a body's or place's. */
  interface MentionTokens {
    MentionTokens NONE = new MentionTokens() {
      @Override
      public boolean person(int token) {
        return false;
      }

      @Override
      public boolean body(int token) {
        return false;
      }

      @Override
      public boolean available() {
        return false;
      }
    };

    boolean person(int token);

    boolean body(int token);

    /** False when there is no entity layer to consult. */
    default boolean available() {
      return true;
    }

    /** True when a mention begins at the token's first letter, a clitic included ("ليبيا", not "لليبيا"). */
    default boolean whole(int token) {
      return false;
    }

    /** True when {@code key} is a word of a person's name the entity layer found in the article. */
    default boolean personWord(String key) {
      return false;
    }
  }

  /** The subject in {@code tokens[from, limitToken)} of {@code text}, the verb being just before {@code from}. */
  static Subject after(String text, List<Token> tokens, int from, int limitToken, MentionTokens mentions) {
    boolean titleSeen = false;
    boolean objectNext = false;
    // "خبير أمن المعلومات فلان" names its source; "مصدر أمني", "عضو سابق في مجلس" do not
    boolean unnamedHead = false;
    int nameStart = -1;
    int nameEnd = -1;
    int end = Math.min(limitToken, from + MAX_SUBJECT_WORDS);
    for (int i = from; i < end; i++) {
      Token t = tokens.get(i);
      String k = withoutConjunction(t.key());
      String gap = i == from ? "" : text.substring(tokens.get(i - 1).end(), t.start());
      if (stopsSubject(gap)) {
        break;
      }
      if (nameStart >= 0) {
        if (gap.indexOf(',') >= 0 || gap.indexOf('،') >= 0 || gap.indexOf('(') >= 0) {
          break;
        }
        // "نفى الودغيري وجود …": a name the entity layer marked ends where its mention ends (without
        // one, the object is read into the name: a rule on definite words cost more than it won on dev)
        if (mentions.person(nameStart) && !mentions.person(i) && !familyNameAfter(text, tokens, i, end, mentions)) {
          break;
        }
        if (isTitle(k)) {
          // a rank after a role phrase ("مدير منفذ رأس جدير العقيد …"): the name follows the rank
          nameStart = -1;
          titleSeen = true;
          continue;
        }
        boolean closes = STOPS.contains(k) && !spelledAsName(t) || isPrepositional(k, tokens, i, mentions);
        int rank = titleSeen && closes && !isComplementizer(k) ? rankAhead(text, tokens, i, end) : -1;
        if (rank > 0) {
          nameStart = -1;
          i = rank - 1;
          continue;
        }
        // an accusative tanween (متأثرًا، رسميًا) marks an adverb or circumstance, never part of a name;
        // an indefinite word after a family name with the article is the verb's object ("فلانة الزين خطة …")
        if (closes || i - nameStart >= MAX_NAME_WORDS || afterFamilyName(tokens, nameStart, i, mentions) || t.isNumber() || t.text().indexOf(FATHATAN) >= 0
            || ReportingVerbs.recognise(t.text()) != null && !PARTICLES.contains(tokens.get(i - 1).key())
            || possessed(t.text(), k) && !mentions.person(i)) {
          break;
        }
        nameEnd = i;
        continue;
      }
      if (gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0) {
        objectNext = false;
      }
      if (STOPS.contains(k) && !spelledAsName(t) || t.isNumber() || isPrepositional(k, tokens, i, mentions)) {
        if (!titleSeen || isComplementizer(k)) {
          break;
        }
        // "رئيسة بعثة الصندوق إلى مصر، ماريا …": the word after a preposition is its object, not the name
        objectNext = true;
        continue;
      }
      if (ANONYMOUS.contains(k) || !titleSeen && isDefiniteUnnamed(k)) {
        if (titleSeen) {
          return unnamedHead ? Subject.ANONYMOUS : Subject.IMPLIED;
        }
        unnamedHead = true;
        titleSeen = true;
        continue;
      }
      if (isTitle(k) || (titleSeen && (INSTITUTIONS.contains(k) || QUALIFIERS.contains(k)))) {
        unnamedHead |= i == from && !k.startsWith(ARTICLE) && indefiniteRole(tokens, i, end);
        titleSeen = true;
        objectNext = false;
        continue;
      }
      boolean givenName = !objectNext && !mentions.body(i) && GivenNames.contains(k)
          && (!k.startsWith(ARTICLE) || definiteGivenName(tokens, i, end));
      // "وردت الوزيرة على الفلاني قائلة": a person right after the preposition, by a surname, is its
      // object; a given name there opens the name ("الباحث في الاستشعار عن بعد فلان …")
      boolean prepositionsObject = objectNext && STOPS.contains(withoutConjunction(tokens.get(i - 1).key()))
          && !GivenNames.contains(k);
      if (titleSeen && !givenName
          && (k.startsWith(ARTICLE) || objectNext && (!mentions.person(i) || prepositionsObject) || mentions.body(i))) {
        // "صرح المدرب في حديث منفصل", "دعا إلى إنشاء آلية …": an indefinite noun after a preposition
        // heads a complement that runs on (its adjective or genitive follows), until a definite word
        // or a marked place or body; without an entity layer its first word is all that is known
        objectNext = objectNext && mentions.available() && !k.startsWith(ARTICLE) && !mentions.body(i);
        continue;
      }
      if (t.text().indexOf(FATHATAN) >= 0 || ReportingVerbs.recognise(t.text()) != null) {
        break;
      }
      nameStart = i;
      nameEnd = i;
    }
    if (nameStart < 0) {
      return unnamedHead ? Subject.ANONYMOUS : Subject.IMPLIED;
    }
    nameStart = nameBegins(tokens, nameStart, nameEnd, titleSeen, mentions);
    if (nameStart < 0 || unnamedHead && !mentions.person(nameStart) && !GivenNames.contains(tokens.get(nameStart).key())) {
      return unnamedHead ? Subject.ANONYMOUS : Subject.IMPLIED;
    }
    // "أستاذ الاقتصاد في جامعة محمد الخامس، المهدي بن عمرو": a person's name may complete an institution's
    boolean namesBody = nameStart > from && INSTITUTIONS.contains(withoutConjunction(tokens.get(nameStart - 1).key()));
    Subject apposed = titleSeen && (!mentions.person(nameStart) || namesBody)
        ? apposition(text, tokens, nameEnd + 1, limitToken, mentions) : null;
    int phrase = tokens.get(from).start();
    if (apposed != null) {
      return new Subject(apposed.name(), apposed.start(), apposed.end(), true, true, phrase);
    }
    int s = tokens.get(nameStart).start();
    int e = tokens.get(nameEnd).end();
    return new Subject(text.substring(s, e), s, e, true, titleSeen, phrase);
  }

  /**
   * Where the name in {@code tokens[nameStart, nameEnd]} begins, or -1 when the run names no one.
   * "المسعف خالد النمر": an unlisted role with the article before a given name is not part of it.
   * "مدير عام دائرة صحة المدينة علي حسن": after a role, a given name inside the run starts the name
   * and the words before it complete the institution. "عضو في مجلس بلدي": one word right after an
   * institution's head, neither a marked person nor a given name, is the institution's adjective.
   */
  private static int nameBegins(List<Token> tokens, int nameStart, int nameEnd, boolean titleSeen, MentionTokens mentions) {
    int start = nameStart;
    while (start < nameEnd && tokens.get(start).key().startsWith(ARTICLE) && !GivenNames.contains(tokens.get(start).key())
        && !tokens.get(start + 1).key().startsWith(ARTICLE) && !PARTICLES.contains(tokens.get(start + 1).key())) {
      start++;
    }
    String first = tokens.get(start).key();
    if (!titleSeen || mentions.person(start) || GivenNames.contains(first)) {
      return start;
    }
    // "معتمد بن عروس الهادي فلان": a particle opening a place's name, not the person's
    for (int j = start + 1; j <= nameEnd; j++) {
      String k = tokens.get(j).key();
      // a definite given name closing the run is the family name ("ريما العلي")
      boolean given = GivenNames.contains(k) && !PARTICLES.contains(tokens.get(j - 1).key())
          && (!k.startsWith(ARTICLE) || j < nameEnd);
      if (given || !PARTICLES.contains(first) && mentions.person(j) && !mentions.person(j - 1)) {
        return j;
      }
    }
    if (PARTICLES.contains(first)) {
      return start;
    }
    boolean afterInstitution = start > 0 && INSTITUTIONS.contains(withoutConjunction(tokens.get(start - 1).key()));
    return afterInstitution && start == nameEnd ? -1 : start;
  }

  /**
   * "وحذّر فلان زملاءه": a word carrying a possessive pronoun (ه، ها، هم written as such, not a
   * teh marbuta) is the verb's object, not a family name; the article's words ("عبد الله") are names.
   */
  /**
   * True when token {@code i} is an indefinite word right after a family name written with the
   * article, inside a name the entity layer did not mark: Arabic names end at such a surname.
   */
  private static boolean afterFamilyName(List<Token> tokens, int nameStart, int i, MentionTokens mentions) {
    String previous = withoutConjunction(tokens.get(i - 1).key());
    String k = tokens.get(i).key();
    return i - 1 > nameStart && previous.startsWith(ARTICLE) && !GivenNames.contains(previous)
        && !k.startsWith(ARTICLE) && !PARTICLES.contains(k) && !GivenNames.contains(k) && !mentions.person(i);
  }

  private static boolean possessed(String word, String key) {
    if (key.startsWith(ARTICLE) || key.length() < 4) {
      return false;
    }
    // on the written word, where a teh marbuta (ة) is not yet folded into ه
    return POSSESSIVES.stream().anyMatch(word::endsWith);
  }

  /**
   * "المدير التنفيذي للبلدية الطاهر فلان": a given name written with the article opens the name when
   * an indefinite word follows that is not itself a given name; before a given name it is a team or
   * a body named like one ("مدرب الأمل سامي فلان", "مدرب الوداد عادل فلان").
   */
  private static boolean definiteGivenName(List<Token> tokens, int i, int end) {
    if (i + 1 >= end) {
      return false;
    }
    String next = tokens.get(i + 1).key();
    return !next.startsWith(ARTICLE) && (PARTICLES.contains(next) || !GivenNames.contains(next));
  }

  /**
   * "علي" with a final yeh is the given name; the preposition "على" ends with alef maksura. The
   * normalised keys are equal, so the written letter decides.
   */
  private static boolean spelledAsName(Token t) {
    String w = t.text();
    return !w.isEmpty() && w.charAt(w.length() - 1) == YEH && GivenNames.contains(t.key());
  }

  /**
   * "عضو سابق في …", "مسؤول في …": an indefinite role followed by a qualifier or a preposition
   * describes a source without naming it; a name may still follow ("عضو في المجلس فلان").
   */
  private static boolean indefiniteRole(List<Token> tokens, int role, int end) {
    if (role + 1 >= end) {
      return false;
    }
    String next = withoutConjunction(tokens.get(role + 1).key());
    return QUALIFIERS.contains(next) || STOPS.contains(next) && !isComplementizer(next);
  }

  /** "وصرّح المصدر بأن …": the definite form of a word for an unnamed source stays unnamed. */
  private static boolean isDefiniteUnnamed(String key) {
    return key.startsWith(ARTICLE) && ANONYMOUS.contains(key.substring(ARTICLE.length())) && !isTitle(key);
  }

  /**
   * A lone definite word read as a subject that is no marked mention, given name or word of a
   * person named in the article ("وصفت المشروع بأنه"): a common noun, the verb's object.
   */
  static boolean commonNoun(Subject subject, List<Token> tokens, int token, MentionTokens mentions) {
    String key = tokens.get(token).key();
    // a family name is often a nisba (الزهراني، الودغيري): only a word the verb's complement follows
    // directly ("وصفت المشروع بأنه") is taken for the object
    boolean complementNext = token + 1 < tokens.size() && (tokens.get(token + 1).key().startsWith(BI)
        || isComplementizer(tokens.get(token + 1).key()));
    return mentions.available() && !subject.titled() && complementNext && !key.endsWith(NISBA)
        && subject.start() == tokens.get(token).start()
        && subject.end() == tokens.get(token).end() && key.startsWith(ARTICLE) && !mentions.person(token)
        && !mentions.body(token) && !GivenNames.contains(key) && !mentions.personWord(key);
  }

  /**
   * The index of a rank ({@link #RANKS}) followed by a name word, ahead of {@code from} in the
   * same subject (no punctuation, no complementizer between), else -1.
   */
  private static int rankAhead(String text, List<Token> tokens, int from, int end) {
    for (int j = from + 1; j + 1 < end; j++) {
      String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
      String k = withoutConjunction(tokens.get(j).key());
      if (stopsSubject(gap) || gap.indexOf('،') >= 0 || isComplementizer(k)) {
        return -1;
      }
      if (RANKS.contains(k) && !isTitle(tokens.get(j + 1).key())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "أستاذ الاقتصاد في جامعة محمد الخامس، المهدي بن عمرو،": after a role, a name of two words or
   * more set off by a comma is the person, and the name before it completed the role.
   */
  private static Subject apposition(String text, List<Token> tokens, int next, int limitToken, MentionTokens mentions) {
    if (next >= limitToken || text.substring(tokens.get(next - 1).end(), tokens.get(next).start()).indexOf('،') < 0) {
      return null;
    }
    Subject s = after(text, tokens, next, limitToken, mentions);
    return s.name() != null && tokens.get(next).start() == s.start() && s.name().indexOf(' ') > 0 ? s : null;
  }

  /**
   * "وقال إدريس البقالي، وهو …", "صلاح الدين القرقني إن": a family name the entity layer left out
   * of a mention holding a given name alone — one definite word, right after the mention, closing
   * the subject (a comma, punctuation or the subject's end follows) or, after a listed given name,
   * followed by an indefinite word. A mention of two name words
   * or more is taken as whole, so the object after it stays out ("الطاهر عبد الرحيم الهجوم بأنه").
   */
  private static boolean familyNameAfter(String text, List<Token> tokens, int i, int end, MentionTokens mentions) {
    String k = tokens.get(i).key();
    if (!mentions.person(i - 1) || !k.startsWith(ARTICLE) || isTitle(k) || STOPS.contains(k) || mentions.body(i)) {
      return false;
    }
    int first = i - 1;
    while (first > 0 && mentions.person(first - 1)) {
      first--;
    }
    // a definite single word is already the family name ("ووصف الزغلامي الإضراب بأنه")
    String mention = text.substring(tokens.get(first).start(), tokens.get(i - 1).end());
    if (tokens.get(first).key().startsWith(ARTICLE) || NameWords.compounded(NameWords.of(mention)).size() > 1) {
      return false;
    }
    if (i + 1 >= end) {
      return true;
    }
    String gap = text.substring(tokens.get(i).end(), tokens.get(i + 1).start());
    // "العقيد فلان الفلاني إغلاق المعبر": an indefinite word after it is the object, not the name
    return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || stopsSubject(gap)
        || GivenNames.contains(tokens.get(first).key()) && !tokens.get(i + 1).key().startsWith(ARTICLE);
  }

  /** A title, also with a possessive pronoun ("رئيستها", "مدربه"). */
  private static boolean isTitle(String key) {
    if (TITLES.contains(key)) {
      return true;
    }
    for (String pronoun : POSSESSIVES) {
      if (key.endsWith(pronoun) && key.length() > pronoun.length() + 2) {
        String stem = key.substring(0, key.length() - pronoun.length());
        // the feminine teh marbuta is written ت before a pronoun (رئيسة → رئيستها)
        String feminine = stem.endsWith(TEH) ? stem.substring(0, stem.length() - TEH.length()) + TEH_MARBUTA_KEY : stem;
        if (TITLES.contains(stem) || TITLES.contains(feminine)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "ومديرة", "والصحراء": the conjunction و inside a role phrase does not change the word's role. */
  private static String withoutConjunction(String key) {
    String rest = key.startsWith(CONJUNCTION) ? key.substring(CONJUNCTION.length()) : key;
    return rest.length() > 1 && (rest.startsWith(ARTICLE) || TITLES.contains(rest)) ? rest : key;
  }

  /**
   * Words carrying the prepositions ل or بال ("للصحفيين", "لمنظمة", "بالقاهرة") are complements,
   * not subjects; Maghrebi names starting with ب (بوعزيزة، بنزاكور) are left alone. A word merely
   * starting with ل ("ليلى", a foreign surname) is a name when the entity layer marks a person on
   * it, when it is a given name, or when the article repeats it and never writes it without the ل:
   * a preposition's object recurs bare ("رويترز" after "لرويترز"), a name does not.
   */
  private static boolean isPrepositional(String key, List<Token> tokens, int token, MentionTokens mentions) {
    if (key.length() == 1 || key.startsWith(BI_ARTICLE)) {
      return true;
    }
    if (!key.startsWith(LAM_PREFIX)) {
      return false;
    }
    String rest = key.substring(LAM_PREFIX.length());
    if (rest.startsWith(LAM_PREFIX) || rest.startsWith(ARTICLE) || isTitle(rest) || INSTITUTIONS.contains(rest)
        || MEDIA_HEADS.contains(rest) || ANONYMOUS.contains(rest)) {
      return true;
    }
    if (mentions.person(token) || mentions.whole(token) || GivenNames.contains(key)) {
      return false;
    }
    int repeats = 0;
    for (Token t : tokens) {
      String k = withoutConjunction(t.key());
      if (k.equals(rest)) {
        return true;
      }
      repeats += k.equals(key) ? 1 : 0;
    }
    return repeats < 2;
  }

  /** A title, role, institution or unnamed-source word, given as a {@link NameWords} word (no article). */
  static boolean isRoleWord(String word) {
    return TITLES.contains(word) || TITLES.contains(ARTICLE + word) || INSTITUTIONS.contains(word)
        || ANONYMOUS.contains(word);
  }

  /** A word for a source without a name ("مصدر", "مسؤول", "شاهد"), given without the article. */
  static boolean isUnnamedSource(String word) {
    return ANONYMOUS.contains(word);
  }

  /** A definite title ("المتحدث", "المدرب"), which can stand for a person named earlier. */
  static boolean isDefiniteTitle(String key) {
    return key.startsWith(ARTICLE) && TITLES.contains(key);
  }

  static boolean isComplementizer(String key) {
    return COMPLEMENTIZERS.contains(key);
  }

  /** A colon, a quotation mark or sentence punctuation between words ends the subject. */
  private static boolean stopsSubject(String gap) {
    for (int c = 0; c < gap.length(); c++) {
      char ch = gap.charAt(c);
      if (ch == ':' || ch == '.' || ch == '؛' || ch == '\n' || QuotationMarks.isOpening(ch)
          || ch == QuotationMarks.RIGHT_GUILLEMET || ch == QuotationMarks.RIGHT_CURLY) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(ArabicNormalizer::key).collect(Collectors.toUnmodifiableSet());
  }
}
