package dev.rasd.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Broken and unfriendly servers, served for real on 127.0.0.1. */
class PoliteFetcherTest {
  private final TestSite site = new TestSite();
  private final PoliteFetcher fetcher = new PoliteFetcher(FetchPolicy.defaults()
      .withMinHostDelay(Duration.ZERO).withReadTimeout(Duration.ofMillis(1500)));

  @AfterEach
  void close() {
    fetcher.close();
    site.close();
  }

  @Test
  void statusErrorsAreFailuresAnd410IsGone() {
    site.text("/500", 500, "text/plain", "oops").text("/410", 410, "text/plain", "gone");
    assertThat(fetcher.fetch(site.uri("/missing"))).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
      assertThat(f.status()).isEqualTo(404);
    });
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/500"))).status()).isEqualTo(500);
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/410"))).failure()).isEqualTo(FetchFailure.GONE);
  }

  @Test
  void answerSlowerThanTheReadTimeoutIsATimeout() {
    site.route("/slow-headers", ex -> {
      Thread.sleep(4000);
      TestSite.send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
    site.route("/slow-body", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("<html><body><p>بداية".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(4000);
        out.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
      }
    });
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/slow-headers"))).failure()).isEqualTo(FetchFailure.TIMEOUT);
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/slow-body"))).failure()).isEqualTo(FetchFailure.TIMEOUT);
  }

  @Test
  void twentyMegabytePageIsAbandonedWithOrWithoutContentLength() {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    site.route("/huge-chunked", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 20; i++) {
          out.write(chunk);
        }
      }
    });
    site.route("/huge-declared", ex -> {
      ex.sendResponseHeaders(200, 20L * chunk.length);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 20; i++) {
          out.write(chunk);
        }
      }
    });
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/huge-chunked"))).failure()).isEqualTo(FetchFailure.TOO_LARGE);
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/huge-declared"))).failure()).isEqualTo(FetchFailure.TOO_LARGE);
  }

  @Test
  void redirectsAreFollowedButLoopsAndLongChainsAreNot() {
    site.route("/loop-a", ex -> redirect(ex, "/loop-b")).route("/loop-b", ex -> redirect(ex, "/loop-a"));
    for (int i = 0; i < 12; i++) {
      int next = i + 1;
      site.route("/hop" + i, ex -> redirect(ex, "/hop" + next));
    }
    site.text("/hop2", 200, "text/html", "<p>وصلنا</p>");
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/loop-a"))).failure()).isEqualTo(FetchFailure.REDIRECT_LOOP);
    assertThat(fetcher.fetch(site.uri("/hop0"))).isInstanceOfSatisfying(FetchResult.Fetched.class,
        f -> assertThat(f.uri()).isEqualTo(site.uri("/hop2")));
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/hop3"))).failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
  }

  @Test
  void robotsDisallowIsRespectedWithoutRequestingThePage() {
    site.text("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    site.text("/private/story.html", 200, "text/html", "<p>سر</p>");
    assertThat(((FetchResult.Failed) fetcher.fetch(site.uri("/private/story.html"))).failure())
        .isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
    assertThat(site.paths()).containsExactly("/robots.txt");
  }

  @Test
  void conditionalGetSendsValidatorsAndUnderstands304() {
    site.route("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Sun, 12 May 2024 10:00:00 GMT");
      TestSite.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8));
    });
    FetchResult.Fetched first = (FetchResult.Fetched) fetcher.fetch(site.uri("/feed.xml"));
    assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Sun, 12 May 2024 10:00:00 GMT"));
    assertThat(fetcher.fetch(site.uri("/feed.xml"), first.validators())).isInstanceOf(FetchResult.NotModified.class);
    assertThat(site.hits.getLast().header("If-Modified-Since")).isEqualTo("Sun, 12 May 2024 10:00:00 GMT");
  }

  @Test
  void requestsToOneHostAreSpacedByTheMinimumDelay() {
    site.text("/a", 200, "text/html", "<p>أ</p>").text("/b", 200, "text/html", "<p>ب</p>");
    try (PoliteFetcher paced = new PoliteFetcher(FetchPolicy.defaults().withMinHostDelay(Duration.ofMillis(300)))) {
      paced.fetch(site.uri("/a"));
      paced.fetch(site.uri("/b"));
    }
    long gap = site.hits.get(2).nanos() - site.hits.get(1).nanos();
    assertThat(site.paths()).containsExactly("/robots.txt", "/a", "/b");
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws java.io.IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }
}
