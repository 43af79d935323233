package dev.rasd.feed;

import dev.rasd.ingest.IngestProblem;
import dev.rasd.model.Article;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/**
 * One-shot ingestion from URLs ({@code rasd ingest URL...}): a feed URL yields an article per item
 * (fetching pages of excerpt-only items), any other URL yields the one article its page holds.
 * Feed or page is decided by the bytes, not by the address or the declared type. Problems are
 * reported per URL, never thrown, in the manner of {@link dev.rasd.ingest.ArticleReader}.
 */
public final class UrlArticleSource implements AutoCloseable {
  private final PoliteFetcher fetcher;
  private final ArticleAssembler assembler;

  public UrlArticleSource(FetchPolicy policy, Consumer<String> log) {
    this.fetcher = new PoliteFetcher(policy);
    this.assembler = new ArticleAssembler(fetcher, log);
  }

  public UrlArticleSource() {
    this(FetchPolicy.defaults(), System.err::println);
  }

  /** Whether a command-line argument is a URL this source reads rather than a path. */
  public static boolean isUrl(String arg) {
    return arg.startsWith("http://") || arg.startsWith("https://");
  }

  public void read(List<String> urls, Consumer<Article> sink, Consumer<IngestProblem> problems) {
    for (String url : urls) {
      URI uri;
      try {
        uri = URI.create(url.strip());
      } catch (IllegalArgumentException e) {
        problems.accept(new IngestProblem(url, "not a valid URL: " + e.getMessage()));
        continue;
      }
      FetchResult result = fetcher.fetch(uri);
      if (result instanceof FetchResult.Fetched fetched) {
        readFetched(url, fetched, sink, problems);
      } else {
        problems.accept(new IngestProblem(url, ArticleAssembler.reason(result)));
      }
    }
  }

  private void readFetched(String url, FetchResult.Fetched fetched, Consumer<Article> sink,
      Consumer<IngestProblem> problems) {
    if (FeedParser.looksLikeFeed(fetched.body())) {
      try {
        for (FeedItem item : FeedParser.parse(fetched.body(), fetched.uri())) {
          sink.accept(assembler.fromItem(item));
        }
      } catch (FeedFormatException e) {
        problems.accept(new IngestProblem(url, e.getMessage()));
      }
      return;
    }
    Article article = assembler.fromPage(url, fetched);
    if (article.body().isBlank()) {
      problems.accept(new IngestProblem(url, "no article text found in the page"));
    } else {
      sink.accept(article);
    }
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
