package dev.rasd.ingest;

import dev.rasd.extract.SectionLabel;
import dev.rasd.model.Article;
import java.util.List;

/**
 * Reads a plain-text article: the first line with text is the title, unless it is a breadcrumb
 * or section label ("الرئيسية » أخبار » ليبيا", "أخبار عربية") and more text follows, in which
 * case labels are skipped and the next line is the title. The remaining lines are the body,
 * paragraphs separated by one blank line, line breaks inside a paragraph kept.
 */
final class TextArticle {
  private TextArticle() {
  }

  static Article parse(String id, String text) {
    List<String> lines = text.lines().map(String::strip).toList();
    int title = 0;
    while (title < lines.size() && (lines.get(title).isEmpty()
        || SectionLabel.isLabelLine(lines.get(title)) && hasTextAfter(lines, title))) {
      title++;
    }
    if (title == lines.size()) {
      return new Article(id, null, null, null, "", "");
    }
    return new Article(id, null, null, null, lines.get(title), body(lines.subList(title + 1, lines.size())));
  }

  private static boolean hasTextAfter(List<String> lines, int index) {
    return lines.subList(index + 1, lines.size()).stream().anyMatch(line -> !line.isEmpty());
  }

  private static String body(List<String> lines) {
    StringBuilder body = new StringBuilder();
    boolean paragraphBreak = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        paragraphBreak = true;
      } else {
        if (!body.isEmpty()) {
          body.append(paragraphBreak ? "\n\n" : "\n");
        }
        body.append(line);
        paragraphBreak = false;
      }
    }
    return body.toString();
  }
}
