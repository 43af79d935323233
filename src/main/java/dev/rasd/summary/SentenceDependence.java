package dev.rasd.summary;

import dev.rasd.text.ArabicNormalizer;
import java.util.Set;

/**
 * Whether a sentence leans on the one before it and so cannot stand in a summary. Two kinds are
 * recognised (keys are normalised, see {@link ArabicNormalizer#key}):
 * <ul>
 *   <li>a follow-on reporting clause whose speaker is only the verb's pronoun: a reporting verb,
 *       usually with the conjunction و or ف ("وأضاف", "وقالت", "وتابع"), followed directly by
 *       a colon, a quotation, the complementiser أن/إن, or a preposition ("وأشار إلى أن",
 *       "وقال في بيان إن"), where a named subject would otherwise stand ("وقال وزير الري إن"
 *       stands alone); "وأضاف" and "وتابع" continue the previous speaker even when they name him;</li>
 *   <li>an anaphoric or connective opener ("وهو", "وهذا", "كما", "لكنه", "من جهتها"), whose referent
 *       or contrast is in an earlier sentence.</li>
 * </ul>
 */
final class SentenceDependence {
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char COLON = ':';
  private static final Set<Character> OPEN_QUOTES = Set.of('\u00AB', '"', '\u201C', '\u201E', '\'');
  private static final Set<String> REPORTING_VERBS = Set.of(
      "قال", "قالت", "اضاف", "اضافت", "تابع", "تابعت", "اكد", "اكدت", "اوضح", "اوضحت", "ذكر", "ذكرت",
      "اشار", "اشارت", "لفت", "لفتت", "شدد", "شددت", "بين", "بينت", "اعتبر", "اعتبرت", "مضي", "مضت",
      "ختم", "ختمت", "استطرد", "استطردت", "اعلن", "اعلنت", "نقل", "نقلت", "قالوا", "اضافوا");
  /** What follows a reporting verb whose subject is a pronoun: complementiser, prepositions, "saying". */
  private static final Set<String> PRONOUN_SUBJECT_NEXT = Set.of(
      "ان", "إن", "انه", "انها", "انهم", "الي", "في", "خلال", "امام", "عبر", "لـ", "له", "لها", "قائلا", "قائله",
      "بان", "بانه", "بانها");
  /** Verbs that by meaning continue the previous speaker's words ("added", "went on"), whoever is named. */
  private static final Set<String> CONTINUATION_VERBS = Set.of(
      "اضاف", "اضافت", "اضافوا", "تابع", "تابعت", "استطرد", "استطردت", "مضي", "مضت", "ختم", "ختمت");
  /** "On his part": a new speaker set against the one before. */
  private static final Set<String> ON_ITS_PART = Set.of("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم");
  private static final String FROM = "من";
  private static final Set<String> ANAPHORIC_OPENERS = Set.of(
      "وهو", "وهي", "وهم", "هو", "هي", "وهذا", "وهذه", "هذا", "هذه", "وذلك", "ذلك", "كما", "لكنه", "لكنها",
      "لكن", "غير", "الا", "اذ", "حيث", "وبذلك", "بدوره", "بدورها", "وبدوره", "وبدورها");

  private SentenceDependence() {
  }

  static boolean dependsOnPrevious(String sentence) {
    String[] words = sentence.strip().split("\\s+", 3);
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    String first = words[0];
    boolean colonAttached = first.endsWith(String.valueOf(COLON));
    String firstKey = ArabicNormalizer.key(strip(first));
    if (ANAPHORIC_OPENERS.contains(firstKey)) {
      return true;
    }
    if (firstKey.equals(FROM) && words.length > 1 && ON_ITS_PART.contains(ArabicNormalizer.key(strip(words[1])))) {
      return true;
    }
    String verb = withoutConjunction(firstKey);
    if (CONTINUATION_VERBS.contains(verb) && !verb.equals(firstKey)) {
      return true;
    }
    if (!REPORTING_VERBS.contains(verb)) {
      return false;
    }
    if (colonAttached || words.length == 1) {
      return true;
    }
    String next = words[1];
    char c = next.charAt(0);
    return c == COLON || OPEN_QUOTES.contains(c) || PRONOUN_SUBJECT_NEXT.contains(ArabicNormalizer.key(strip(next)));
  }

  private static String withoutConjunction(String key) {
    if (key.length() > 3 && (key.charAt(0) == WAW || key.charAt(0) == FEH)) {
      return key.substring(1);
    }
    return key;
  }

  private static String strip(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(0, end);
  }
}
