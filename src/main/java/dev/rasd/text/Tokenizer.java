package dev.rasd.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and number tokens that keep their character offsets, so every later
 * span can be highlighted in the original. A word is a run of letters, combining marks and
 * tatweel (diacritics stay inside the word); a number is a run of digits in any script with
 * inner decimal separators ("3.5", "٣٫٥", "1,200"). Punctuation is not a token.
 */
public final class Tokenizer {
  private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  private Tokenizer() {
  }

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        tokens.add(token(text, start, i));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isDigit(text.charAt(i))
            || (isNumberSeparator(text.charAt(i)) && i + 1 < n && Character.isDigit(text.charAt(i + 1))))) {
          i++;
        }
        tokens.add(token(text, start, i));
      } else {
        i++;
      }
    }
    return tokens;
  }

  private static Token token(String text, int start, int end) {
    String surface = text.substring(start, end);
    return new Token(surface, start, end, ArabicNormalizer.key(surface));
  }

  static boolean isWordChar(char c) {
    if (Character.isDigit(c)) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || c == '\u0640';
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR;
  }
}
