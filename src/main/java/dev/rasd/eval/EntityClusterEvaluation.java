package dev.rasd.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.entity.EntityLexicon;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.EntityMention;
import dev.rasd.pipeline.Pipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores entity detection and variant resolution against gold-news JSONL, whose articles list
 * their distinct entity surfaces with a canonical name. Articles are run through the standard
 * pipeline in publication order with the label fields withheld. Per article, gold and predicted
 * surfaces are compared by normalised key ({@link EntityLexicon#phraseKey}, punctuation trimmed):
 * <ul>
 *   <li>detection: precision over the distinct predicted surfaces, recall over the gold surfaces
 *       (all of them, and those that occur in the body: the layer covers only the body);</li>
 *   <li>clustering: every matched gold surface is an item with its gold entity (type + canonical)
 *       and the system's entity id; pairwise precision is the share of item pairs the system puts
 *       in one entity that share a gold entity, recall the converse, over the whole corpus.</li>
 * </ul>
 */
public final class EntityClusterEvaluation {
  private EntityClusterEvaluation() {
  }

  /** The figures of one run. */
  public record Result(int articles, NerScores.Prf detection, NerScores.Prf bodyDetection,
                       long pairsBoth, long pairsPredicted, long pairsGold, int items, List<String> errors) {
    public double pairPrecision() {
      return pairsPredicted == 0 ? 0 : (double) pairsBoth / pairsPredicted;
    }

    public double pairRecall() {
      return pairsGold == 0 ? 0 : (double) pairsBoth / pairsGold;
    }

    public String report() {
      return String.format(Locale.ROOT,
          "articles %d%nmention detection (all gold surfaces):  P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d)%n"
              + "mention detection (gold surfaces in body): R %.4f  (gold %d)%n"
              + "clustering over %d matched surfaces: pairwise P %.4f (%d/%d)  R %.4f (%d/%d)%n",
          articles, detection.precision(), detection.recall(), detection.f1(), detection.gold(), detection.predicted(),
          bodyDetection.recall(), bodyDetection.gold(),
          items, pairPrecision(), pairsBoth, pairsPredicted, pairRecall(), pairsBoth, pairsGold);
    }
  }

  private record GoldArticle(Article article, Map<String, String> surfaceToEntity) {
  }

  public static Result evaluate(Path jsonl, Pipeline pipeline) throws IOException {
    List<GoldArticle> gold = read(jsonl);
    int detOk = 0;
    int detPred = 0;
    int detGold = 0;
    int bodyOk = 0;
    int bodyGold = 0;
    Map<String, Map<String, Integer>> cells = new HashMap<>();
    Map<String, String> canonicals = new HashMap<>();
    List<String> errors = new ArrayList<>();
    int items = 0;
    for (GoldArticle g : gold) {
      AnalyzedArticle a = pipeline.process(g.article());
      Map<String, String> predicted = new LinkedHashMap<>();
      Map<String, String> predictedTypes = new HashMap<>();
      for (EntityMention m : a.entities()) {
        predicted.putIfAbsent(key(m.text()), m.entityId());
        canonicals.putIfAbsent(m.entityId(), m.canonical());
        predictedTypes.putIfAbsent(key(m.text()), m.type().name());
      }
      String bodyKey = key(a.text());
      detPred += predicted.size();
      detGold += g.surfaceToEntity().size();
      for (Map.Entry<String, String> e : g.surfaceToEntity().entrySet()) {
        boolean inBody = bodyKey.contains(e.getKey());
        bodyGold += inBody ? 1 : 0;
        String id = predicted.get(e.getKey());
        if (id == null) {
          errors.add(g.article().id() + " missed " + e.getKey() + " (" + e.getValue() + ")"
              + (inBody ? nearMisses(e.getKey(), predictedTypes) : " [title only]"));
          continue;
        }
        bodyOk += inBody ? 1 : 0;
        items++;
        cells.computeIfAbsent(id, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
      }
      for (String p : predicted.keySet()) {
        if (g.surfaceToEntity().containsKey(p)) {
          detOk++;
        } else {
          errors.add(g.article().id() + " spurious " + p + " (" + predictedTypes.get(p) + ")");
        }
      }
    }
    long both = 0;
    long pred = 0;
    Map<String, Integer> goldSizes = new HashMap<>();
    for (Map<String, Integer> row : cells.values()) {
      int size = 0;
      for (Map.Entry<String, Integer> c : row.entrySet()) {
        both += pairs(c.getValue());
        size += c.getValue();
        goldSizes.merge(c.getKey(), c.getValue(), Integer::sum);
      }
      pred += pairs(size);
    }
    long goldPairs = goldSizes.values().stream().mapToLong(EntityClusterEvaluation::pairs).sum();
    errors.addAll(clusteringErrors(cells, canonicals));
    return new Result(gold.size(), NerScores.Prf.of(detOk, detPred, detGold), NerScores.Prf.of(bodyOk, 0, bodyGold),
        both, pred, goldPairs, items, errors);
  }

  /**
   * The predicted surfaces that share a word with a missed gold surface, with their types: tells a
   * span cut too long or too short, or a wrong type, from a name never found.
   */
  private static String nearMisses(String goldKey, Map<String, String> predictedTypes) {
    List<String> goldWords = List.of(goldKey.split(" "));
    List<String> near = new ArrayList<>();
    for (Map.Entry<String, String> p : predictedTypes.entrySet()) {
      if (List.of(p.getKey().split(" ")).stream().anyMatch(goldWords::contains)) {
        near.add(p.getKey() + " " + p.getValue());
      }
    }
    return near.isEmpty() ? " [not found]" : " [got: " + String.join("; ", near) + "]";
  }

  /**
   * One line per system entity that holds surfaces of several gold entities (a false merge: costs
   * precision) and per gold entity spread over several system entities (a split: costs recall),
   * with the matched-surface counts behind each, so a resolver change can be judged by its pairs.
   */
  private static List<String> clusteringErrors(Map<String, Map<String, Integer>> cells, Map<String, String> canonicals) {
    List<String> out = new ArrayList<>();
    Map<String, Map<String, Integer>> byGold = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> row : new TreeMap<>(cells).entrySet()) {
      String system = canonicals.get(row.getKey()) + " [" + row.getKey() + "]";
      if (row.getValue().size() > 1) {
        out.add("merged as " + system + ": " + new TreeMap<>(row.getValue()));
      }
      row.getValue().forEach((goldEntity, n) -> byGold.computeIfAbsent(goldEntity, k -> new TreeMap<>()).put(system, n));
    }
    byGold.forEach((goldEntity, systems) -> {
      if (systems.size() > 1) {
        out.add("split " + goldEntity + ": " + systems);
      }
    });
    return out;
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** The comparison key of a surface: normalised, white space collapsed, punctuation at the ends trimmed. */
  static String key(String surface) {
    return EntityLexicon.phraseKey(surface).toLowerCase(Locale.ROOT).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
  }

  private static List<GoldArticle> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        if (!n.has("id") || !n.has("entities")) {
          throw new IOException(jsonl + ":" + lineNo + ": expected an article with 'id' and 'entities'");
        }
        Article article = new Article(n.get("id").asText(), text(n, "outlet"), text(n, "url"),
            n.hasNonNull("published") ? OffsetDateTime.parse(n.get("published").asText()) : null,
            text(n, "title"), text(n, "body"));
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (JsonNode e : n.get("entities")) {
          surfaces.put(key(e.get("surface").asText()), e.get("type").asText() + ":" + e.get("canonical").asText());
        }
        out.add(new GoldArticle(article, surfaces));
      }
    }
    out.sort(Comparator.comparing((GoldArticle g) -> g.article().published(), Comparator.nullsFirst(Comparator.naturalOrder())));
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
