package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.ingest.ArticleReader;
import dev.rasd.ingest.IngestProblem;
import dev.rasd.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter on the bundled demo corpus, read as {@code rasd demo} reads it (JSONL, plain text and
 * a web page through {@link ArticleReader}), against the hand labels in {@code demo-labels.jsonl}.
 * Runs without the shared data.
 *
 * <p>The web page's labels describe its {@code <article>} element; page chrome from outside it
 * that the extractor let into the body (footer prompts, reader comments) is cruft as well, and its
 * headline is the page's {@code <h1>}, the title without the site name.
 */
class DemoCorpusBoilerplateTest {
  private static final String DEMO = "/dev/rasd/demo/";
  private static final String FILE_LIST = "files.txt";
  private static final String LABELS = "/demo-labels.jsonl";
  private static final String WEB_PAGE = ".html";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void removesExactlyTheLabelledCruftAndCleansTheTitles() throws IOException {
    Map<String, JsonNode> labels = labels();
    List<Article> articles = readDemoCorpus();
    assertThat(articles).extracting(Article::id).containsExactlyInAnyOrderElementsOf(labels.keySet());

    List<BoilerplateEvaluation.GoldArticle> gold = new ArrayList<>();
    for (Article article : articles) {
      gold.add(gold(article, labels.get(article.id())));
    }
    BoilerplateEvaluation.Result result = BoilerplateEvaluation.evaluate(gold);

    System.out.println("boilerplate demo corpus: " + result);
    result.errors().forEach(System.out::println);
    assertThat(result.precision()).isEqualTo(1.0);
    assertThat(result.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(result.wrongTitles()).isZero();
  }

  private BoilerplateEvaluation.GoldArticle gold(Article article, JsonNode labels) throws IOException {
    List<String> cruft = new ArrayList<>(BoilerplateEvaluation.boilerplate(labels));
    String headline = BoilerplateEvaluation.headline(labels, article);
    if (article.id().endsWith(WEB_PAGE)) {
      Element content = Objects.requireNonNull(Jsoup.parse(dir.resolve(article.id())).selectFirst("article"));
      String contentText = content.text();
      article.body().lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !contentText.contains(line))
          .forEach(cruft::add);
      headline = Objects.requireNonNull(content.selectFirst("h1")).text().strip();
    }
    return new BoilerplateEvaluation.GoldArticle(article, cruft, headline);
  }

  /** Copies the corpus files out of the classpath and reads them all in one run, as the CLI does. */
  private List<Article> readDemoCorpus() throws IOException {
    for (String name : resource(DEMO + FILE_LIST).lines().map(String::strip).filter(n -> !n.isEmpty()).toList()) {
      Files.writeString(dir.resolve(name), resource(DEMO + name), StandardCharsets.UTF_8);
    }
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    new ArticleReader().read(List.of(dir.toString()), articles::add, problems::add);
    // The corpus holds three deliberate rejects: a truncated JSON line, an English article and a re-sent id.
    assertThat(problems).hasSize(3);
    return articles;
  }

  private static Map<String, JsonNode> labels() throws IOException {
    Map<String, JsonNode> labels = new HashMap<>();
    for (String line : resource(LABELS).lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode node = JSON.readTree(line);
      labels.put(node.path("id").asText(), node);
    }
    return labels;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DemoCorpusBoilerplateTest.class.getResourceAsStream(name)) {
      assertThat(in).as("classpath resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
