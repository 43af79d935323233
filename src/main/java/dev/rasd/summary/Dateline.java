package dev.rasd.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire report, "مسقط (وكالة الرافد) - ": one to three words of place,
 * an optional agency in parentheses, then a dash. It belongs to the article, not to the fact, so a
 * summary sentence starts after it. Without parentheses only a one- or two-word place counts, so
 * that a sentence that merely contains a dash early is left alone.
 */
final class Dateline {
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "^\\s*[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s*\\([^()\\n]{1,40}\\)\\s*[-\u2013\u2014]\\s*");
  private static final Pattern PLACE_ONLY = Pattern.compile(
      "^\\s*[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?\\s+[-\u2013\u2014]\\s+");

  private Dateline() {
  }

  /** Length of the dateline at the start of {@code sentence}, 0 when there is none. */
  static int length(String sentence) {
    Matcher m = WITH_AGENCY.matcher(sentence);
    if (m.find()) {
      return m.end();
    }
    m = PLACE_ONLY.matcher(sentence);
    return m.find() ? m.end() : 0;
  }
}
