package dev.rasd.text;

import java.text.Normalizer;

/**
 * Normalises Arabic text into matching keys. Display text is never changed; keys are used to
 * compare names, hash content and index. Steps, in order:
 * <ol>
 *   <li>NFKC, which folds presentation forms (U+FB50–U+FEFF) to their base letters;</li>
 *   <li>tatweel and the harakat (fathatan … sukun, superscript alef) removed;</li>
 *   <li>hamza-carrying and wasla alef forms (أ إ آ ٱ) to bare alef, alef maqsura to yeh,
 *       teh marbuta to heh — the letters outlets spell inconsistently;</li>
 *   <li>Arabic-Indic and Persian digits to ASCII digits.</li>
 * </ol>
 * The same rules as Lucene's {@code ArabicNormalizer} plus the digit and NFKC folding that
 * Lucene leaves to other filters; this class keeps them in one place for non-Lucene matching.
 */
public final class ArabicNormalizer {
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char YEH = '\u064A';
  static final char ALEF_MAKSURA = '\u0649';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char TATWEEL = '\u0640';
  static final char FATHATAN = '\u064B';
  static final char SUKUN = '\u0652';
  static final char SUPERSCRIPT_ALEF = '\u0670';
  static final char ARABIC_INDIC_ZERO = '\u0660';
  static final char PERSIAN_ZERO = '\u06F0';

  private ArabicNormalizer() {
  }

  /** The matching key of {@code s}: NFKC, no tatweel or diacritics, folded letters and ASCII digits. */
  public static String key(CharSequence s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    char[] buf = nfkc.toCharArray();
    int len = foldInPlace(buf, buf.length);
    return new String(buf, 0, len);
  }

  /** Folds {@code buf[0, len)} in place (no NFKC) and returns the new length. */
  public static int foldInPlace(char[] buf, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c == TATWEEL || isDiacritic(c)) {
        continue;
      }
      buf[out++] = fold(c);
    }
    return out;
  }

  /** True for the harakat, shadda, sukun and superscript alef, which outlets print only sometimes. */
  public static boolean isDiacritic(char c) {
    return (c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF;
  }

  /** One letter's folded form: alef variants, alef maqsura, teh marbuta and digits. */
  public static char fold(char c) {
    return switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
      case ALEF_MAKSURA -> YEH;
      case TEH_MARBUTA -> HEH;
      default -> {
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
          yield (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
          yield (char) ('0' + (c - PERSIAN_ZERO));
        }
        yield c;
      }
    };
  }

  /** True for letters of the Arabic block (not digits or punctuation). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= '\uFB50' && c <= '\uFEFC');
  }
}
