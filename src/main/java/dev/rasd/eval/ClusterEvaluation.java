package dev.rasd.eval;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Story;
import dev.rasd.pipeline.Pipeline;
import dev.rasd.text.ArabicStemmer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs labelled articles through a pipeline in publication order and scores its stories,
 * storylines and duplicate marks against the gold, beside two baselines on the same clean text:
 * single-pass TF-IDF clustering (at its best global threshold on this input, so the baseline is
 * not handicapped by our choice) and Carrot2 Lingo and STC.
 *
 * <p>Duplicate scoring: a predicted {@code duplicateOf} is right when the article is a gold copy
 * and the named original is in the same gold copy group (copies of copies count as one group).
 */
public final class ClusterEvaluation {
  static final double[] BASELINE_THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};

  private final List<ClusterGoldArticle> gold;
  private final List<AnalyzedArticle> analysed = new ArrayList<>();
  private final List<Story> stories;

  private ClusterEvaluation(List<ClusterGoldArticle> gold, Pipeline pipeline) {
    this.gold = gold;
    for (ClusterGoldArticle g : gold) {
      analysed.add(pipeline.process(g.article()));
    }
    this.stories = pipeline.stories();
  }

  /** Feeds {@code gold} (already in publication order) through {@code pipeline}. */
  public static ClusterEvaluation run(List<ClusterGoldArticle> gold, Pipeline pipeline) {
    return new ClusterEvaluation(gold, pipeline);
  }

  public Map<String, String> predictedEvents() {
    Map<String, String> out = new LinkedHashMap<>();
    for (AnalyzedArticle a : analysed) {
      out.put(a.id(), a.storyId());
    }
    return out;
  }

  public Map<String, String> predictedStorylines() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Story s : stories) {
      for (String id : s.articleIds()) {
        out.put(id, s.storyline() == null ? s.id() : s.storyline());
      }
    }
    return out;
  }

  public Map<String, String> goldEvents() {
    Map<String, String> out = new LinkedHashMap<>();
    gold.forEach(g -> out.put(g.article().id(), g.event()));
    return out;
  }

  private Map<String, String> goldStorylines() {
    Map<String, String> out = new LinkedHashMap<>();
    gold.forEach(g -> out.put(g.article().id(), g.storyline() == null ? g.event() : g.storyline()));
    return out;
  }

  private boolean hasStorylines() {
    return gold.stream().anyMatch(g -> g.storyline() != null);
  }

  /** Precision and recall of {@code duplicateOf} against {@code copy_of}. */
  public ClusterScores dedup() {
    Map<String, String> root = new HashMap<>();
    Map<String, String> copyOf = new HashMap<>();
    gold.forEach(g -> copyOf.put(g.article().id(), g.copyOf()));
    for (String id : copyOf.keySet()) {
      String r = id;
      Set<String> seen = new HashSet<>();
      while (copyOf.get(r) != null && seen.add(r)) {
        r = copyOf.get(r);
      }
      root.put(id, r);
    }
    int predicted = 0;
    int correct = 0;
    for (AnalyzedArticle a : analysed) {
      if (a.duplicateOf() != null) {
        predicted++;
        if (copyOf.get(a.id()) != null && root.get(a.id()).equals(root.get(a.duplicateOf()))) {
          correct++;
        }
      }
    }
    long goldCopies = copyOf.values().stream().filter(v -> v != null).count();
    return ClusterScores.of(predicted == 0 ? 1 : (double) correct / predicted,
        goldCopies == 0 ? 1 : (double) correct / goldCopies);
  }

  /** The figures as text; {@code carrot2} adds the Carrot2 baselines (slow on thousands of documents). */
  public String report(boolean explain, boolean carrot2) {
    StringBuilder out = new StringBuilder();
    Map<String, String> goldEvents = goldEvents();
    Map<String, String> ours = predictedEvents();
    out.append(String.format("articles %d, gold events %d, stories %d%n", gold.size(), distinct(goldEvents.values()), stories.size()));
    out.append(line("event BCubed", "rasd", ClusterMetrics.bcubed(ours, goldEvents)));
    out.append(line("event pairwise", "rasd", ClusterMetrics.pairwise(ours, goldEvents)));
    if (hasStorylines()) {
      Map<String, String> goldLines = goldStorylines();
      Map<String, String> ourLines = predictedStorylines();
      out.append(String.format("gold storylines %d, storylines %d (stories alone count as their own)%n",
          distinct(goldLines.values()), distinct(ourLines.values())));
      out.append(line("storyline BCubed", "rasd", ClusterMetrics.bcubed(ourLines, goldLines)));
      out.append(line("storyline pairwise", "rasd", ClusterMetrics.pairwise(ourLines, goldLines)));
    }
    if (gold.stream().anyMatch(g -> g.copyOf() != null)) {
      out.append(String.format("dedup vs copy_of: %s (predicted %d, gold %d)%n", dedup(),
          analysed.stream().filter(a -> a.duplicateOf() != null).count(),
          gold.stream().filter(g -> g.copyOf() != null).count()));
    }
    appendBaselines(out, goldEvents, carrot2);
    if (explain) {
      appendExplanation(out, goldEvents, ours);
    }
    return out.toString();
  }

  private void appendBaselines(StringBuilder out, Map<String, String> goldEvents, boolean carrot2) {
    try (ArabicStemmer stemmer = new ArabicStemmer()) {
      ClusterTfidfBaseline tfidf = new ClusterTfidfBaseline(stemmer);
      Map<String, String> best = null;
      double bestThreshold = 0;
      double bestF1 = -1;
      for (double t : BASELINE_THRESHOLDS) {
        Map<String, String> p = tfidf.cluster(analysed, t);
        double f1 = ClusterMetrics.bcubed(p, goldEvents).f1();
        if (f1 > bestF1) {
          best = p;
          bestF1 = f1;
          bestThreshold = t;
        }
      }
      out.append(line("event BCubed", String.format("tfidf@%.2f", bestThreshold), ClusterMetrics.bcubed(best, goldEvents)));
      out.append(line("event pairwise", String.format("tfidf@%.2f", bestThreshold), ClusterMetrics.pairwise(best, goldEvents)));
      out.append(String.format("  tfidf clusters %d%n", distinct(best.values())));
    }
    if (!carrot2) {
      return;
    }
    ClusterCarrotBaseline carrot = new ClusterCarrotBaseline();
    for (ClusterCarrotBaseline.Algorithm a : ClusterCarrotBaseline.Algorithm.values()) {
      Map<String, String> p = carrot.cluster(analysed, a);
      out.append(line("event BCubed", "carrot2-" + a.name().toLowerCase(), ClusterMetrics.bcubed(p, goldEvents)));
      out.append(line("event pairwise", "carrot2-" + a.name().toLowerCase(), ClusterMetrics.pairwise(p, goldEvents)));
      out.append(String.format("  carrot2-%s clusters %d%n", a.name().toLowerCase(), distinct(p.values())));
    }
  }

  /** Gold events split over several stories, then stories merging several gold events, with titles. */
  private void appendExplanation(StringBuilder out, Map<String, String> goldEvents, Map<String, String> ours) {
    Map<String, String> titles = new HashMap<>();
    gold.forEach(g -> titles.put(g.article().id(), g.article().title()));
    Map<String, List<String>> byGold = group(goldEvents);
    Map<String, List<String>> byOurs = group(ours);
    out.append("split gold events:\n");
    byGold.forEach((event, ids) -> {
      if (ids.stream().map(ours::get).distinct().count() > 1) {
        out.append("  ").append(event).append('\n');
        ids.forEach(id -> out.append(String.format("    %s %s  %s%n", ours.get(id), id, titles.get(id))));
      }
    });
    out.append("merged gold events:\n");
    byOurs.forEach((story, ids) -> {
      if (ids.stream().map(goldEvents::get).distinct().count() > 1) {
        out.append("  ").append(story).append('\n');
        ids.forEach(id -> out.append(String.format("    %s %s  %s%n", goldEvents.get(id), id, titles.get(id))));
      }
    });
  }

  private static Map<String, List<String>> group(Map<String, String> labels) {
    Map<String, List<String>> out = new TreeMap<>();
    labels.forEach((id, l) -> out.computeIfAbsent(l, k -> new ArrayList<>()).add(id));
    return out;
  }

  private static String line(String metric, String system, ClusterScores s) {
    return String.format("%-20s %-16s %s%n", metric, system, s);
  }

  private static long distinct(Collection<String> labels) {
    return labels.stream().distinct().count();
  }
}
