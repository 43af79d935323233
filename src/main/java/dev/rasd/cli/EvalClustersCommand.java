package dev.rasd.cli;

import dev.rasd.eval.ClusterEvaluation;
import dev.rasd.eval.ClusterGoldArticle;
import dev.rasd.eval.ClusterGoldReader;
import dev.rasd.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval clusters}: story clustering, storylines and dedup against a labelled file, beside baselines. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {
        "Feeds labelled articles in publication order (labels stripped) through the standard pipeline and prints",
        "BCubed and pairwise P/R/F1 at event and storyline level, story counts and dedup P/R against copy_of,",
        "beside single-pass TF-IDF (best global threshold) and Carrot2 Lingo/STC on the same clean text.",
        "Undated inputs (headline files: id, title, family) are shuffled with a fixed seed, since their file",
        "order groups each family together."},
    footer = {"", "Example:", "  rasd eval clusters --gold ../shared/data/gold-news/dev.jsonl --explain",
        "  rasd eval clusters --gold ../shared/data/gold-news/dev.jsonl --without-bodies --skip-carrot2",
        "  rasd eval clusters --gold ../shared/data/headlines/headline_clusters.jsonl --skip-carrot2"})
public final class EvalClustersCommand implements Callable<Integer> {
  static final long SHUFFLE_SEED = 20250101L;

  @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "labelled articles (event or family per line)")
  Path gold;

  @Option(names = "--skip-carrot2", description = "leave out the Carrot2 baselines (their matrix factorisation takes many minutes on thousands of documents)")
  boolean skipCarrot2;

  @Option(names = "--explain", description = "list gold events split over stories and stories merging gold events, with titles")
  boolean explain;

  @Option(names = "--without-bodies", description = "drop every body first: measures the headline-only regime on an article gold")
  boolean withoutBodies;

  @Option(names = "--without-dates", description = "drop every publication time first: measures the undated regime")
  boolean withoutDates;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) {
      System.err.println("rasd eval clusters: " + gold + ": no such file");
      return 2;
    }
    List<ClusterGoldArticle> articles;
    try {
      articles = ClusterGoldReader.read(gold);
    } catch (IOException e) {
      System.err.println("rasd eval clusters: " + e.getMessage());
      return 2;
    }
    if (withoutBodies || withoutDates) {
      articles = articles.stream().map(a -> a.reduced(withoutBodies, withoutDates)).toList();
    }
    if (articles.stream().allMatch(a -> a.article().published() == null)) {
      articles = new ArrayList<>(articles);
      Collections.shuffle(articles, new Random(SHUFFLE_SEED));
    }
    try {
      System.out.print(ClusterEvaluation.run(articles, Pipeline.standard()).report(explain, !skipCarrot2));
    } catch (RuntimeException e) {
      System.err.println("rasd eval clusters: evaluating " + gold + " failed: " + e);
      return 1;
    }
    return 0;
  }
}
