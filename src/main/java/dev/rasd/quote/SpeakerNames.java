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
   * {@code titled} when a title or role introduced the name ("المتحدث باسم المجلس منصور الشلوي");
   * {@code phrase} the offset where the subject phrase, title included, begins.
   */
  record Subject(String name, int start, int end, boolean explicit, boolean titled, int phrase) {
    static final Subject IMPLIED = new Subject(null, -1, -1, false, false, -1);
    static final Subject ANONYMOUS = new Subject(null, -1, -1, true, false, -1);
  }

  private static final int MAX_NAME_WORDS = 5;
  private static final int MAX_SUBJECT_WORDS = 14;
  private static final String ARTICLE = "ال";
  private static final String LAM_PREFIX = "ل";
  private static final String CONJUNCTION = "و";
  private static final char FATHATAN = '\u064B';
  /** Name-building particles: "الطاهر عبد الرحيم" keeps its first word. */
  private static final Set<String> PARTICLES = keys("عبد", "بن", "بو", "أبو", "ابن");
  private static final String BI_ARTICLE = "بال";

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
      "الإعلامية", "عام", "الأكاديمي", "الأكاديمية", "المحامي", "المحامية", "محامي", "الوزيرة", "وزيرة", "القيادي", "قيادي", "الجنرال", "الرئيسة");

  /** Subjects that are sources without a name. */
  private static final Set<String> ANONYMOUS = keys(
      "مصدر", "مصدرا", "مصادر", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "شهود", "شاهد", "سكان", "خبراء",
      "خبير", "محللون", "محللين", "محلل", "مراقبون", "مراقبين", "دبلوماسي", "دبلوماسيون", "متحدث", "متحدثة",
      "ناطق", "أحد", "إحدى", "مواطنون", "ناشطون", "ناشطين", "مسؤولة", "مصدرين", "عاملون", "أطباء", "طبيب",
      "مواطن", "مواطنة", "عدد", "بعض", "منظمات", "جماهير", "متابعون", "متابعين", "ناشط", "ناشطة");

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
      "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "المقبل", "قد");

  private static final Set<String> COMPLEMENTIZERS = keys(
      "أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأنه", "بأنها", "وأن", "وإن");

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
  }

  /** The subject in {@code tokens[from, limitToken)} of {@code text}, the verb being just before {@code from}. */
  static Subject after(String text, List<Token> tokens, int from, int limitToken, MentionTokens mentions) {
    boolean titleSeen = false;
    boolean objectNext = false;
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
        // "نفى التازي وجود …": a name the entity layer marked ends where its mention ends (without
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
        // an accusative tanween (متأثرًا، رسميًا) marks an adverb or circumstance, never part of a name
        if (STOPS.contains(k) || isPrepositional(k) || i - nameStart >= MAX_NAME_WORDS || t.isNumber()
            || t.text().indexOf(FATHATAN) >= 0) {
          break;
        }
        nameEnd = i;
        continue;
      }
      if (gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0) {
        objectNext = false;
      }
      if (STOPS.contains(k) || t.isNumber() || isPrepositional(k)) {
        if (!titleSeen || isComplementizer(k)) {
          break;
        }
        // "رئيسة بعثة الصندوق إلى مصر، ماريا …": the word after a preposition is its object, not the name
        objectNext = true;
        continue;
      }
      if (ANONYMOUS.contains(k)) {
        return titleSeen ? Subject.IMPLIED : Subject.ANONYMOUS;
      }
      if (isTitle(k) || (titleSeen && (INSTITUTIONS.contains(k) || QUALIFIERS.contains(k)))) {
        titleSeen = true;
        objectNext = false;
        continue;
      }
      if (titleSeen && (k.startsWith(ARTICLE) || objectNext && !mentions.person(i) || mentions.body(i))) {
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
      return Subject.IMPLIED;
    }
    // "المسعف خالد النمر": an unlisted role with the article before a given name is not part of it
    while (nameStart < nameEnd && tokens.get(nameStart).key().startsWith(ARTICLE)
        && !tokens.get(nameStart + 1).key().startsWith(ARTICLE) && !PARTICLES.contains(tokens.get(nameStart + 1).key())) {
      nameStart++;
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
   * "وقال إدريس المرابط، وهو …", "صلاح الدين القماطي إن": a family name the entity layer left out
   * of a mention holding a given name alone — one definite word, right after the mention, closing
   * the subject (a comma, punctuation or the subject's end follows). A mention of two name words
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
    return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || stopsSubject(gap);
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
   * not subjects; Maghrebi names starting with ب (بوعجيلة، بنعمرو) are left alone.
   */
  private static boolean isPrepositional(String key) {
    return key.length() == 1 || key.startsWith(LAM_PREFIX) || key.startsWith(BI_ARTICLE);
  }

  /** A title, role, institution or unnamed-source word, given as a {@link NameWords} word (no article). */
  static boolean isRoleWord(String word) {
    return TITLES.contains(word) || TITLES.contains(ARTICLE + word) || INSTITUTIONS.contains(word)
        || ANONYMOUS.contains(word);
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
