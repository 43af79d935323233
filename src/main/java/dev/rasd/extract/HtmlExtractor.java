package dev.rasd.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text, headline and publication time of a news web page.
 * <ol>
 *   <li>Headline ({@link HeadlineResolver}), publication time ({@link PublicationTimeFinder})
 *       and site name are read from the untouched page.</li>
 *   <li>Clutter is pruned ({@link ClutterPruner}): chrome, hidden parts, class-named and
 *       label-announced boxes.</li>
 *   <li>The body container is found by scoring ({@link MainContainerFinder}).</li>
 *   <li>Its text blocks become paragraphs, except link-heavy ones (left-over link lists), blocks
 *       of fewer than three words or fifteen letters that are not subheadings (labels, agency
 *       sign-offs such as «(انتهى) م ع»), datelines, and the headline repeated.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class HtmlExtractor {
  private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;
  private static final int MIN_PLAIN_WORDS = 3;
  private static final int MIN_PLAIN_LETTERS = 15;

  public ExtractedPage extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String title = HeadlineResolver.resolve(doc);
    OffsetDateTime published = PublicationTimeFinder.find(doc, title);
    String siteName = HeadlineResolver.siteName(doc);
    ClutterPruner.prune(doc.body());
    List<String> paragraphs = new ArrayList<>();
    for (Element container : MainContainerFinder.find(doc.body())) {
      for (TextBlock block : TextBlocks.of(container)) {
        if (isParagraph(block, title)) {
          paragraphs.add(block.text());
        }
      }
    }
    return new ExtractedPage(title, String.join("\n\n", paragraphs), published, siteName);
  }

  private static boolean isParagraph(TextBlock block, String title) {
    String tag = block.owner().normalName();
    boolean subheading = tag.matches("h[2-6]");
    if (tag.equals("h1") || block.text().equals(title) || block.linkDensity() > MAX_PARAGRAPH_LINK_DENSITY) {
      return false;
    }
    if (!subheading && (block.words() < MIN_PLAIN_WORDS || letters(block.text()) < MIN_PLAIN_LETTERS)) {
      return false;
    }
    return !LenientDates.isDateLine(block.text());
  }

  private static int letters(String text) {
    return (int) text.chars().filter(Character::isLetter).count();
  }
}
