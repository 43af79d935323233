package dev.rasd.bench;

import java.nio.file.Path;

/**
 * One bench run's settings.
 *
 * @param articles   articles to ingest in the measured run
 * @param batchSize  articles per {@code Rasd.ingest} call
 * @param warmup     articles ingested first into a scratch store, unmeasured, so the JIT has
 *                   compiled the pipeline before the first-10k window is timed
 * @param seed       picks the synthetic stream; the same seed gives the same articles
 * @param windowDays the clustering window: stories take articles this many days after their first report
 *                   (the clusterer evicts older ones); also gives the articles-per-window figure
 * @param queries    size of the search query set
 * @param dataDir    where the measured store goes (kept), or null for a temporary one (removed)
 */
public record BenchConfig(int articles, int batchSize, int warmup, long seed, int windowDays, int queries, Path dataDir) {
  public BenchConfig {
    if (articles < 1 || batchSize < 1 || warmup < 0 || windowDays < 1 || queries < 0) {
      throw new IllegalArgumentException("bench settings must be positive: articles=" + articles + ", batch="
          + batchSize + ", warmup=" + warmup + ", window-days=" + windowDays + ", queries=" + queries);
    }
  }
}
