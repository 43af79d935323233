package dev.rasd.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Everything one bench run measured; written as the JSON result and printed as the table. */
public record BenchResult(Setup setup, Corpus corpus, Ingest ingest, List<StageTime> stages, Growth growth,
                          Memory memory, StoreSize store, SearchLatency search, Baseline baseline,
                          List<TargetCheck> targets) {
  public BenchResult {
    stages = List.copyOf(stages);
    targets = List.copyOf(targets);
  }

  /** The settings and the machine. */
  public record Setup(int articles, int batchSize, int warmup, long seed, int windowDays, String javaVersion,
                      int processors, double maxHeapMb) {
  }

  /**
   * The measured stream: its size, UTF-8 megabytes of title and body, publication span, and how many
   * articles fall in one clustering window at its density.
   */
  public record Corpus(String description, int articles, double megabytes, String firstPublished,
                       String lastPublished, double spanDays, double articlesPerWindow) {
  }

  /** End-to-end ingest; {@code generationSeconds} (making the stream) is excluded from the rates. */
  public record Ingest(double seconds, double articlesPerSecond, double megabytesPerSecond, int stored,
                       int alreadyStored, double generationSeconds) {
  }

  /** One stage's share of ingest time; "other" is ingest time no stage reported. */
  public record StageTime(String name, double seconds, double percent, double microsPerArticle) {
  }

  /** Throughput of the first and the last {@code windowArticles}: flat cost as the archive grows. */
  public record Growth(int windowArticles, double firstArticlesPerSecond, double lastArticlesPerSecond,
                       double lastToFirstRatio) {
  }

  /** Heap in MB (see {@link HeapSampler}) and garbage collection since the measured run began. */
  public record Memory(double peakUsedMb, double peakAfterGcMb, double retainedAfterIngestMb, double maxHeapMb,
                       long collections, double collectionSeconds) {
  }

  /** The data directory on disk after closing. */
  public record StoreSize(double megabytes, double kilobytesPerArticle, long articles, long stories) {
  }

  /** ArabicAnalyzer alone over the same text, and the pipeline's throughput as a fraction of it. */
  public record Baseline(double analyzerArticlesPerSecond, double analyzerMegabytesPerSecond,
                         double tokensPerArticle, double pipelineToAnalyzerRatio) {
  }

  /** One target from the brief and whether this run met it; {@code note} qualifies the comparison. */
  public record TargetCheck(String name, String target, double measured, String unit, boolean pass, String note) {
    @JsonProperty("verdict")
    public String verdict() {
      return pass ? "PASS" : "MISS";
    }
  }
}
