package dev.rasd.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.ingest.IngestProblem;
import dev.rasd.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UrlArticleSourceTest {
  private final TestSite site = new TestSite();
  private final List<String> log = new ArrayList<>();
  private final UrlArticleSource source = new UrlArticleSource(
      FetchPolicy.defaults().withMinHostDelay(Duration.ZERO), log::add);
  private final List<Article> articles = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  @AfterEach
  void close() {
    source.close();
    site.close();
  }

  // A windows-1256 page served without any charset, reached through a redirect: id and url stay
  // the address given, the outlet falls back to the host.
  @Test
  void pageUrlYieldsOneArticle() throws Exception {
    site.bytes("/story.htm", 200, "text/html", Files.readAllBytes(Path.of("src/test/resources/extract-gold/cp1256-nodecl.html")));
    site.route("/s/1", ex -> {
      ex.getResponseHeaders().set("Location", "/story.htm");
      ex.sendResponseHeaders(301, -1);
    });
    source.read(List.of(site.uri("/s/1").toString()), articles::add, problems::add);

    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo(site.uri("/s/1").toString());
      assertThat(a.url()).isEqualTo(a.id());
      assertThat(a.outlet()).isEqualTo("127.0.0.1");
      assertThat(a.title()).isEqualTo("عاصفة رملية تشل الحركة في جنوب العراق");
      assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2024-06-06T00:00Z"));
      assertThat(a.body()).startsWith("ضربت عاصفة رملية قوية");
    });
  }

  @Test
  void feedUrlYieldsAnArticlePerItemAndFailuresAreProblemsNotExceptions() {
    String item = "<item><title>عنوان %d</title><link>%s</link><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>"
        + "<description>%s</description></item>";
    String text = "نص الخبر الكامل ".repeat(40);
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>قناة</title><link>/</link>"
        + "<description>د</description>" + item.formatted(1, site.uri("/n/1"), text) + item.formatted(2, site.uri("/n/2"), text)
        + "</channel></rss>";
    site.text("/rss", 200, "text/xml", rss);
    source.read(List.of(site.uri("/rss").toString(), site.uri("/nowhere").toString(), "https://exa mple.org/"),
        articles::add, problems::add);

    assertThat(articles).extracting(Article::title).containsExactly("عنوان 1", "عنوان 2");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).hasToString(site.uri("/nowhere") + ": HTTP 404");
    assertThat(problems.get(1).where()).isEqualTo("https://exa mple.org/");
    assertThat(problems.get(1).problem()).startsWith("not a valid URL");
  }
}
