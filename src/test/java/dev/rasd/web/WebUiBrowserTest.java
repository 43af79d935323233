package dev.rasd.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.rasd.Rasd;
import dev.rasd.api.ApiServer;
import dev.rasd.api.ServerConfig;
import dev.rasd.search.NewsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in Debian's headless Chromium, driven by Playwright over the hand-written newsroom:
 * front page, a story with its map, an entity, a search. Screenshots go to target/screenshots/.
 * Skips when /usr/bin/chromium is absent (Playwright must never download a browser here).
 */
class WebUiBrowserTest {
  private static final Path SHOTS = Paths.get("target", "screenshots");

  @TempDir
  static Path dir;
  static Rasd rasd;
  static ApiServer server;
  static HeadlessChromium chromium;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeAvailable();
    Files.createDirectories(SHOTS);
    NewsFixtures.write(dir);
    rasd = Rasd.open(dir);
    server = ApiServer.start(rasd, ServerConfig.loopback(0));
    chromium = HeadlessChromium.launch();
  }

  @AfterAll
  static void stop() throws Exception {
    HeadlessChromium.closeAll(chromium, server, rasd);
  }

  private static Page open(List<String> requests) {
    Page page = chromium.newPage();
    page.onRequest(r -> requests.add(r.url()));
    return page;
  }

  @Test
  void frontPageStoryAndEntityReadRightToLeftWithTheSelfHostedFont() {
    List<String> requests = new CopyOnWriteArrayList<>();
    Page page = open(requests);
    page.navigate(server.url());
    page.waitForSelector(".story-card h2 a");
    assertThat(page.evaluate("document.documentElement.dir")).isEqualTo("rtl");
    assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ar");
    assertThat(page.evaluate("getComputedStyle(document.querySelector('.story-card')).direction")).isEqualTo("rtl");
    assertThat(page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px \"Noto Naskh Arabic\"', 'رصد'))"))
        .isEqualTo(true);
    Locator cards = page.locator(".story-card");
    assertThat(cards.count()).isEqualTo(3);
    assertThat(cards.first().locator("h2").innerText()).isEqualTo("مفاوضات القاهرة لوقف إطلاق النار في غزة");
    assertThat(cards.first().locator(".meta").innerText()).contains("تقارير").contains("منافذ").doesNotContain("undefined");
    // The Latin outlet name is isolated, so it cannot reorder the Arabic around it.
    assertThat(cards.first().locator("bdi", new Locator.LocatorOptions().setHasText(NewsFixtures.WIRE)).count()).isEqualTo(1);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("front.png")).setFullPage(true));

    cards.first().locator("h2 a").click();
    page.waitForSelector("svg.map circle.place");
    assertThat(page.locator("h1").innerText()).isEqualTo("مفاوضات القاهرة لوقف إطلاق النار في غزة");
    assertThat(page.locator(".timeline li").count()).isEqualTo(3);
    assertThat(page.locator(".timeline li").first().innerText()).contains("انطلاق مفاوضات");
    assertThat(page.locator(".quotes blockquote").count()).isEqualTo(4);
    assertThat(page.locator(".quotes blockquote").first().innerText()).isEqualTo("«الأجواء إيجابية والنقاش جاد»");
    assertThat(page.locator("svg.map circle.place").count()).isEqualTo(3);
    assertThat(page.locator("svg.map path.country").count()).isGreaterThan(100);
    assertThat(page.locator("svg.map text.label").allTextContents()).containsExactlyInAnyOrder("القاهرة", "غزة", "الدوحة");
    assertThat(page.locator(".storyline a").innerText()).isEqualTo("قوافل المساعدات تعبر معبر رفح إلى غزة");
    assertThat(page.locator(".storyline li.current").innerText()).contains("مفاوضات القاهرة لوقف إطلاق النار في غزة");
    assertThat(page.locator("svg.lanes circle.report").count()).isEqualTo(3);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("story.png")).setFullPage(true));

    page.locator(".entity-group a", new Page.LocatorOptions().setHasText("سامر الخطيب")).click();
    page.waitForSelector(".variants");
    assertThat(page.locator("h1").innerText()).isEqualTo("سامر الخطيب");
    assertThat(page.locator(".variants li").allInnerTexts()).containsExactly("سامر الخطيب", "الخطيب");
    assertThat(page.locator(".quotes blockquote").count()).isEqualTo(3);
    assertThat(page.evaluate("getComputedStyle(document.querySelector('h1')).direction")).isEqualTo("rtl");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("entity.png")).setFullPage(true));

    assertThat(requests).allSatisfy(url -> assertThat(url).startsWith(server.url()));
    page.close();
  }

  @Test
  void searchMarksTheMatchedWordsAndLinksTheStory() {
    List<String> requests = new CopyOnWriteArrayList<>();
    Page page = open(requests);
    page.navigate(server.url());
    page.waitForSelector(".story-card");
    page.locator("#quick-search input").fill("المفاوضات");
    page.locator("#quick-search button").click();
    page.waitForSelector(".results mark");
    assertThat(page.locator(".results mark").allInnerTexts()).contains("مفاوضات", "المفاوضات");
    assertThat(page.locator("#search-summary").innerText()).isEqualTo("مقالان في قصة واحدة");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("search.png")).setFullPage(true));
    page.locator(".results h2 a").first().click();
    page.waitForSelector(".timeline");
    assertThat(page.url()).endsWith("#/story/" + NewsFixtures.TALKS);
    page.locator(".timeline a").first().click();
    page.waitForSelector(".article-text a.mention");
    assertThat(page.locator(".article-text a.mention").allInnerTexts()).contains("القاهرة", "سامر الخطيب");
    assertThat(page.locator(".article-text .quote-span").first().innerText()).isEqualTo("الأجواء إيجابية والنقاش جاد");
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article.png")).setFullPage(true));
    assertThat(requests).allSatisfy(url -> assertThat(url).startsWith(server.url()));
    page.close();
  }
}
