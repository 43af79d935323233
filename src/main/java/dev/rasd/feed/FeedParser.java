package dev.rasd.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with Rome. An item's text is its full content
 * ({@code content:encoded}, Atom {@code content}) when present, else its description, turned from
 * HTML into paragraphs. Its date is the item's published date, else its updated date — never the
 * channel's {@code lastBuildDate}, which says when the feed was regenerated, not when the story
 * was written. Rome gives dates as instants, so they carry offset UTC.
 */
public final class FeedParser {
  private static final int SNIFF_CHARS = 2048;

  private FeedParser() {
  }

  /** Whether {@code bytes} look like a feed rather than a web page. */
  public static boolean looksLikeFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  public static List<FeedItem> parse(byte[] bytes, URI base) throws FeedFormatException {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FeedFormatException("not a readable RSS/Atom feed: " + e.getMessage(), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = link(entry, base);
      if (link == null) {
        continue;
      }
      String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text();
      items.add(new FeedItem(link, title, text(entry), offset(entry.getPublishedDate(), entry.getUpdatedDate())));
    }
    return items;
  }

  private static String link(SyndEntry entry, URI base) {
    for (String candidate : new String[] {entry.getLink(), entry.getUri()}) {
      if (candidate != null && !candidate.isBlank()) {
        try {
          URI resolved = base.resolve(candidate.strip());
          if ("http".equals(resolved.getScheme()) || "https".equals(resolved.getScheme())) {
            return resolved.toString();
          }
        } catch (IllegalArgumentException e) {
          // an unusable link; try the entry's other address
        }
      }
    }
    return null;
  }

  private static String text(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null) {
        html.append(content.getValue());
      }
    }
    if (html.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      html.append(entry.getDescription().getValue());
    }
    return paragraphs(html.toString());
  }

  /** HTML fragment → paragraphs: each {@code <p>} when there are any, else the whole text. */
  static String paragraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> paragraphs = new ArrayList<>();
    for (Element p : body.select("p")) {
      if (!p.text().isBlank()) {
        paragraphs.add(p.text().strip());
      }
    }
    return paragraphs.isEmpty() ? body.text().strip() : String.join("\n\n", paragraphs);
  }

  private static OffsetDateTime offset(Date published, Date updated) {
    Date d = published != null ? published : updated;
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC);
  }
}
