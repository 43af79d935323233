package dev.rasd.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import dev.rasd.eval.QuoteTimeGold.GoldQuote;
import dev.rasd.eval.QuoteTimeGold.GoldTime;
import dev.rasd.ingest.ArticleReader;
import dev.rasd.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled demo corpus's JSONL articles with their hand labels ({@code demo-labels.jsonl}), in
 * published order as {@code rasd demo} feeds them. Articles without labels keep their place in the
 * stream (they change the entity registry) with no quotes or dates to score: {@link #labelled}
 * tells them apart. Only direct quotations are kept, as {@link QuoteEvaluation} scores those.
 */
final class DemoGold {
  private static final String DEMO = "/dev/rasd/demo/";
  private static final List<String> JSONL_FILES = List.of("articles.jsonl", "late-arrivals.jsonl");
  private static final String LABELS = "/demo-labels.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<GoldArticle> articles;
  final List<Boolean> labelled;

  private DemoGold(List<GoldArticle> articles, List<Boolean> labelled) {
    this.articles = articles;
    this.labelled = labelled;
  }

  /** Reads the corpus as {@code rasd demo} does, through {@link ArticleReader}, from copies in {@code dir}. */
  static DemoGold read(Path dir) {
    Map<String, JsonNode> labels = new HashMap<>();
    for (String line : lines(LABELS)) {
      JsonNode row = tree(line);
      labels.put(row.get("id").asText(), row);
    }
    List<String> paths = new ArrayList<>();
    for (String file : JSONL_FILES) {
      Path copy = dir.resolve(file);
      try (InputStream in = DemoGold.class.getResourceAsStream(DEMO + file)) {
        Files.copy(Objects.requireNonNull(in, DEMO + file), copy);
      } catch (IOException e) {
        throw new UncheckedIOException(file, e);
      }
      paths.add(copy.toString());
    }
    List<Article> stream = new ArrayList<>();
    // the corpus holds deliberately bad lines (a duplicate id, broken JSON, a non-Arabic item) that
    // the reader reports and skips, as the demo shows; the articles it accepts are the stream
    new ArticleReader().read(paths, stream::add, problem -> { });
    stream.sort(Comparator.comparing(Article::published));
    List<GoldArticle> gold = new ArrayList<>();
    List<Boolean> known = new ArrayList<>();
    for (Article a : stream) {
      JsonNode row = labels.get(a.id());
      List<GoldQuote> quotes = new ArrayList<>();
      List<GoldTime> times = new ArrayList<>();
      if (row != null) {
        row.path("quotes").forEach(q -> {
          if (q.path("direct").asBoolean()) {
            quotes.add(new GoldQuote(text(q, "speaker"), text(q, "text")));
          }
        });
        row.path("times").forEach(t -> times.add(new GoldTime(text(t, "surface"), text(t, "value"))));
      }
      gold.add(new GoldArticle(a, quotes, times));
      known.add(row != null);
    }
    return new DemoGold(gold, known);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = DemoGold.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(line, e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
