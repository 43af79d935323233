package dev.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.eval.TimeEvaluation.TimeScores;
import dev.rasd.model.AnalyzedArticle;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Date expressions on the bundled demo corpus (no shared data needed): every labelled expression
 * must be found with its exact resolved value, through the standard pipeline in published order.
 */
class DemoCorpusTimesTest {
  @TempDir
  Path dir;

  @Test
  void labelledDatesResolveToTheirExactValues() {
    DemoGold demo = DemoGold.read(dir);
    List<AnalyzedArticle> analysed = QuoteTimeGold.analyse(demo.articles).articles();
    TimeScores s = TimeEvaluation.score(demo.articles, analysed);
    System.out.printf("demo times: gold %d, found %d, accuracy %.3f%n", s.gold(), s.found(), s.accuracy());
    s.errors().stream().filter(e -> e.contains(" missed ")).forEach(System.out::println);
    assertThat(s.gold()).isGreaterThan(50);
    assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.95);
  }
}
