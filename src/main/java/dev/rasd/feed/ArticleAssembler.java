package dev.rasd.feed;

import dev.rasd.extract.ExtractedPage;
import dev.rasd.extract.HtmlExtractor;
import dev.rasd.model.Article;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Builds {@link Article}s from feed items and web pages. A feed item that carries only an
 * excerpt — fewer than {@value #EXCERPT_MAX_WORDS} words, or text ending in an ellipsis — gets
 * the linked page fetched and its main text used instead, when that is longer. Dates: the item's
 * own date first, then the page's. Outlet: the page's {@code og:site_name}, else the host
 * without {@code www.}. Id: the article URL.
 */
final class ArticleAssembler {
  static final int EXCERPT_MAX_WORDS = 60;

  private final PoliteFetcher fetcher;
  private final HtmlExtractor extractor = new HtmlExtractor();
  private final Consumer<String> log;

  ArticleAssembler(PoliteFetcher fetcher, Consumer<String> log) {
    this.fetcher = fetcher;
    this.log = log;
  }

  Article fromItem(FeedItem item) {
    if (!isExcerpt(item.text())) {
      return new Article(item.link(), host(item.link()), item.link(), item.published(), item.title(), item.text());
    }
    FetchResult page = fetcher.fetch(URI.create(item.link()));
    if (!(page instanceof FetchResult.Fetched fetched)) {
      log.accept("page " + item.link() + ": " + reason(page) + "; keeping the feed excerpt");
      return new Article(item.link(), host(item.link()), item.link(), item.published(), item.title(), item.text());
    }
    ExtractedPage extracted = extract(fetched);
    String body = extracted.text().length() > item.text().length() ? extracted.text() : item.text();
    String title = item.title().isBlank() ? extracted.title() : item.title();
    return new Article(item.link(), outlet(extracted, item.link()), item.link(),
        item.published() != null ? item.published() : extracted.published(), title, body);
  }

  /** The article a fetched page holds; its id and url are the address asked for, not the one redirected to. */
  Article fromPage(String requested, FetchResult.Fetched fetched) {
    ExtractedPage page = extract(fetched);
    return new Article(requested, outlet(page, requested), requested, page.published(), page.title(), page.text());
  }

  private ExtractedPage extract(FetchResult.Fetched fetched) {
    return extractor.extract(PageDecoder.decode(fetched.body(), fetched.contentType()), fetched.uri().toString());
  }

  static boolean isExcerpt(String text) {
    String t = text.strip();
    return t.isEmpty() || t.split("\\s+").length < EXCERPT_MAX_WORDS || t.endsWith("…") || t.endsWith("...")
        || t.endsWith("[…]");
  }

  private static String outlet(ExtractedPage page, String url) {
    return page.siteName() != null && !page.siteName().isBlank() ? page.siteName() : host(url);
  }

  static String host(String url) {
    String host = URI.create(url).getHost();
    if (host == null) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  static String reason(FetchResult r) {
    return switch (r) {
      case FetchResult.Failed f -> f.reason();
      case FetchResult.NotModified n -> "HTTP 304 without a cached copy";
      case FetchResult.Fetched f -> "fetched";
    };
  }
}
