package dev.rasd.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Arabic news text into sentences at . ؟ ? ! ؛ … and at paragraph breaks (a blank line,
 * or any line break: extracted news bodies put one paragraph per line).
 * It does not split:
 * <ul>
 *   <li>inside a quotation («…», “…”, „…“, ‹…›, "…"): a quoted statement of several sentences is
 *       one unit with its reporting clause, which is what quote attribution needs;</li>
 *   <li>inside a number ("3.5");</li>
 *   <li>after an abbreviation: a single letter with a dot ("د." doctor, "م." engineer, "أ."), or a
 *       listed abbreviation ("ص.ب.", "إلخ.").</li>
 * </ul>
 * A quotation left open at a paragraph end is continued into the next paragraph only when that
 * paragraph opens with a quotation mark, the convention for quotes spanning paragraphs.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of("ص.ب", "إلخ", "الخ", "ج.م.ع", "ق.م", "ت");

  private SentenceSplitter() {
  }

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int quoteDepth = 0;
    boolean inStraightQuote = false;
    boolean reopening = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isOpenQuote(c)) {
        quoteDepth++;
        reopening = false;
      } else if (isCloseQuote(c)) {
        quoteDepth = Math.max(0, quoteDepth - 1);
      } else if (c == '"') {
        inStraightQuote = !inStraightQuote;
        reopening = false;
      }
      boolean quoted = quoteDepth > 0 || inStraightQuote || reopening;
      if (c == '\n') {
        if (quoted) {
          // Either the quote ends with the paragraph, or the next paragraph reopens it: in both
          // cases the open mark is spent, and a reopening mark starts the quote afresh.
          reopening = nextParagraphContinuesQuote(text, i);
          quoted = reopening;
          quoteDepth = 0;
          inStraightQuote = false;
        }
        if (!quoted) {
          start = emit(text, start, i, out);
        }
      } else if (!quoted && isTerminator(c) && !isNumberPoint(text, i) && !isAbbreviation(text, i)) {
        int end = i + 1;
        while (end < n && (isTerminator(text.charAt(end)) || isCloseQuote(text.charAt(end)) || text.charAt(end) == ')')) {
          end++;
        }
        start = emit(text, start, end, out);
        i = end - 1;
      }
    }
    emit(text, start, n, out);
    return out;
  }

  private static int emit(String text, int from, int to, List<Sentence> out) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(text.substring(s, e), s, e));
    }
    return to;
  }

  static boolean isOpenQuote(char c) {
    return c == '«' || c == '“' || c == '„' || c == '‹';
  }

  static boolean isCloseQuote(char c) {
    return c == '»' || c == '”' || c == '›';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛' || c == '…';
  }

  private static boolean isNumberPoint(String text, int i) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
  }

  private static boolean isAbbreviation(String text, int i) {
    if (text.charAt(i) != '.') {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, i);
    return word.length() == 1 || ABBREVIATIONS.contains(word);
  }

  private static boolean nextParagraphContinuesQuote(String text, int newline) {
    int j = newline;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && (isOpenQuote(text.charAt(j)) || text.charAt(j) == '"');
  }
}
