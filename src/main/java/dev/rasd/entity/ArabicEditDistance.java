package dev.rasd.entity;

/**
 * Weighted Damerau–Levenshtein distance between normalised name keys, tuned to how outlets
 * misspell transliterated Arabic names:
 * <ul>
 *   <li>substituting letters that transliterations confuse costs {@value #SIMILAR}: غ/ج/ق/ك
 *       (the foreign g: سيرغي/سيرجي), س/ص, ت/ط, د/ذ/ض/ظ, ز/ذ, ع/ء/ا, ف/و (the foreign v: ليندكفيست/ليندكويست);</li>
 *   <li>inserting or deleting a long vowel or hamza letter (ا و ي ء) costs {@value #SIMILAR}:
 *       vowels are written or left out at will (أوكيلو/أوكيللو differ by a doubled consonant, which
 *       costs {@value #SIMILAR} too);</li>
 *   <li>swapping two adjacent letters costs 1, as does any other edit.</li>
 * </ul>
 */
public final class ArabicEditDistance {
  static final double SIMILAR = 0.5;
  private static final String[] SIMILAR_GROUPS = {"غجقك", "سص", "تط", "دذضظ", "زذ", "عءا", "فو", "هح"};
  private static final String VOWELS = "اويءئؤ";

  private ArabicEditDistance() {
  }

  public static double distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      d[i][0] = d[i - 1][0] + indel(a, i - 1);
    }
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + indel(b, j - 1);
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double best = d[i - 1][j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1));
        best = Math.min(best, d[i - 1][j] + indel(a, i - 1));
        best = Math.min(best, d[i][j - 1] + indel(b, j - 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }

  private static double substitution(char x, char y) {
    if (x == y) {
      return 0;
    }
    for (String g : SIMILAR_GROUPS) {
      if (g.indexOf(x) >= 0 && g.indexOf(y) >= 0) {
        return SIMILAR;
      }
    }
    return 1;
  }

  /** Cost of inserting or deleting {@code s.charAt(i)}: cheap for vowels and for a doubled letter. */
  private static double indel(String s, int i) {
    char c = s.charAt(i);
    boolean doubled = (i > 0 && s.charAt(i - 1) == c) || (i + 1 < s.length() && s.charAt(i + 1) == c);
    return VOWELS.indexOf(c) >= 0 || doubled ? SIMILAR : 1;
  }
}
