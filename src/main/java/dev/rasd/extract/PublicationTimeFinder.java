package dev.rasd.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication time a page states, from the most to the least reliable source:
 * <ol>
 *   <li>meta tags ({@code article:published_time}, {@code datePublished}, {@code pubdate}…);</li>
 *   <li>JSON-LD {@code datePublished}, at any depth (including {@code @graph});</li>
 *   <li>{@code <time datetime>} outside related boxes, sidebars and comments, whose times belong
 *       to other stories;</li>
 *   <li>a date written in an element named for dates ({@code date}, {@code time}, {@code publish}),
 *       then in the article header around the headline element.</li>
 * </ol>
 * Runs on the unpruned page, because pruning removes date elements from the body.
 */
final class PublicationTimeFinder {
  private static final String META = String.join(", ",
      "meta[property=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
      "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=parsely-pub-date]", "meta[name=date]",
      "meta[name=DC.date.issued]", "meta[property=og:published_time]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private PublicationTimeFinder() {
  }

  static OffsetDateTime find(Document doc, String headline) {
    return fromMeta(doc)
        .or(() -> fromJsonLd(doc))
        .or(() -> fromTimeElements(doc))
        .or(() -> fromVisibleText(doc, headline))
        .orElse(null);
  }

  private static Optional<OffsetDateTime> fromMeta(Document doc) {
    for (Element meta : doc.select(META)) {
      Optional<OffsetDateTime> t = LenientDates.parseMachine(meta.attr("content"));
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static Optional<OffsetDateTime> fromJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<OffsetDateTime> t = datePublished(JSON.readTree(script.data()));
        if (t.isPresent()) {
          return t;
        }
      } catch (JsonProcessingException e) {
        // broken JSON-LD is common; the other sources still apply
      }
    }
    return Optional.empty();
  }

  private static Optional<OffsetDateTime> datePublished(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.has("datePublished")) {
      Optional<OffsetDateTime> t = LenientDates.parseMachine(node.get("datePublished").asText());
      if (t.isPresent()) {
        return t;
      }
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        Optional<OffsetDateTime> t = datePublished(child);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<OffsetDateTime> fromTimeElements(Document doc) {
    for (Element time : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
      if (!inClutter(time)) {
        Optional<OffsetDateTime> t = LenientDates.parseMachine(time.attr("datetime"));
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<OffsetDateTime> fromVisibleText(Document doc, String headline) {
    for (Element el : doc.select("[class~=(?i)date|time|publish|posted], [id~=(?i)date|time|publish|posted], time")) {
      if (!inClutter(el)) {
        Optional<OffsetDateTime> t = LenientDates.findVisible(el.text());
        if (t.isPresent()) {
          return t;
        }
      }
    }
    Element heading = headingElement(doc, headline);
    if (heading != null && heading.parent() != null) {
      Element header = heading.parent().parent() != null ? heading.parent().parent() : heading.parent();
      return LenientDates.findVisible(header.text());
    }
    return Optional.empty();
  }

  /** The {@code <h1>}, or else the element whose whole text is the headline (old sites use h2 or a span). */
  private static Element headingElement(Document doc, String headline) {
    Element h1 = doc.body().selectFirst("h1");
    if (h1 != null || headline.isEmpty()) {
      return h1;
    }
    for (Element el : doc.body().select("*")) {
      if (el.text().equals(headline)) {
        return el;
      }
    }
    return null;
  }

  private static boolean inClutter(Element el) {
    for (Element up = el; up != null; up = up.parent()) {
      if (ClassHints.isStrongNegative(up) || up.normalName().equals("aside")) {
        return true;
      }
    }
    return false;
  }
}
