package dev.rasd.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Line-level precision and recall of {@link BoilerplateFilter} on labelled articles (the
 * gold-news format: {@code boilerplate} lists the exact body lines that are cruft, the optional
 * {@code title_clean} the headline when the title carries navigation). Articles are fed in
 * {@code published} order (undated ones last, in the order given) through one filter, as the
 * pipeline does, so per-outlet learning counts. A removed line is correct when the gold list of
 * that article holds it (as a multiset). A gold line that is not a line of the body the filter
 * received was dropped before cleaning (by the reader or extractor): it is counted apart as
 * unreached, not as missed. A clean title must equal the gold headline.
 */
public final class BoilerplateEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BoilerplateEvaluation() {
  }

  /** One labelled article: the cruft lines of its body and its headline without navigation. */
  public record GoldArticle(Article article, List<String> boilerplate, String headline) {
    public GoldArticle {
      boilerplate = List.copyOf(boilerplate);
    }
  }

  /** Counts and the wrongly removed ("false positive") and missed ("false negative") lines. */
  public record Result(int truePositives, int falsePositives, int falseNegatives, int unreached, int wrongTitles,
                       List<String> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 1.0 : (double) part / whole;
    }

    @Override
    public String toString() {
      return String.format("precision %.3f recall %.3f (tp %d, fp %d, fn %d, unreached %d), wrong titles %d",
          precision(), recall(), truePositives, falsePositives, falseNegatives, unreached, wrongTitles);
    }
  }

  /** Evaluates on a gold-news JSONL file. */
  public static Result evaluate(Path goldJsonl) throws IOException {
    return evaluate(read(goldJsonl));
  }

  public static Result evaluate(List<GoldArticle> gold) {
    List<GoldArticle> articles = new ArrayList<>(gold);
    articles.sort(Comparator.comparing((GoldArticle g) -> g.article().published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    BoilerplateFilter filter = new BoilerplateFilter();
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int unreached = 0;
    int wrongTitles = 0;
    List<String> errors = new ArrayList<>();
    for (GoldArticle labelled : articles) {
      String id = labelled.article().id();
      Set<String> bodyLines = labelled.article().body().lines().map(String::strip).collect(Collectors.toSet());
      Map<String, Integer> cruft = new HashMap<>();
      for (String line : labelled.boilerplate()) {
        if (bodyLines.contains(line.strip())) {
          cruft.merge(line.strip(), 1, Integer::sum);
        } else {
          unreached++;
        }
      }
      CleanText clean = filter.clean(labelled.article());
      if (!clean.title().equals(labelled.headline())) {
        wrongTitles++;
        errors.add("title " + id + ": " + clean.title() + " (gold: " + labelled.headline() + ")");
      }
      for (String removed : clean.removed()) {
        if (cruft.getOrDefault(removed, 0) > 0) {
          cruft.merge(removed, -1, Integer::sum);
          truePositives++;
        } else {
          falsePositives++;
          errors.add("removed but not cruft " + id + ": " + removed);
        }
      }
      for (Map.Entry<String, Integer> missed : cruft.entrySet()) {
        for (int i = 0; i < missed.getValue(); i++) {
          falseNegatives++;
          errors.add("cruft kept " + id + ": " + missed.getKey());
        }
      }
    }
    return new Result(truePositives, falsePositives, falseNegatives, unreached, wrongTitles, errors);
  }

  private static List<GoldArticle> read(Path goldJsonl) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String published = node.path("published").asText(null);
        Article article = new Article(node.path("id").asText(), node.path("outlet").asText(null),
            node.path("url").asText(null), published == null ? null : OffsetDateTime.parse(published),
            node.path("title").asText(""), node.path("body").asText(""));
        articles.add(new GoldArticle(article, boilerplate(node), headline(node, article)));
      }
    }
    return articles;
  }

  /** The {@code boilerplate} lines of a labelled JSON object. */
  static List<String> boilerplate(JsonNode labels) {
    List<String> lines = new ArrayList<>();
    labels.path("boilerplate").forEach(line -> lines.add(line.asText()));
    return lines;
  }

  /** The gold headline: {@code title_clean} when labelled, else the title as written. */
  static String headline(JsonNode labels, Article article) {
    return labels.hasNonNull("title_clean") ? labels.get("title_clean").asText().strip() : article.title().strip();
  }
}
