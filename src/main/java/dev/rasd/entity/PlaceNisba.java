package dev.rasd.entity;

/**
 * Tells whether a word is the nisba adjective of a known place: ال + the place's stem + ي or ية
 * ("المصري" from مصر, "الليبية" from ليبيا, "الأمريكي" from أمريكا, "الإماراتية" from الإمارات,
 * "السعودي" from السعودية). Arabic forms the nisba by dropping the place's article, its final alef
 * or its ية ending, so the stem is tried with each of those restored. Most family names have the
 * nisba shape too ("الشابي"), which is why the shape alone is no evidence.
 */
final class PlaceNisba {
  private static final String DEFINITE_ARTICLE = "" + ArabicClitics.ALEF + ArabicClitics.LAM;
  private static final String YEH = "" + ArabicClitics.YEH;
  /** ية after normalisation (teh marbuta folds to heh). */
  private static final String FEMININE = YEH + ArabicClitics.HEH;
  private static final String[] RESTORED_PREFIXES = {"", DEFINITE_ARTICLE};
  private static final String[] RESTORED_ENDINGS = {"", "" + ArabicClitics.ALEF, YEH + ArabicClitics.ALEF, FEMININE};

  private PlaceNisba() {
  }

  /** True when {@code key} (normalised, clitics allowed before the article) is the nisba of a gazetteer place. */
  static boolean isOf(String key, PlaceGazetteer places) {
    if (!ArabicClitics.isNisba(key)) {
      return false;
    }
    String word = key.substring(ArabicClitics.certainPrefix(key) + DEFINITE_ARTICLE.length());
    String stem = word.endsWith(FEMININE) ? word.substring(0, word.length() - FEMININE.length())
        : word.endsWith(YEH) ? word.substring(0, word.length() - YEH.length()) : null;
    if (stem == null) {
      return false;
    }
    for (String prefix : RESTORED_PREFIXES) {
      for (String ending : RESTORED_ENDINGS) {
        if (places.contains(prefix + stem + ending)) {
          return true;
        }
      }
    }
    return false;
  }
}
