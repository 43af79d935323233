package dev.rasd.entity;

import dev.rasd.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Person names the tagger missed or cut short, found by the shape of Arabic news prose rather than
 * by knowing the name. Two openings are trusted:
 * <ol>
 *   <li>a role cue (a title or role from {@code cues.txt}: "المبعوثة", "الحكم", "المتحدث باسم"),
 *       or the nisba of a known place used as a nationality ("البرازيلي", "للأردنية"), followed
 *       by its attributes: definite adjectives ("الأممية"), "باسم", organisation and place spans
 *       already found, a preposition before a place ("إلى ليبيا") and one comma;</li>
 *   <li>a given name from {@code given-names.txt}, alone or as a one-word person span.</li>
 * </ol>
 * From there the name is read as Arabic writes one: a first word (indefinite, or a known definite
 * given name such as "الطاهر"), at most one more indefinite word ("بوعزيزة"), and optionally a
 * definite family name that ends it ("الورشفاني"); particles ("عبد", "بن", "دي") bind the next word
 * to the name, and a compound part ("الدين", "الله") does not end it. Punctuation, prepositions,
 * particles and date words end a name. A name needs two words unless it opens with a given name
 * after a cue. The cue is never part of the span. A transliteration in parentheses right after
 * the name ("(Peter Omutello)") is a mention of the same person.
 */
final class CuedPersonNames {
  /** Words that end a name: prepositions, particles, relative pronouns and date words, as normalised keys. */
  private static final Set<String> BOUNDARIES = keys(
      "في", "فى", "من", "إلى", "إلي", "على", "علي", "عن", "مع", "خلال", "بعد", "قبل", "حول", "منذ", "عند", "لدى", "لدي",
      "ضد", "عبر", "نحو", "حتى", "بين", "دون", "أمام", "إن", "أن", "قد", "لم", "لن", "ما", "لا", "كما", "أو", "ثم", "بل",
      "الذي", "التي", "الذين", "اللذين", "اللتين", "هو", "هي", "كان", "كانت", "إذ", "إذا", "بأن", "وأن", "وإن", "أنه", "إنه",
      "اليوم", "أمس", "غدا", "الآن", "صباح", "مساء", "ظهر", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
      "الجمعة", "السبت", "الأحد", "أيضا", "عقب", "باسم", "هذا", "هذه", "ذلك", "تلك", "ليس", "غير", "أنا", "نحن", "هم",
      "كل", "بعض", "أي", "أول", "عام", "رسميا");
  /** Particles that bind the next word into the name ("عبد الحكيم", "بن فلان", "دي فلان"). */
  private static final Set<String> PARTICLES = keys("عبد", "بن", "ابن", "بنت", "أبو", "أبي", "ولد", "آل", "دي", "دو", "أبا");
  /** Second halves of compound given names, which do not end a name though definite ("صلاح الدين", "عبد الله"). */
  private static final Set<String> COMPOUND_PARTS = keys("الدين", "الله", "الرحمن", "الإسلام");
  /** Given names that normalisation merges with a preposition ("على" → علي), never a name's opening without a cue. */
  private static final Set<String> AMBIGUOUS_GIVEN = keys("على");
  private static final Set<String> PREPOSITIONS = keys("في", "فى", "إلى", "إلي", "لدى", "لدي", "بـ");
  private static final String BI_ISMI = EntityLexicon.phraseKey("باسم");
  /** ل before the article, whose alef it elides: "للمحترفين" is a common noun in the genitive. */
  private static final String LAM_LAM = "" + ArabicClitics.LAM + ArabicClitics.LAM;
  private static final String COMMA = "،";
  private static final String LATIN_COMMA = ",";
  private static final int MAX_ROLE_TOKENS = 10;
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_LATIN_WORDS = 4;

  private final EntityLexicon lexicon;
  private final Predicate<String> knownNameWord;

  /** {@code knownNameWord} tells a word the tagger learnt as part of names. */
  CuedPersonNames(EntityLexicon lexicon, Predicate<String> knownNameWord) {
    this.lexicon = lexicon;
    this.knownNameWord = knownNameWord;
  }

  /** Adds the cued person names of one sentence to {@code spans}, replacing person spans they complete. */
  void addTo(String[] keys, List<List<ArabicClitics.Bare>> readings, List<TokenSpan> spans) {
    for (int i = 0; i < keys.length; i++) {
      int cue = LexiconMarks.longest(lexicon.personCues(), keys, i, keys.length, readings.get(i)).words();
      if (cue == 0 && isNationality(keys[i]) && (!inside(spans, i) || isOneWord(spans, i, EntityType.LOC))) {
        cue = 1;
      }
      if (cue > 0 && !coveredBy(spans, i, EntityType.ORG, EntityType.MEDIA)) {
        int from = roleEnd(keys, i + cue, spans);
        int end = nameEnd(keys, readings, from, true, from < keys.length && isOneWord(spans, from, EntityType.PER));
        if (end > from && place(spans, i, from, end)) {
          addTransliteration(keys, end, spans);
          i = end - 1;
        }
        continue;
      }
      if (lexicon.givenNames().contains(keys[i]) && !AMBIGUOUS_GIVEN.contains(keys[i]) && (!inside(spans, i) || isOneWord(spans, i, EntityType.PER))) {
        int end = nameEnd(keys, readings, i, false, false);
        if (end > i && place(spans, i, i, end)) {
          addTransliteration(keys, end, spans);
          i = end - 1;
        }
      }
    }
  }

  /** A word in the construct state before an organisation span ("بعثة" before "الأمم المتحدة"). */
  private static boolean isOrgHeadBefore(List<TokenSpan> spans, int c) {
    TokenSpan next = startingAt(spans, c + 1);
    return next != null && next.type() == EntityType.ORG;
  }

  /** The end of the attributes that follow a role cue: where the name may start. */
  private int roleEnd(String[] keys, int from, List<TokenSpan> spans) {
    int c = from;
    boolean afterBody = false;
    while (c < keys.length && c - from < MAX_ROLE_TOKENS) {
      TokenSpan at = startingAt(spans, c);
      boolean body = at != null && at.type() != EntityType.PER;
      if (at != null && at.type() == EntityType.PER && at.end() - at.start() > 1) {
        // the tagger read a name of several words here: the role ends where it begins
        break;
      } else if (body) {
        c = at.end();
      } else if (afterBody && isPrepositionalComplement(keys[c])) {
        // a body's domain in the genitive with ل ("مكتب فلان لشؤون البرامج …") belongs to the role
        c++;
      } else if (keys[c].equals(BI_ISMI) || isOrgHeadBefore(spans, c)) {
        c++;
      } else if (isDefinite(keys[c]) && !BOUNDARIES.contains(keys[c]) && !lexicon.givenNames().contains(bare(keys[c]))) {
        c++;
      } else if (PREPOSITIONS.contains(keys[c]) && c + 1 < keys.length && startingAt(spans, c + 1) != null
          && startingAt(spans, c + 1).type() == EntityType.LOC) {
        c = startingAt(spans, c + 1).end();
      } else {
        break;
      }
      afterBody |= body;
    }
    if (c > from && c < keys.length && (keys[c].equals(COMMA) || keys[c].equals(LATIN_COMMA))) {
      c++;
    }
    return c;
  }

  /** ل + a common noun, not a given name: "لتنسيق", "للشؤون". */
  private boolean isPrepositionalComplement(String key) {
    return key.length() > 2 && key.charAt(0) == ArabicClitics.LAM && ArabicClitics.maximalPrefix(key) > 0
        && !lexicon.givenNames().contains(key) && !knownNameWord.test(key);
  }

  /**
   * The end of the name starting at {@code from}, or {@code from} when none starts there. After a
   * cue ({@code cued}) a lone given name is a name; otherwise two words are needed. A name whose
   * first word is no given name must end firmly, unless it follows a cue and the tagger already
   * took its first word for a name ({@code tagged}).
   */
  int nameEnd(String[] keys, List<List<ArabicClitics.Bare>> readings, int from, boolean cued, boolean tagged) {
    if (from >= keys.length || !startsName(keys[from], readings.get(from))) {
      return from;
    }
    int k = from + 1;
    int indefinite = 0;
    boolean bound = PARTICLES.contains(keys[from]);
    while (k < keys.length && k - from < MAX_NAME_WORDS) {
      String key = keys[k];
      if (!isArabicWord(key) || BOUNDARIES.contains(key) || lexicon.personCues().contains(key)) {
        break;
      }
      if (bound) {
        // "عبد الحميد" fills the slot of the one indefinite middle word
        bound = false;
        indefinite++;
        k++;
        continue;
      }
      if (PARTICLES.contains(key)) {
        bound = true;
        k++;
        continue;
      }
      if (isDefinite(key)) {
        if (COMPOUND_PARTS.contains(key)) {
          k++;
          continue;
        }
        if (ArabicClitics.certainPrefix(key) > 0 || PlaceNisba.isOf(key, lexicon.places())
            || (!(cued && k == from + 1 && isGivenName(readings.get(from))) && !looksLikeFamilyName(key))) {
          break;
        }
        k++;
        break;
      }
      // و opens the next phrase ("ومصر"); ف begins too many names (فيليب، فودة) to be read as a clitic here
      if (indefinite > 0 || key.charAt(0) == ArabicClitics.WAW && ArabicClitics.maximalPrefix(key) > 0 && !knownNameWord.test(key)) {
        break;
      }
      indefinite++;
      k++;
    }
    if (bound) {
      k--;
    }
    boolean given = isGivenName(readings.get(from));
    if (!given && !(cued && tagged) && !endsFirmly(keys, k)) {
      return from;
    }
    // Without a cue a given name opens a name only before a family-shaped word ("أمين الزهراني"):
    // many given names are also common words (أمل، خلف، مختار)
    if (!cued && !(isDefinite(keys[k - 1]) && looksLikeFamilyName(keys[k - 1]))) {
      return from;
    }
    return k - from >= 2 || (cued && given && k - from == 1) ? k : from;
  }

  /**
   * A definite word shaped or known as a family name: a nisba ("الزهراني"), a word the tagger
   * learnt in names, or the last word of a listed public figure. Without a cue, or after a
   * second word, only such a word may end a name: "التعادل" after "فلان الفلاني" is the object.
   */
  private boolean looksLikeFamilyName(String key) {
    return ArabicClitics.isNisba(key) || knownNameWord.test(key) || lexicon.surnames().contains(key);
  }

  /**
   * A name whose first word is no known given name must show where it ends: a family-shaped
   * definite last word, or punctuation, a boundary word, a word opened by a preposition ("بدعم")
   * or the sentence end right after it.
   */
  private boolean endsFirmly(String[] keys, int end) {
    if (end >= keys.length || !isArabicWord(keys[end]) && !Character.isLetterOrDigit(keys[end].charAt(0)) || BOUNDARIES.contains(keys[end])) {
      return true;
    }
    String next = keys[end];
    if (isArabicWord(next) && ArabicClitics.maximalPrefix(next) > 0 && ArabicClitics.isPreposition(next.charAt(0))) {
      return true;
    }
    String last = keys[end - 1];
    return isDefinite(last) && looksLikeFamilyName(last);
  }

  /**
   * A word that can open a name: an Arabic word that is no boundary, cue, place or institution
   * head ("مجلس" after "رئيس" opens the role's complement), indefinite
   * unless a known given name ("الطاهر"), and without the feminine ending or pronoun suffix of a
   * common noun (زيارة، قيادته) unless a given name. A possible clitic is no objection: "كاميلا"
   * and "هولمكفيست" begin with clitic letters.
   */
  private boolean startsName(String key, List<ArabicClitics.Bare> readings) {
    if (!isArabicWord(key) || BOUNDARIES.contains(key) || lexicon.personCues().contains(key) || lexicon.places().contains(key)
        || lexicon.orgHeads().contains(key)) {
      return false;
    }
    boolean given = isGivenName(readings);
    if (isDefinite(key)) {
      return given;
    }
    if (key.startsWith(LAM_LAM)) {
      return false;
    }
    return given || key.charAt(key.length() - 1) != ArabicClitics.HEH;
  }

  private boolean isGivenName(List<ArabicClitics.Bare> readings) {
    for (ArabicClitics.Bare r : readings) {
      if (lexicon.givenNames().contains(r.key())) {
        return true;
      }
    }
    return false;
  }

  /** A nationality: the nisba of a known place, with or without a clitic ("البرازيلي", "للفلسطيني"). */
  private boolean isNationality(String key) {
    return PlaceNisba.isOf(key, lexicon.places());
  }

  /**
   * Puts the name [{@code from}, {@code end}) in place of the person and place spans inside it and
   * of a person span that took the cue with it (from {@code cueStart}); a span of another type
   * there, or a longer person span, wins. True when the name was placed.
   */
  private static boolean place(List<TokenSpan> spans, int cueStart, int from, int end) {
    for (TokenSpan s : spans) {
      if (!s.overlaps(from, end)) {
        continue;
      }
      boolean inside = s.start() >= from && s.end() <= end;
      boolean titled = s.type() == EntityType.PER && s.start() >= cueStart && s.end() <= end;
      boolean swallowedPlace = s.type() == EntityType.LOC && inside && s.start() > from;
      if (!(s.type() == EntityType.PER && inside) && !titled && !swallowedPlace) {
        return false;
      }
    }
    spans.removeIf(s -> s.overlaps(from, end));
    spans.add(new TokenSpan(from, end, EntityType.PER));
    return true;
  }

  /** "(Peter Omutello)" right after a name at {@code end}: capitalised Latin words in parentheses. */
  private static void addTransliteration(String[] keys, int end, List<TokenSpan> spans) {
    if (end >= keys.length || !keys[end].equals("(")) {
      return;
    }
    int k = end + 1;
    while (k < keys.length && k - end <= MAX_LATIN_WORDS && isCapitalisedLatin(keys[k])) {
      k++;
    }
    if (k > end + 1 && k < keys.length && keys[k].equals(")") && !inside(spans, end + 1)) {
      spans.add(new TokenSpan(end + 1, k, EntityType.PER));
    }
  }

  private static boolean isCapitalisedLatin(String key) {
    if (key.isEmpty() || key.charAt(0) >= 0x80 || !Character.isUpperCase(key.charAt(0))) {
      return false;
    }
    return key.chars().allMatch(c -> c < 0x80 && Character.isLetter(c));
  }

  private static boolean isArabicWord(String key) {
    return key.length() >= 2 && Character.UnicodeBlock.of(key.charAt(0)) == Character.UnicodeBlock.ARABIC;
  }

  private static boolean isDefinite(String key) {
    return ArabicClitics.articleAt(key, ArabicClitics.certainPrefix(key)) > 0;
  }

  private static String bare(String key) {
    return key.substring(ArabicClitics.certainPrefix(key));
  }

  private static TokenSpan startingAt(List<TokenSpan> spans, int i) {
    for (TokenSpan s : spans) {
      if (s.start() == i) {
        return s;
      }
    }
    return null;
  }

  private static boolean inside(List<TokenSpan> spans, int i) {
    return spans.stream().anyMatch(s -> s.overlaps(i, i + 1));
  }

  private static boolean coveredBy(List<TokenSpan> spans, int i, EntityType a, EntityType b) {
    return spans.stream().anyMatch(s -> s.overlaps(i, i + 1) && (s.type() == a || s.type() == b));
  }

  private static boolean isOneWord(List<TokenSpan> spans, int i, EntityType type) {
    return spans.stream().anyMatch(s -> s.start() == i && s.end() == i + 1 && s.type() == type);
  }

  private static Set<String> keys(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(EntityLexicon.phraseKey(w));
    }
    return Set.copyOf(out);
  }
}
