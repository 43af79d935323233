package dev.rasd.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole harness on a tiny stream (recombined from the bundled demo corpus when the build
 * has it, else from the test fixtures) and checks the JSON result: every field present, values
 * plausible, ratios computed from their parts. Speed is never asserted.
 */
class BenchHarnessTest {
  private static final int ARTICLES = 300;
  private static final Map<String, List<String>> FIELDS = Map.of(
      "setup", List.of("articles", "batchSize", "warmup", "seed", "windowDays", "javaVersion", "processors", "maxHeapMb"),
      "corpus", List.of("description", "articles", "megabytes", "firstPublished", "lastPublished", "spanDays",
          "articlesPerWindow"),
      "ingest", List.of("seconds", "articlesPerSecond", "megabytesPerSecond", "stored", "alreadyStored",
          "generationSeconds"),
      "growth", List.of("windowArticles", "firstArticlesPerSecond", "lastArticlesPerSecond", "lastToFirstRatio"),
      "memory", List.of("peakUsedMb", "peakAfterGcMb", "retainedAfterIngestMb", "maxHeapMb", "collections",
          "collectionSeconds"),
      "store", List.of("megabytes", "kilobytesPerArticle", "articles", "stories"),
      "search", List.of("queries", "samples", "p50Ms", "p95Ms", "p99Ms", "meanResults"),
      "baseline", List.of("analyzerArticlesPerSecond", "analyzerMegabytesPerSecond", "tokensPerArticle",
          "pipelineToAnalyzerRatio"));

  @TempDir
  static Path dir;
  static BenchResult result;
  static JsonNode json;

  @BeforeAll
  static void runTheBench() throws Exception {
    SourceCorpus demo = SourceCorpus.load(dir.resolve("no-shared-dir"));
    SourceCorpus sources = demo.isEmpty() ? SourceFixtures.corpus() : demo;
    BenchConfig config = new BenchConfig(ARTICLES, 50, 60, 42, 7, 10, null);
    result = new Bench(config, new BenchCorpus.Recombined(sources, 500), line -> { }).run();
    Path out = dir.resolve("bench.json");
    BenchReport.writeJson(result, out);
    json = new ObjectMapper().readTree(out.toFile());
  }

  @Test
  void theJsonHasEverySectionAndField() {
    FIELDS.forEach((section, fields) -> {
      JsonNode node = json.get(section);
      assertThat(node).as(section).isNotNull();
      assertThat(fields).allSatisfy(f -> assertThat(node.has(f)).as(section + "." + f).isTrue());
    });
    assertThat(json.get("stages")).isNotEmpty().allSatisfy(stage -> assertThat(List.of("name", "seconds", "percent",
        "microsPerArticle")).allSatisfy(f -> assertThat(stage.has(f)).as("stages[]." + f).isTrue()));
    assertThat(json.get("targets")).hasSize(5).allSatisfy(t -> assertThat(List.of("name", "target", "measured", "unit",
        "pass", "note", "verdict")).allSatisfy(f -> assertThat(t.has(f)).as("targets[]." + f).isTrue()));
  }

  @Test
  void everyNumberIsNonNegativeAndFinite() {
    List<Double> numbers = new ArrayList<>();
    collectNumbers(json, numbers);
    assertThat(numbers).hasSizeGreaterThan(40).allSatisfy(n -> assertThat(n).isNotNaN().isNotNegative().isFinite());
  }

  @Test
  void theStreamWasIngestedAndStored() {
    assertThat(json.at("/corpus/articles").asInt()).isEqualTo(ARTICLES);
    assertThat(json.at("/ingest/stored").asInt() + json.at("/ingest/alreadyStored").asInt()).isEqualTo(ARTICLES);
    assertThat(json.at("/store/articles").asLong()).isEqualTo(json.at("/ingest/stored").asLong());
    assertThat(json.at("/store/megabytes").asDouble()).isPositive();
    assertThat(json.at("/corpus/megabytes").asDouble()).isPositive();
    assertThat(json.at("/ingest/articlesPerSecond").asDouble()).isPositive();
    assertThat(json.at("/memory/peakUsedMb").asDouble()).isPositive()
        .isLessThanOrEqualTo(json.at("/memory/maxHeapMb").asDouble());
  }

  @Test
  void stageSharesAccountForTheWholeIngestTime() {
    double percent = 0;
    double seconds = 0;
    for (JsonNode stage : json.get("stages")) {
      percent += stage.get("percent").asDouble();
      seconds += stage.get("seconds").asDouble();
    }
    assertThat(percent).isCloseTo(100, within(0.5));
    assertThat(seconds).isCloseTo(json.at("/ingest/seconds").asDouble(), within(0.01));
    assertThat(json.get("stages")).extracting(s -> s.get("name").asText()).contains("clean", "store", "other");
  }

  @Test
  void percentilesAreOrdered() {
    JsonNode search = json.get("search");
    assertThat(search.get("queries").asInt()).isEqualTo(10);
    assertThat(search.get("samples").asInt()).isEqualTo(10 * SearchLatency.ROUNDS);
    assertThat(search.get("p50Ms").asDouble()).isPositive().isLessThanOrEqualTo(search.get("p95Ms").asDouble());
    assertThat(search.get("p95Ms").asDouble()).isLessThanOrEqualTo(search.get("p99Ms").asDouble());
    assertThat(search.get("meanResults").asDouble()).isPositive();
  }

  @Test
  void ratiosAreComputedFromTheirParts() {
    JsonNode growth = json.get("growth");
    assertThat(growth.get("windowArticles").asInt()).isEqualTo(ARTICLES / 2);
    assertThat(growth.get("lastToFirstRatio").asDouble()).isPositive().isCloseTo(
        growth.get("lastArticlesPerSecond").asDouble() / growth.get("firstArticlesPerSecond").asDouble(), within(1e-9));
    JsonNode baseline = json.get("baseline");
    assertThat(baseline.get("pipelineToAnalyzerRatio").asDouble()).isPositive().isCloseTo(
        json.at("/ingest/articlesPerSecond").asDouble() / baseline.get("analyzerArticlesPerSecond").asDouble(), within(1e-9));
  }

  @Test
  void targetVerdictsFollowTheMeasuredValues() {
    assertThat(result.targets()).extracting(BenchResult.TargetCheck::name).containsExactly(
        "end-to-end throughput", "flat cost as the archive grows", "peak heap", "search p95", "entities stage, one core");
    assertThat(result.targets().get(0).pass()).isEqualTo(result.ingest().articlesPerSecond() >= 1_000);
    assertThat(result.targets().get(1).pass()).isEqualTo(result.growth().lastToFirstRatio() >= 0.9);
    assertThat(result.targets().get(2).pass()).isEqualTo(result.memory().peakUsedMb() <= 1_024);
    assertThat(result.targets().get(3).pass()).isEqualTo(result.search().p95Ms() <= 50);
    assertThat(result.targets().get(3).note()).contains("100000");
    // tokens of the analysed text over the entities stage's time: positive, and a verdict that follows it
    assertThat(result.targets().get(4).measured()).isPositive();
    assertThat(result.targets().get(4).pass()).isEqualTo(result.targets().get(4).measured() >= 200_000);
  }

  @Test
  void theTableShowsEveryStageAndTarget() {
    String table = BenchReport.table(result);
    assertThat(table).contains("articles/s", "pipeline/analyzer", "last/first", "p95", "Targets");
    result.stages().forEach(s -> assertThat(table).contains(s.name()));
    assertThat(table.lines().filter(l -> l.startsWith("  PASS") || l.startsWith("  MISS"))).hasSize(5);
  }

  private static void collectNumbers(JsonNode node, List<Double> out) {
    if (node.isNumber()) {
      out.add(node.asDouble());
    }
    node.forEach(child -> collectNumbers(child, out));
  }
}
