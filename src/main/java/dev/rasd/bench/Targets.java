package dev.rasd.bench;

import java.util.List;

/**
 * The performance targets for a 2-core machine, checked against a run. The bench never fails on
 * them; it prints PASS or MISS. Heap and search targets are stated for
 * {@value #TARGET_ARTICLES} articles, so a smaller run is marked as such.
 */
final class Targets {
  static final int TARGET_ARTICLES = 100_000;
  static final double MIN_ARTICLES_PER_SECOND = 1_000;
  static final double MIN_LAST_TO_FIRST = 0.9;
  static final double MAX_HEAP_MB = 1_024;
  static final double MAX_SEARCH_P95_MS = 50;
  static final double MIN_ENTITY_TOKENS_PER_SECOND = 200_000;

  private Targets() {
  }

  static List<BenchResult.TargetCheck> check(int articles, BenchResult.Ingest ingest, BenchResult.Growth growth,
                                             BenchResult.Memory memory, SearchLatency search, double entityTokensPerSecond) {
    String scale = articles >= TARGET_ARTICLES ? "" : "target is for " + TARGET_ARTICLES + " articles; this run has " + articles;
    return List.of(
        new BenchResult.TargetCheck("end-to-end throughput", ">= 1000 articles/s", ingest.articlesPerSecond(),
            "articles/s", ingest.articlesPerSecond() >= MIN_ARTICLES_PER_SECOND, ""),
        new BenchResult.TargetCheck("flat cost as the archive grows", "last/first >= 0.9", growth.lastToFirstRatio(),
            "ratio", growth.lastToFirstRatio() >= MIN_LAST_TO_FIRST,
            "first and last " + growth.windowArticles() + " articles"),
        new BenchResult.TargetCheck("peak heap", "<= 1024 MB", memory.peakUsedMb(), "MB",
            memory.peakUsedMb() <= MAX_HEAP_MB, scale),
        new BenchResult.TargetCheck("search p95", "<= 50 ms", search.p95Ms(), "ms",
            search.samples() > 0 && search.p95Ms() <= MAX_SEARCH_P95_MS, scale),
        new BenchResult.TargetCheck("entities stage, one core", ">= 200000 tokens/s", entityTokensPerSecond, "tokens/s",
            entityTokensPerSecond >= MIN_ENTITY_TOKENS_PER_SECOND, "tagger, lexicons and span rules on the analysed text"));
  }
}
