package dev.rasd.entity;

/**
 * Weighted Damerau–Levenshtein distance between normalised name keys, tuned to how outlets
 * misspell transliterated Arabic names:
 * <ul>
 *   <li>substituting letters that transliterations confuse costs {@value #SIMILAR}: غ/ج/ق/ك
 *       (the foreign g: سيرغي/سيرجي), س/ص, ت/ط, د/ذ/ض/ظ, ز/ذ, ع/ء/ا, ف/و (the foreign v: هولمكفيست/هولمكويست);</li>
 *   <li>inserting or deleting a long vowel or hamza letter (ا و ي ء) costs {@value #SIMILAR}:
 *       vowels are written or left out at will (أوموتيلو/أوموتيللو differ by a doubled consonant, which
 *       costs {@value #SIMILAR} too);</li>
 *   <li>substituting one sibilant for another (ش/ز/س) as the <i>last</i> letter costs {@value #SIMILAR}:
 *       the final s of Portuguese and Spanish names is heard as sh or z (ماركيش/ماركيز), while inside
 *       a word these letters tell Arabic names apart;</li>
 *   <li>swapping two adjacent letters costs 1, as does any other edit.</li>
 * </ul>
 * The dynamic programme counts in half units, so it runs on three rolling int rows; every cost is
 * a multiple of one half, so the result converts back to the same double exactly. Name linking
 * asks mostly "within this budget?" of pairs that are far apart, so {@link #within} stops as soon
 * as two consecutive rows exceed the budget: a path reaches the last row only through one of any
 * two consecutive rows (a swap skips at most one), and costs never decrease along a path.
 */
public final class ArabicEditDistance {
  static final double SIMILAR = 0.5;
  private static final String[] SIMILAR_GROUPS = {"غجقك", "سص", "تط", "دذضظ", "زذ", "عءا", "فو", "هح"};
  private static final String FINAL_SIBILANTS = "شزس";
  private static final String VOWELS = "اويءئؤ";
  private static final int HALF = 1;
  private static final int WHOLE = 2;
  private static final char ARABIC_BLOCK = '\u0600';
  private static final int BLOCK_SIZE = 0x100;
  /** Per letter of the Arabic block: bit g set when the letter belongs to SIMILAR_GROUPS[g]. */
  private static final int[] GROUPS = groupMasks();

  private ArabicEditDistance() {
  }

  public static double distance(String a, String b) {
    return halves(a, b, Integer.MAX_VALUE) / 2.0;
  }

  /** True when {@code distance(a, b) <= budget}, usually without filling the whole table. */
  static boolean within(String a, String b, double budget) {
    int limit = (int) Math.floor(budget * 2);
    return halves(a, b, limit) <= limit;
  }

  /** The distance in half units, or some value above {@code limit} once it must exceed it. */
  private static int halves(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int[] before = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] row = new int[m + 1];
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + indel(b, j - 1);
    }
    int prevMin = 0;
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      row[0] = prev[0] + indel(a, i - 1);
      int deleteX = indel(a, i - 1);
      int rowMin = row[0];
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        int best = prev[j - 1] + (i == n && j == m && finalSibilants(x, y) ? HALF : substitution(x, y));
        best = Math.min(best, prev[j] + deleteX);
        best = Math.min(best, row[j - 1] + indel(b, j - 1));
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
          best = Math.min(best, before[j - 2] + WHOLE);
        }
        row[j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > limit && prevMin > limit) {
        return limit + 1;
      }
      prevMin = rowMin;
      int[] spare = before;
      before = prev;
      prev = row;
      row = spare;
    }
    return prev[m];
  }

  private static int substitution(char x, char y) {
    if (x == y) {
      return 0;
    }
    return (groups(x) & groups(y)) != 0 ? HALF : WHOLE;
  }

  private static boolean finalSibilants(char x, char y) {
    return FINAL_SIBILANTS.indexOf(x) >= 0 && FINAL_SIBILANTS.indexOf(y) >= 0;
  }

  private static int groups(char c) {
    int i = c - ARABIC_BLOCK;
    return i >= 0 && i < BLOCK_SIZE ? GROUPS[i] : 0;
  }

  /** Cost of inserting or deleting {@code s.charAt(i)}: cheap for vowels and for a doubled letter. */
  private static int indel(String s, int i) {
    char c = s.charAt(i);
    boolean doubled = (i > 0 && s.charAt(i - 1) == c) || (i + 1 < s.length() && s.charAt(i + 1) == c);
    return VOWELS.indexOf(c) >= 0 || doubled ? HALF : WHOLE;
  }

  private static int[] groupMasks() {
    int[] masks = new int[BLOCK_SIZE];
    for (int g = 0; g < SIMILAR_GROUPS.length; g++) {
      for (char c : SIMILAR_GROUPS[g].toCharArray()) {
        masks[c - ARABIC_BLOCK] |= 1 << g;
      }
    }
    return masks;
  }
}
