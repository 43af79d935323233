package dev.rasd.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's {@code class} and {@code id} say about its role. camelCase and
 * ASP.NET-style ids ({@code ctl00_RightColumn_MostRead}) are split into lowercase words first.
 * <ul>
 *   <li>strong negative: words that only ever name clutter (comments, related, sidebar, share…),
 *       matched as substrings so {@code mostread} and {@code relatedNews} count;</li>
 *   <li>weak negative: short words that name clutter only when nothing positive is there
 *       ({@code ad}, {@code tags}, {@code meta}, {@code date}…), matched as whole words;</li>
 *   <li>positive: words that name the article body ({@code article}, {@code story}, {@code content}…).</li>
 * </ul>
 */
final class ClassHints {
  private static final List<String> STRONG_NEGATIVE = List.of(
      "comment", "related", "sidebar", "side-bar", "cookie", "consent", "gdpr", "share", "sharing", "social",
      "newsletter", "most-read", "mostread", "most-viewed", "popular", "trending", "recommend", "widget",
      "outbrain", "taboola", "advert", "sponsor", "breadcrumb", "footer", "navbar", "navigation", "menu",
      "caption", "promo", "subscribe", "read-more", "more-news", "more-stories", "byline", "author");
  private static final Set<String> WEAK_NEGATIVE = Set.of(
      "ad", "ads", "tag", "tags", "meta", "date", "time", "nav", "print", "tools", "toolbar",
      "header", "banner", "rss", "login", "search", "pagination", "pager", "credit", "credits", "source", "topics",
      "keywords", "follow", "rating", "video", "player", "logo", "masthead");
  private static final Set<String> POSITIVE = Set.of(
      "article", "content", "story", "body", "text", "main", "post", "entry", "detail", "details", "news",
      "matn", "paragraphs", "lead");

  private ClassHints() {
  }

  static boolean isStrongNegative(Element el) {
    String words = words(el);
    for (String hint : STRONG_NEGATIVE) {
      if (words.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  static boolean isWeakNegative(Element el) {
    return hasWord(el, WEAK_NEGATIVE);
  }

  static boolean isPositive(Element el) {
    return hasWord(el, POSITIVE);
  }

  /** A score adjustment for container ranking: positive names pull up, negative ones push down. */
  static double weight(Element el) {
    double w = 0;
    if (isPositive(el)) {
      w += 6;
    }
    if (isStrongNegative(el)) {
      w -= 15;
    } else if (isWeakNegative(el)) {
      w -= 6;
    }
    return w;
  }

  private static boolean hasWord(Element el, Set<String> vocabulary) {
    for (String w : words(el).split("-")) {
      if (vocabulary.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "ctl00_RightColumn_MostRead story-body" → "ctl00-right-column-most-read-story-body". */
  static String words(Element el) {
    String raw = el.className() + " " + el.id();
    String split = raw.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    return split.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
