package dev.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the dev figures of the quotes and times layers on the shared gold-news file; skipped
 * when the data is not checked out next to the project. Thresholds are the targets for spans and
 * values; speaker attribution (canonical entity names compared strictly) is guarded just below its
 * measured dev level with the entity layer in the pipeline.
 */
class QuoteTimeEvaluationTest {
  private static final Path DEV = Path.of("../shared/data/gold-news/dev.jsonl");

  @Test
  void devFiguresStayAtTarget() {
    assumeTrue(Files.isRegularFile(DEV), "gold-news dev.jsonl not present");
    List<GoldArticle> gold = QuoteTimeGold.read(DEV);
    QuoteTimeGold.Analysis analysed = QuoteTimeGold.analyse(gold);
    TimeEvaluation.TimeScores times = TimeEvaluation.score(gold, analysed.articles());
    QuoteEvaluation.QuoteScores quotes = QuoteEvaluation.score(gold, analysed);
    assertThat(times.accuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(times.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(quotes.f1()).isGreaterThanOrEqualTo(0.95);
    // measured 0.930 with cue-driven person names, respelt speakers kept on their entity and
    // members speaking for their body; guarded at the target 0.90, leaving room for a
    // retrained tagger. Earlier: 0.829 with lead-in quotes and bare titles resolved (0.810 once canonical names prefer
    // full forms and glued names are split, 0.775 with the retrained entity layer, 0.740 before the
    // linker was adapted to it, 0.753 with the previous layer, 0.578 before speaker linking); guarded just below
    assertThat(quotes.attribution()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void speakerNamesAreNestedByWordsIgnoringParticleSpacingAndArticle() {
    assertThat(QuoteEvaluation.nestedName("سالم الورشفاني", "سالم بوعزيزة الورشفاني")).isTrue();
    assertThat(QuoteEvaluation.nestedName("عبدالرحيم", "الطاهر عبد الرحيم")).isTrue();
    assertThat(QuoteEvaluation.nestedName("الصندوق", "صندوق النقد الدولي")).isTrue();
    assertThat(QuoteEvaluation.nestedName("سالم الورشفاني", "حسين الفرجاني")).isFalse();
  }
}
