package dev.rasd.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The poller against real feeds served on 127.0.0.1, with a sink instead of the store and a hand-moved clock. */
class FeedPollerTest {
  private static final Duration INTERVAL = Duration.ofMinutes(5);
  private static final String FULL_TEXT = "أعلنت بلدية المدينة عن خطة لزراعة عشرة آلاف شجرة على جانبي الطرق الرئيسية "
      + "خلال العامين المقبلين، في إطار برنامج يهدف إلى خفض درجات الحرارة في الأحياء المكتظة وتحسين جودة الهواء. "
      + "وقال رئيس البلدية إن اختيار الأشجار سيراعي قلة حاجتها إلى المياه وقدرتها على تحمل الحر، وإن السكان "
      + "سيشاركون في رعايتها عبر مبادرة تطوعية تطلقها البلدية بالتعاون مع المدارس والجمعيات الأهلية في كل حي، "
      + "على أن تنشر البلدية تقريراً سنوياً يبين عدد الأشجار التي زرعت ونسبة ما بقي منها حياً بعد الصيف الأول.";

  private final TestSite site = new TestSite();
  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));
  private final PoliteFetcher fetcher = new PoliteFetcher(FetchPolicy.defaults()
      .withMinHostDelay(Duration.ZERO).withReadTimeout(Duration.ofSeconds(3)).withClock(clock));
  private final List<List<Article>> batches = new CopyOnWriteArrayList<>();
  private final List<String> log = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    fetcher.close();
    site.close();
  }

  private FeedPoller poller(String... paths) {
    List<java.net.URI> uris = new ArrayList<>();
    for (String p : paths) {
      uris.add(site.uri(p));
    }
    return new FeedPoller(uris, fetcher, batches::add, log::add, clock, INTERVAL);
  }

  /** RSS 2.0 whose channel lastBuildDate is later than any item, with one full item and one excerpt item without a date. */
  private String rss(String... extraItems) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>أخبار المدينة</title><link>%1$s</link><description>آخر الأخبار</description>
        <lastBuildDate>Wed, 01 May 2024 07:59:00 GMT</lastBuildDate>
        <item><title>خطة لزراعة عشرة آلاف شجرة</title><link>%1$s/trees.html</link>
          <pubDate>Tue, 30 Apr 2024 10:15:00 +0300</pubDate>
          <content:encoded><![CDATA[<p>%2$s</p>]]></content:encoded></item>
        <item><title>افتتاح محطة تحلية في العقبة</title><link>%1$s/water.html</link>
          <description>افتتحت وزارة المياه محطة جديدة لتحلية المياه…</description></item>
        %3$s
        </channel></rss>
        """.formatted(site.uri("").toString(), FULL_TEXT, String.join("\n", extraItems));
  }

  private void serveWaterPage() throws IOException {
    site.bytes("/water.html", 200, "text/html; charset=utf-8",
        Files.readAllBytes(Path.of("src/test/resources/extract-gold/agency-wire.html")));
  }

  @Test
  void fullItemsAreTakenAsIsAndExcerptItemsGetTheirPageFetched() throws IOException {
    site.text("/feed.xml", 200, "application/rss+xml", rss());
    serveWaterPage();
    List<FeedStatus> statuses = poller("/feed.xml").pollDue();

    assertThat(batches).hasSize(1);
    List<Article> batch = batches.getFirst();
    assertThat(batch).extracting(Article::id).containsExactly(site.uri("/trees.html").toString(), site.uri("/water.html").toString());
    Article trees = batch.get(0);
    assertThat(trees.body()).isEqualTo(FULL_TEXT);
    assertThat(trees.published()).isEqualTo(OffsetDateTime.parse("2024-04-30T07:15Z"));
    assertThat(trees.outlet()).isEqualTo("127.0.0.1");
    Article water = batch.get(1);
    assertThat(water.body()).contains("بطاقة إنتاجية تبلغ خمسين ألف متر مكعب").hasSizeGreaterThan(1000);
    assertThat(water.published()).as("page metadata, not the channel's lastBuildDate")
        .isEqualTo(OffsetDateTime.parse("2024-03-03T09:42+02:00"));
    assertThat(water.outlet()).isEqualTo("وكالة الأنباء العربية الموحدة");
    assertThat(site.paths()).doesNotContain("/trees.html");
    assertThat(statuses.getFirst().newItems()).isEqualTo(2);
    assertThat(statuses.getFirst().nextPoll()).isEqualTo(clock.instant().plus(INTERVAL));
  }

  @Test
  void onlyUnseenItemsFormTheNextBatchAnd304MeansNothingNew() throws IOException {
    String[] body = {rss()};
    site.route("/feed.xml", ex -> {
      if ("\"2\"".equals(ex.getRequestHeaders().getFirst("If-None-Match")) && body[0].contains("olives")) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().set("ETag", body[0].contains("olives") ? "\"2\"" : "\"1\"");
      TestSite.send(ex, 200, "application/rss+xml", body[0].getBytes(java.nio.charset.StandardCharsets.UTF_8));
    });
    serveWaterPage();
    FeedPoller poller = poller("/feed.xml");
    poller.pollDue();
    body[0] = rss("<item><title>موسم الزيتون</title><link>" + site.uri("/olives.html")
        + "</link><pubDate>Wed, 01 May 2024 06:00:00 GMT</pubDate><description><![CDATA[<p>" + FULL_TEXT.replace("شجرة", "زيتونة")
        + "</p>]]></description></item>");
    clock.advance(INTERVAL);
    poller.pollDue();
    clock.advance(INTERVAL);
    List<FeedStatus> third = poller.pollDue();

    assertThat(batches).hasSize(2);
    assertThat(batches.get(1)).extracting(Article::id).containsExactly(site.uri("/olives.html").toString());
    assertThat(third.getFirst().lastStatus()).contains("304");
    assertThat(third.getFirst().newItems()).isZero();
  }

  @Test
  void badFeedIsOneLogLineAndDoesNotStopTheOthers() throws IOException {
    site.text("/broken.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>خبر</title></chan");
    site.text("/feed.xml", 200, "application/rss+xml", rss());
    serveWaterPage();
    List<FeedStatus> statuses = poller("/broken.xml", "/feed.xml").pollDue();

    assertThat(batches).hasSize(1);
    assertThat(log).hasSize(1);
    assertThat(log.getFirst()).startsWith("feed " + site.uri("/broken.xml")).contains("not a readable RSS/Atom feed");
    assertThat(statuses.get(0).nextPoll()).isEqualTo(clock.instant().plus(FeedPoller.backoff(INTERVAL, 1)));
  }

  @Test
  void feedAnswering410IsRetiredAndNeverPolledAgain() {
    site.text("/gone.xml", 410, "text/plain", "gone");
    FeedPoller poller = poller("/gone.xml");
    poller.pollDue();
    clock.advance(Duration.ofDays(1));
    List<FeedStatus> statuses = poller.pollDue();

    assertThat(statuses.getFirst().retired()).isTrue();
    assertThat(log).containsExactly("feed " + site.uri("/gone.xml") + " retired: HTTP 410 Gone");
    assertThat(site.paths()).containsExactly("/robots.txt", "/gone.xml");
  }

  @Test
  void feedFailingForThreeDaysIsRetiredWithBackoffCappedAtSixHours() {
    site.text("/down.xml", 500, "text/plain", "error");
    FeedPoller poller = poller("/down.xml");
    Instant start = clock.instant();
    List<Duration> waits = new ArrayList<>();
    while (!poller.statuses().getFirst().retired() && clock.instant().isBefore(start.plus(Duration.ofDays(4)))) {
      FeedStatus s = poller.pollDue().getFirst();
      if (!s.retired()) {
        waits.add(Duration.between(clock.instant(), s.nextPoll()));
        clock.advance(waits.getLast());
      }
    }
    assertThat(poller.statuses().getFirst().retired()).isTrue();
    assertThat(clock.instant()).isAfterOrEqualTo(start.plus(Duration.ofDays(3))).isBefore(start.plus(Duration.ofDays(3).plusHours(6)));
    assertThat(waits.getFirst()).isEqualTo(Duration.ofMinutes(10));
    assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofHours(6)));
    assertThat(waits.getLast()).isEqualTo(Duration.ofHours(6));
    assertThat(log.getLast()).contains("retired: HTTP 500");
  }

  @Test
  void batchTheSinkRejectedIsOfferedAgain() throws IOException {
    site.text("/feed.xml", 200, "application/rss+xml", rss());
    serveWaterPage();
    boolean[] fail = {true};
    FeedPoller poller = new FeedPoller(List.of(site.uri("/feed.xml")), fetcher, batch -> {
      if (fail[0]) {
        fail[0] = false;
        throw new IllegalStateException("disk full");
      }
      batches.add(batch);
    }, log::add, clock, INTERVAL);
    poller.pollDue();
    clock.advance(Duration.ofHours(1));
    poller.pollDue();

    assertThat(log.getFirst()).contains("disk full");
    assertThat(batches).hasSize(1);
    assertThat(batches.getFirst()).hasSize(2);
  }

  @Test
  void runStopsCleanlyWhenAsked() throws Exception {
    site.text("/feed.xml", 200, "application/rss+xml", rss());
    serveWaterPage();
    FeedPoller poller = new FeedPoller(List.of(site.uri("/feed.xml")), fetcher, batches::add, log::add,
        java.time.Clock.systemUTC(), Duration.ofHours(1));
    List<List<FeedStatus>> rounds = new CopyOnWriteArrayList<>();
    Thread runner = Thread.ofVirtual().start(() -> {
      try {
        poller.run(rounds::add);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    while (rounds.isEmpty()) {
      Thread.sleep(20);
    }
    poller.stop();
    runner.join(Duration.ofSeconds(5));

    assertThat(runner.isAlive()).isFalse();
    assertThat(rounds).hasSize(1);
    assertThat(batches).hasSize(1);
  }

  @Test
  void atomEntriesAreReadWithTheirOwnDates() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>مدونة</title><updated>2024-05-01T07:00:00Z</updated><id>urn:x</id>
        <entry><title>عن القراءة</title><link href="/reading.html"/><id>urn:1</id>
        <published>2024-04-29T06:30:00+03:00</published><updated>2024-04-30T00:00:00Z</updated>
        <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
        """.formatted(FULL_TEXT);
    List<FeedItem> items = FeedParser.parse(atom.getBytes(java.nio.charset.StandardCharsets.UTF_8), site.uri("/atom.xml"));
    assertThat(items).singleElement().satisfies(item -> {
      assertThat(item.link()).isEqualTo(site.uri("/reading.html").toString());
      assertThat(item.published()).isEqualTo(OffsetDateTime.parse("2024-04-29T03:30Z"));
      assertThat(item.text()).isEqualTo(FULL_TEXT);
    });
  }
}
