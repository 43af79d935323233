package dev.rasd.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Renders a {@link BenchResult} as the stdout table and as the JSON result file. */
public final class BenchReport {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchReport() {
  }

  public static void writeJson(BenchResult result, Path file) throws IOException {
    MAPPER.writeValue(file.toFile(), result);
  }

  public static String table(BenchResult r) {
    StringBuilder out = new StringBuilder();
    BenchResult.Setup s = r.setup();
    BenchResult.Corpus c = r.corpus();
    line(out, "Rasd bench: %d articles, batch %d, warm-up %d, seed %d; Java %s, %d cores, max heap %.0f MB",
        c.articles(), s.batchSize(), s.warmup(), s.seed(), s.javaVersion(), s.processors(), s.maxHeapMb());
    line(out, "Corpus    %s", c.description());
    line(out, "          %.1f MB of title+body, %s .. %s (%.1f days), ~%.0f articles per %d-day window",
        c.megabytes(), c.firstPublished(), c.lastPublished(), c.spanDays(), c.articlesPerWindow(), s.windowDays());
    BenchResult.Ingest i = r.ingest();
    line(out, "Ingest    %.1f s: %.0f articles/s, %.2f MB/s (%d stored, %d already stored; stream made in %.1f s, not counted)",
        i.seconds(), i.articlesPerSecond(), i.megabytesPerSecond(), i.stored(), i.alreadyStored(), i.generationSeconds());
    BenchResult.Baseline b = r.baseline();
    line(out, "Baseline  ArabicAnalyzer alone: %.0f articles/s, %.2f MB/s (%.0f tokens/article); pipeline/analyzer = %.4f (analyzer is %.1fx faster)",
        b.analyzerArticlesPerSecond(), b.analyzerMegabytesPerSecond(), b.tokensPerArticle(), b.pipelineToAnalyzerRatio(),
        b.pipelineToAnalyzerRatio() == 0 ? 0 : 1 / b.pipelineToAnalyzerRatio());
    line(out, "");
    line(out, "  %-12s %8s %7s %12s", "stage", "seconds", "share", "us/article");
    for (BenchResult.StageTime t : r.stages()) {
      line(out, "  %-12s %8.2f %6.1f%% %12.1f", t.name(), t.seconds(), t.percent(), t.microsPerArticle());
    }
    line(out, "");
    BenchResult.Growth g = r.growth();
    line(out, "Growth    first %d: %.0f articles/s; last %d: %.0f articles/s; last/first = %.2f",
        g.windowArticles(), g.firstArticlesPerSecond(), g.windowArticles(), g.lastArticlesPerSecond(), g.lastToFirstRatio());
    BenchResult.Memory m = r.memory();
    line(out, "Heap      peak used %.0f MB; peak after GC %.0f MB; retained after ingest %.0f MB; %d GCs, %.1f s",
        m.peakUsedMb(), m.peakAfterGcMb(), m.retainedAfterIngestMb(), m.collections(), m.collectionSeconds());
    BenchResult.StoreSize d = r.store();
    line(out, "Store     %.1f MB on disk (%.1f KB/article); %d articles in %d stories",
        d.megabytes(), d.kilobytesPerArticle(), d.articles(), d.stories());
    SearchLatency q = r.search();
    line(out, "Search    %d queries, %d searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%.1f results each)",
        q.queries(), q.samples(), q.p50Ms(), q.p95Ms(), q.p99Ms(), q.meanResults());
    line(out, "");
    line(out, "Targets (2-core machine)");
    for (BenchResult.TargetCheck t : r.targets()) {
      line(out, "  %s  %-32s %-20s measured %.2f %s%s", t.verdict(), t.name(), t.target(), t.measured(), t.unit(),
          t.note().isEmpty() ? "" : "  (" + t.note() + ")");
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
