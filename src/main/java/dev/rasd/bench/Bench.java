package dev.rasd.bench;

import dev.rasd.Rasd;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;

/**
 * One bench run: ingests a stream through {@code Rasd.open(dir, window).ingest(batch, timings)} batch by
 * batch and measures, in the same run, end-to-end throughput, the per-stage breakdown, the first
 * and last {@value #GROWTH_WINDOW} articles' throughput, heap, store size on disk, search latency,
 * and the ArabicAnalyzer baseline over the same text. Making the stream is timed apart and never
 * counted as ingest. A scratch warm-up run comes first so the first window is not paying for JIT.
 */
public final class Bench {
  static final int GROWTH_WINDOW = 10_000;
  private static final int PROGRESS_EVERY = 5_000;
  private static final int QUERY_TITLES = 10_000;
  private static final long WARMUP_SALT = 0x5EED_0F_A11L;
  private static final double MB = 1024.0 * 1024.0;
  private static final double NANOS = 1e9;
  /** The pipeline stage whose tokens per second the entity target is about. */
  private static final String ENTITY_STAGE = "entities";

  private final BenchConfig config;
  private final BenchCorpus corpus;
  private final Consumer<String> progress;
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final QuerySet querySet = new QuerySet();
  private final AnalyzerBaseline baseline = new AnalyzerBaseline();
  private final List<long[]> batches = new ArrayList<>();
  private long bytes;
  private long taggedTokens;
  private long generationNanos;
  private long ingestNanos;
  private int articles;
  private int stored;
  private int alreadyStored;
  private OffsetDateTime first;
  private OffsetDateTime last;

  public Bench(BenchConfig config, BenchCorpus corpus, Consumer<String> progress) {
    this.config = config;
    this.corpus = corpus;
    this.progress = progress;
  }

  /** Runs the bench once; a {@code Bench} is not reusable. */
  public BenchResult run() throws IOException {
    warmUp();
    Path dir = config.dataDir() == null ? Files.createTempDirectory("rasd-bench") : emptyDataDir(config.dataDir());
    try {
      return measure(dir);
    } finally {
      baseline.close();
      if (config.dataDir() == null) {
        delete(dir);
      }
    }
  }

  private void warmUp() throws IOException {
    if (config.warmup() == 0) {
      return;
    }
    progress.accept("bench: warming up on " + config.warmup() + " articles in a scratch store");
    Path scratch = Files.createTempDirectory("rasd-bench-warmup");
    try (Rasd rasd = Rasd.open(scratch, window())) {
      Iterator<Article> stream = corpus.open(config.warmup(), config.seed() ^ WARMUP_SALT);
      try {
        for (List<Article> batch = nextBatch(stream); !batch.isEmpty(); batch = nextBatch(stream)) {
          rasd.ingest(batch);
        }
      } finally {
        closeIfNeeded(stream);
      }
    } finally {
      delete(scratch);
    }
  }

  private BenchResult measure(Path dir) throws IOException {
    BenchResult.Memory memory;
    SearchLatency search;
    long storeArticles;
    long storeStories;
    try (HeapSampler heap = new HeapSampler()) {
      double retainedMb;
      try (Rasd rasd = Rasd.open(dir, window())) {
        ingestAll(rasd, heap);
        retainedMb = heap.retainedNow() / MB;
        progress.accept("bench: searching " + config.queries() + " queries");
        try (DirectoryReader reader = rasd.index().openReader()) {
          search = SearchLatency.measure(reader, rasd.index().analyzer(), querySet.queries(config.queries()));
        }
        storeArticles = rasd.articleCount();
        storeStories = rasd.storyCount();
      }
      heap.sample();
      memory = new BenchResult.Memory(heap.peakUsed() / MB, heap.peakAfterGc() / MB, retainedMb,
          Runtime.getRuntime().maxMemory() / MB, heap.collections(), heap.collectionMillis() / 1000.0);
    }
    double storeMb = sizeOf(dir) / MB;
    BenchResult.Ingest ingest = new BenchResult.Ingest(ingestNanos / NANOS, rate(articles, ingestNanos),
        rate(bytes / MB, ingestNanos), stored, alreadyStored, generationNanos / NANOS);
    BenchResult.Growth growth = growth();
    return new BenchResult(setup(), corpusFigures(), ingest, stageTimes(), growth, memory,
        new BenchResult.StoreSize(storeMb, articles == 0 ? 0 : storeMb * 1024 / articles, storeArticles, storeStories),
        search, baselineFigures(ingest), Targets.check(articles, ingest, growth, memory, search, entityTokensPerSecond()));
  }

  /**
   * Tokens per second of the entity stage (tagger, lexicons and span rules) on one core: tokens of
   * the cleaned text of every analysed article over the stage's own time.
   */
  private double entityTokensPerSecond() {
    Long nanos = timings.get(ENTITY_STAGE);
    return nanos == null || nanos == 0 ? 0 : taggedTokens / (nanos / NANOS);
  }

  private BenchResult.Baseline baselineFigures(BenchResult.Ingest ingest) {
    double analyzerRate = rate(articles, baseline.nanos());
    return new BenchResult.Baseline(analyzerRate, rate(bytes / MB, baseline.nanos()),
        articles == 0 ? 0 : (double) baseline.tokens() / articles,
        analyzerRate == 0 ? 0 : ingest.articlesPerSecond() / analyzerRate);
  }

  private void ingestAll(Rasd rasd, HeapSampler heap) {
    Iterator<Article> stream = corpus.open(config.articles(), config.seed());
    int nextProgress = PROGRESS_EVERY;
    try {
      while (true) {
        long g0 = System.nanoTime();
        List<Article> batch = nextBatch(stream);
        generationNanos += System.nanoTime() - g0;
        if (batch.isEmpty()) {
          return;
        }
        observe(batch);
        baseline.time(batch);
        long t0 = System.nanoTime();
        Rasd.IngestResult result = rasd.ingest(batch, timings);
        long took = System.nanoTime() - t0;
        ingestNanos += took;
        batches.add(new long[] {batch.size(), took});
        stored += result.stored().size();
        countTaggedTokens(result.stored());
        alreadyStored += result.alreadyStored().size();
        if (articles >= nextProgress || !stream.hasNext()) {
          nextProgress += PROGRESS_EVERY;
          heap.sample();
          progress.accept(String.format("bench: %d/%d articles ingested, %.0f articles/s so far, peak heap %.0f MB",
              articles, config.articles(), rate(articles, ingestNanos), heap.peakUsed() / MB));
        }
      }
    } finally {
      closeIfNeeded(stream);
    }
  }

  /** Tokens of the cleaned text the entity stage tagged, counted after the timed ingest. */
  private void countTaggedTokens(List<AnalyzedArticle> analysed) {
    for (AnalyzedArticle a : analysed) {
      taggedTokens += Tokenizer.tokenize(a.text()).size();
    }
  }

  private void observe(List<Article> batch) {
    for (Article a : batch) {
      articles++;
      bytes += utf8Length(a.title()) + utf8Length(a.body());
      if (articles <= QUERY_TITLES) {
        querySet.observe(a.title());
      }
      if (a.published() != null) {
        first = first == null || a.published().isBefore(first) ? a.published() : first;
        last = last == null || a.published().isAfter(last) ? a.published() : last;
      }
    }
  }

  private List<Article> nextBatch(Iterator<Article> stream) {
    List<Article> batch = new ArrayList<>(config.batchSize());
    while (batch.size() < config.batchSize() && stream.hasNext()) {
      batch.add(stream.next());
    }
    return batch;
  }

  /** The clustering window both runs use: stories take articles this long after their first report. */
  private Duration window() {
    return Duration.ofDays(config.windowDays());
  }

  private BenchResult.Setup setup() {
    return new BenchResult.Setup(config.articles(), config.batchSize(), config.warmup(), config.seed(),
        config.windowDays(), Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / MB);
  }

  private BenchResult.Corpus corpusFigures() {
    double spanDays = first == null ? 0 : Duration.between(first, last).toSeconds() / 86_400.0;
    double perWindow = spanDays == 0 ? articles : Math.min(articles, articles / spanDays * config.windowDays());
    return new BenchResult.Corpus(corpus.description(), articles, bytes / MB, first == null ? null : first.toString(),
        last == null ? null : last.toString(), spanDays, perWindow);
  }

  /** The timings map in the order stages reported, plus "other": ingest time outside every stage. */
  private List<BenchResult.StageTime> stageTimes() {
    List<BenchResult.StageTime> out = new ArrayList<>();
    long accounted = 0;
    for (Map.Entry<String, Long> e : timings.entrySet()) {
      out.add(stageTime(e.getKey(), e.getValue()));
      accounted += e.getValue();
    }
    out.add(stageTime("other", Math.max(0, ingestNanos - accounted)));
    return out;
  }

  private BenchResult.StageTime stageTime(String name, long nanos) {
    return new BenchResult.StageTime(name, nanos / NANOS, ingestNanos == 0 ? 0 : 100.0 * nanos / ingestNanos,
        articles == 0 ? 0 : nanos / 1000.0 / articles);
  }

  /** Throughput of the first and the last window of whole batches, the window being at most half the run. */
  private BenchResult.Growth growth() {
    int window = Math.min(GROWTH_WINDOW, Math.max(1, articles / 2));
    double firstRate = windowRate(batches, window);
    double lastRate = windowRate(batches.reversed(), window);
    return new BenchResult.Growth(window, firstRate, lastRate, firstRate == 0 ? 0 : lastRate / firstRate);
  }

  private static double windowRate(List<long[]> batches, int window) {
    long count = 0;
    long nanos = 0;
    for (long[] b : batches) {
      if (count >= window) {
        break;
      }
      count += b[0];
      nanos += b[1];
    }
    return rate(count, nanos);
  }

  private static double rate(double amount, long nanos) {
    return nanos == 0 ? 0 : amount * NANOS / nanos;
  }

  /** UTF-8 byte count without encoding, so measuring the text does not allocate a copy of it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static Path emptyDataDir(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("--data " + dir + " is not empty; the bench needs a new or empty directory");
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static void closeIfNeeded(Iterator<Article> stream) {
    if (stream instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the bench input: " + e.getMessage(), e);
      }
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
