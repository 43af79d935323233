package dev.rasd.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.rasd.Rasd;
import dev.rasd.api.ApiServer;
import dev.rasd.api.ServerConfig;
import dev.rasd.ingest.ArticleReader;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI over the bundled demo corpus, the data a newcomer first sees with {@code rasd demo}:
 * the real pipeline's stories, entities, quotes and places, not hand-made records. Walks front
 * page → biggest story → one of its people → a search, and checks what an analyst relies on.
 * Screenshots go to target/screenshots/demo-*.png. Skips without /usr/bin/chromium.
 */
class WebUiDemoCorpusTest {
  private static final Path SHOTS = Paths.get("target", "screenshots");
  private static final String CORPUS = "/dev/rasd/demo/";
  private static final String STRIKE = "إضراب";

  @TempDir
  static Path dir;
  static Rasd rasd;
  static ApiServer server;
  static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws IOException {
    HeadlessChromium.assumeAvailable();
    Files.createDirectories(SHOTS);
    rasd = Rasd.open(dir.resolve("store"));
    rasd.ingest(demoCorpus(Files.createDirectory(dir.resolve("corpus"))));
    server = ApiServer.start(rasd, ServerConfig.loopback(0));
    chromium = HeadlessChromium.launch();
  }

  /** The corpus as {@code rasd demo} reads it: the files listed in files.txt, in publication order. */
  private static List<Article> demoCorpus(Path into) throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : resource("files.txt").split("\n")) {
      if (!name.isBlank()) {
        Path file = into.resolve(name.strip());
        Files.writeString(file, resource(name.strip()), StandardCharsets.UTF_8);
        files.add(file.toString());
      }
    }
    List<Article> articles = new ArrayList<>();
    new ArticleReader().read(files, articles::add, problem -> { });
    articles.sort(Rasd.PUBLICATION_ORDER);
    return articles;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebUiDemoCorpusTest.class.getResourceAsStream(CORPUS + name)) {
      Assumptions.assumeTrue(in != null, "the demo corpus is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    HeadlessChromium.closeAll(chromium, server, rasd);
  }

  private static void noSidewaysScrolling(Page page) {
    assertThat(page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
        .as("page %s is wider than the window", page.url()).isEqualTo(true);
  }

  private static void shoot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("demo-" + name + ".png")).setFullPage(true));
  }

  @Test
  void anAnalystFollowsTheBiggestStoryToAPersonAndSearchesForStrikes() {
    Story biggest = rasd.stories(0, Integer.MAX_VALUE).stream()
        .max(Comparator.comparingInt(s -> rasd.articlesOfStory(s.id()).size())).orElseThrow();
    List<AnalyzedArticle> reports = rasd.articlesOfStory(biggest.id());
    long outlets = reports.stream().map(a -> a.article().outlet()).filter(Objects::nonNull).distinct().count();
    assertThat(reports).as("the demo corpus has a story told by several outlets").hasSizeGreaterThanOrEqualTo(4);

    Page page = chromium.newPage();
    page.navigate(server.url());
    page.waitForSelector(".story-card h2 a");
    assertThat(page.locator(".story-card").count()).isEqualTo(Math.min(10, (int) rasd.storyCount()));
    noSidewaysScrolling(page);
    shoot(page, "front");

    page.locator(".story-card h2 a", new Page.LocatorOptions().setHasText(biggest.headline())).first().click();
    page.waitForSelector("svg.map circle.place");
    assertThat(page.locator("h1").innerText()).isEqualTo(biggest.headline());
    assertThat(page.locator(".timeline li").count()).isEqualTo(reports.size());
    List<String> badges = page.locator(".timeline .badge").allInnerTexts();
    assertThat(badges.stream().distinct().count()).as("outlets in the timeline").isEqualTo(outlets).isGreaterThanOrEqualTo(4);
    long dated = reports.stream().filter(a -> a.article().published() != null).count();
    assertThat(page.locator("svg.lanes circle.report").count()).as("one dot per dated report").isEqualTo((int) dated);
    assertThat(page.locator("svg.lanes text.outlet").count()).isGreaterThanOrEqualTo(4);
    assertThat(page.locator("svg.map path.country").count()).isGreaterThan(100);
    assertThat(page.locator("svg.map circle.place").count()).isPositive();
    assertThat(page.locator(".quotes blockquote").count()).isPositive();
    // Every quote shows a speaker line; one relayed from an anonymous source is shown as unattributed.
    List<String> speakers = page.locator(".quotes .speaker").allInnerTexts();
    assertThat(speakers).isNotEmpty().allSatisfy(name -> assertThat(name).isNotBlank())
        .contains("خالد بن سعيد الريامي", "نوال البلوشية");
    List<String> quoted = page.locator(".quotes blockquote").allInnerTexts();
    assertThat(quoted).as("a statement repeated by copies is listed once").doesNotHaveDuplicates();
    noSidewaysScrolling(page);
    shoot(page, "story");

    Locator person = page.locator(".entity-group a[href^='#/entity/']").first();
    String name = person.locator("bdi").innerText();
    person.click();
    page.waitForSelector(".variants");
    assertThat(page.locator("h1").innerText()).isEqualTo(name);
    assertThat(page.locator(".variants li").allInnerTexts()).contains(name);
    assertThat(page.locator(".story-list .story-card h2").allInnerTexts()).contains(biggest.headline());
    noSidewaysScrolling(page);
    shoot(page, "entity");

    page.locator("#quick-search input").fill(STRIKE);
    page.locator("#quick-search button").click();
    page.waitForSelector(".results mark");
    List<String> marked = page.locator(".results mark").allInnerTexts();
    // The Arabic analyzer matches the word with its article and case endings (الإضراب، إضرابًا).
    assertThat(marked).isNotEmpty().allSatisfy(m -> assertThat(m).contains("ضراب"));
    assertThat(page.locator(".results > li").count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("#search-summary").innerText()).doesNotContain("undefined");
    noSidewaysScrolling(page);
    shoot(page, "search");
    page.close();
  }
}
