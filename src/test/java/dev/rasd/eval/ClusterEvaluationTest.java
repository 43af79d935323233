package dev.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rasd.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets on the shared gold-news dev set (dev figures: the set the constants were tuned on). */
class ClusterEvaluationTest {
  private static final Path DEV = Path.of("../shared/data/gold-news/dev.jsonl");

  @Test
  void devSetMeetsTheClusteringAndDedupTargets() throws IOException {
    assumeTrue(Files.isRegularFile(DEV), "gold-news dev set not present");
    List<ClusterGoldArticle> gold = ClusterGoldReader.read(DEV);
    ClusterEvaluation run = ClusterEvaluation.run(gold, Pipeline.standard());
    assertThat(ClusterMetrics.bcubed(run.predictedEvents(), run.goldEvents()).f1()).isGreaterThanOrEqualTo(0.95);
    ClusterScores dedup = run.dedup();
    assertThat(dedup.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(dedup.recall()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void goldIsFedInPublicationOrder() throws IOException {
    assumeTrue(Files.isRegularFile(DEV), "gold-news dev set not present");
    List<ClusterGoldArticle> gold = ClusterGoldReader.read(DEV);
    assertThat(gold).isSortedAccordingTo((a, b) -> a.article().published().compareTo(b.article().published()));
  }
}
