package dev.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
  /** Gold: {a,b,c} {d,e}. */
  private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");

  @Test
  void perfectPartitionScoresOne() {
    Map<String, String> same = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
    assertThat(ClusterMetrics.bcubed(same, GOLD).f1()).isEqualTo(1.0);
    assertThat(ClusterMetrics.pairwise(same, GOLD).f1()).isEqualTo(1.0);
  }

  @Test
  void allSingletonsHavePerfectPrecisionAndLowRecall() {
    Map<String, String> single = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
    ClusterScores b = ClusterMetrics.bcubed(single, GOLD);
    assertThat(b.precision()).isEqualTo(1.0);
    // recall per item: a,b,c 1/3 each; d,e 1/2 each → (1 + 1) / 5
    assertThat(b.recall()).isCloseTo(0.4, within(1e-9));
    ClusterScores p = ClusterMetrics.pairwise(single, GOLD);
    assertThat(p.precision()).isEqualTo(1.0);
    assertThat(p.recall()).isEqualTo(0.0);
  }

  @Test
  void oneBigClusterHasPerfectRecallAndLowPrecision() {
    Map<String, String> one = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
    ClusterScores b = ClusterMetrics.bcubed(one, GOLD);
    assertThat(b.recall()).isEqualTo(1.0);
    // precision per item: a,b,c 3/5; d,e 2/5 → 13/25
    assertThat(b.precision()).isCloseTo(13.0 / 25, within(1e-9));
    // 10 predicted pairs, 3 + 1 gold pairs
    assertThat(ClusterMetrics.pairwise(one, GOLD).precision()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void mergingOneItemIntoTheWrongClusterCostsPrecisionAndRecall() {
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
    ClusterScores b = ClusterMetrics.bcubed(pred, GOLD);
    // precision: a,b 1; c 1/3; d,e 2/3 → (2 + 1/3 + 4/3) / 5
    assertThat(b.precision()).isCloseTo((2 + 1.0 / 3 + 4.0 / 3) / 5, within(1e-9));
    // recall: a,b 2/3; c 1/3; d,e 1 → (4/3 + 1/3 + 2) / 5
    assertThat(b.recall()).isCloseTo((4.0 / 3 + 1.0 / 3 + 2) / 5, within(1e-9));
    ClusterScores p = ClusterMetrics.pairwise(pred, GOLD);
    // predicted pairs ab, cd, ce, de: right ab, de → 2/4; gold pairs ab ac bc de: found 2/4
    assertThat(p.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(p.recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void itemMissingFromThePredictionCountsAsASingleton() {
    Map<String, String> pred = Map.of("a", "x", "b", "x", "d", "y", "e", "y");
    ClusterScores b = ClusterMetrics.bcubed(pred, GOLD);
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isLessThan(1.0);
  }
}
