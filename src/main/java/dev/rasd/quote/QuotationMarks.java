package dev.rasd.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks: «…», “…”, „…“ (or „…”), ‹…› and straight "…".
 * A quote left open at a paragraph end continues when the next paragraph opens with a mark
 * (the print convention for a statement spanning paragraphs: every paragraph opens with a mark,
 * only the last one closes); otherwise the stray mark is dropped. Nested marks of another style
 * stay inside the outer span. Spans are the trimmed words inside the marks.
 */
final class QuotationMarks {
  /** Words inside marks at {@code [start, end)}; {@code open}/{@code close} are the marks' offsets. */
  record Span(int open, int start, int end, int close) {
  }

  static final char LEFT_GUILLEMET = '«';
  static final char RIGHT_GUILLEMET = '»';
  static final char LEFT_CURLY = '“';
  static final char RIGHT_CURLY = '”';
  static final char LOW_CURLY = '„';
  static final char LEFT_SINGLE_GUILLEMET = '‹';
  static final char RIGHT_SINGLE_GUILLEMET = '›';
  static final char STRAIGHT = '"';
  private static final char NEWLINE = '\n';

  private QuotationMarks() {
  }

  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = isOpening(c) ? closing(text, i) : -1;
      if (close < 0) {
        i++;
        continue;
      }
      int s = i + 1;
      int e = close;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(i, s, e, close));
      }
      i = close + 1;
    }
    return out;
  }

  static boolean isOpening(char c) {
    return c == LEFT_GUILLEMET || c == LEFT_CURLY || c == LOW_CURLY || c == LEFT_SINGLE_GUILLEMET || c == STRAIGHT;
  }

  /** Offset of the mark closing the one at {@code open}, or -1 when it is never closed. */
  private static int closing(String text, int open) {
    char o = text.charAt(open);
    int depth = 0;
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == NEWLINE && !continuesAfter(text, j, o) && !closedInNextParagraph(text, j, o)) {
        return -1;
      }
      if (c == o && atParagraphStart(text, j)) {
        continue;
      }
      if (o != STRAIGHT && c == o) {
        depth++;
      } else if (closes(o, c)) {
        if (depth == 0) {
          return j;
        }
        depth--;
      }
    }
    return -1;
  }

  private static boolean closes(char open, char c) {
    return switch (open) {
      case LEFT_GUILLEMET -> c == RIGHT_GUILLEMET;
      case LEFT_CURLY -> c == RIGHT_CURLY;
      case LOW_CURLY -> c == LEFT_CURLY || c == RIGHT_CURLY;
      case LEFT_SINGLE_GUILLEMET -> c == RIGHT_SINGLE_GUILLEMET;
      default -> c == STRAIGHT;
    };
  }

  /** At a line break inside a quote: true when the next paragraph reopens with the same mark. */
  private static boolean continuesAfter(String text, int newline, char open) {
    int j = newline;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && text.charAt(j) == open;
  }

  /**
   * At a line break inside a quote: true when the next paragraph closes the quote without having
   * opened one, the writer having left out the reopening mark ("«… الوسطى.\n\nكان على … آخر»").
   * Not for straight quotes, whose opening and closing marks are the same character.
   */
  private static boolean closedInNextParagraph(String text, int newline, char open) {
    if (open == STRAIGHT) {
      return false;
    }
    int j = newline;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    for (; j < text.length() && text.charAt(j) != NEWLINE; j++) {
      if (text.charAt(j) == open) {
        return false;
      }
      if (closes(open, text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean atParagraphStart(String text, int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) != NEWLINE && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j < 0 || text.charAt(j) == NEWLINE;
  }
}
