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

/**
 * Line-level precision and recall of {@link BoilerplateFilter} on gold-labelled JSONL (the
 * gold-news format: {@code boilerplate} lists the exact body lines that are cruft). Articles are
 * fed in {@code published} order through one filter, as the pipeline does, so per-outlet learning
 * counts. A removed line is correct when the gold list of that article holds it (as a multiset).
 * Gold titles are already clean headlines, so every title the filter changes is counted as an error.
 */
public final class BoilerplateEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BoilerplateEvaluation() {
  }

  /** Counts and the wrongly removed ("false positive") and missed ("false negative") lines. */
  public record Result(int truePositives, int falsePositives, int falseNegatives, int titlesChanged,
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
  }

  private record Labelled(Article article, List<String> boilerplate) {
  }

  public static Result evaluate(Path goldJsonl) throws IOException {
    List<Labelled> articles = read(goldJsonl);
    articles.sort(Comparator.comparing((Labelled l) -> l.article().published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    BoilerplateFilter filter = new BoilerplateFilter();
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int titlesChanged = 0;
    List<String> errors = new ArrayList<>();
    for (Labelled labelled : articles) {
      Map<String, Integer> gold = new HashMap<>();
      labelled.boilerplate().forEach(line -> gold.merge(line.strip(), 1, Integer::sum));
      String id = labelled.article().id();
      CleanText clean = filter.clean(labelled.article());
      if (!clean.title().equals(labelled.article().title().strip())) {
        titlesChanged++;
        errors.add("title changed " + id + ": " + clean.title());
      }
      for (String removed : clean.removed()) {
        if (gold.getOrDefault(removed, 0) > 0) {
          gold.merge(removed, -1, Integer::sum);
          truePositives++;
        } else {
          falsePositives++;
          errors.add("removed but not cruft " + id + ": " + removed);
        }
      }
      for (Map.Entry<String, Integer> missed : gold.entrySet()) {
        for (int i = 0; i < missed.getValue(); i++) {
          falseNegatives++;
          errors.add("cruft kept " + id + ": " + missed.getKey());
        }
      }
    }
    return new Result(truePositives, falsePositives, falseNegatives, titlesChanged, errors);
  }

  private static List<Labelled> read(Path goldJsonl) throws IOException {
    List<Labelled> articles = new ArrayList<>();
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
        List<String> boilerplate = new ArrayList<>();
        node.path("boilerplate").forEach(b -> boilerplate.add(b.asText()));
        articles.add(new Labelled(article, boilerplate));
      }
    }
    return articles;
  }
}
