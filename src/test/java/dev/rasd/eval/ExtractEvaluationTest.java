package dev.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractEvaluationTest {
  private static final Path GOLD = Path.of("src/test/resources/extract-gold");

  @Test
  void rasdReachesTargetOnOwnGoldPagesAndBeatsReadability() {
    ExtractEvaluation.Report report = ExtractEvaluation.run(GOLD, ExtractBaselines.standard());
    for (ExtractEvaluation.PageScore page : report.pages()) {
      System.out.printf("%-22s %s%n", page.page(), page.bySystem().entrySet().stream()
          .map(e -> "%s P=%.3f R=%.3f F1=%.3f".formatted(e.getKey(), e.getValue().precision(), e.getValue().recall(), e.getValue().f1()))
          .toList());
    }
    System.out.println(report.meanF1());
    assertThat(report.pages()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(report.meanF1().get(ExtractBaselines.RASD)).isGreaterThanOrEqualTo(0.95);
    assertThat(report.meanF1().get(ExtractBaselines.RASD)).isGreaterThan(report.meanF1().get(ExtractBaselines.READABILITY));
  }

  @Test
  void tokenF1CountsRepeatedTokensAsAMultiset() {
    ExtractTokenF1 f = ExtractTokenF1.of("قال قال الوزير", "قال الوزير إن");
    assertThat(f.precision()).isEqualTo(2.0 / 3);
    assertThat(f.recall()).isEqualTo(2.0 / 3);
    assertThat(ExtractTokenF1.of("", "نص").f1()).isZero();
  }
}
