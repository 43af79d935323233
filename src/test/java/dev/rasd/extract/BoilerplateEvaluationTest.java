package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Dev figures on the shared gold-news set; skipped when the data is not present. */
class BoilerplateEvaluationTest {
  private static final Path DEV = Path.of("../shared/data/gold-news/dev.jsonl");

  @Test
  void removesCruftLinesWithHighPrecisionOnDevSet() throws Exception {
    assumeTrue(Files.isRegularFile(DEV), "gold-news dev set not present");
    BoilerplateEvaluation.Result result = BoilerplateEvaluation.evaluate(DEV);
    System.out.println("boilerplate dev: " + result);
    result.errors().forEach(System.out::println);
    assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(result.recall()).isGreaterThanOrEqualTo(0.8);
    assertThat(result.wrongTitles()).isZero();
  }
}
