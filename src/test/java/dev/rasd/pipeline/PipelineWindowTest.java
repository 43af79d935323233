package dev.rasd.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.Article;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PipelineWindowTest {
  private static final OffsetDateTime MONDAY = OffsetDateTime.of(2025, 5, 5, 9, 0, 0, 0, ZoneOffset.ofHours(3));

  /**
   * A follow-up report of one event 30 hours after the first: inside a 7-day window it joins
   * the first report's story, with a 1-day window the first story no longer takes articles.
   */
  @Test
  void theEventWindowDecidesWhetherALateReportJoinsItsStory() {
    assertThat(storiesOfFirstAndFollowUp(Duration.ofDays(7))).isEqualTo(1);
    assertThat(storiesOfFirstAndFollowUp(Duration.ofDays(1))).isEqualTo(2);
  }

  private static long storiesOfFirstAndFollowUp(Duration window) {
    Pipeline pipeline = Pipeline.standard(window);
    String title = "افتتاح جسر الملك فهد الجديد فوق نهر الفرات في مدينة الرقة";
    String body = "افتتحت السلطات المحلية في مدينة الرقة جسرا جديدا فوق نهر الفرات بطول ثمانمئة متر. "
        + "وقال مسؤولون إن الجسر سيخفف الازدحام بين ضفتي النهر ويختصر الطريق إلى الأسواق.";
    String first = pipeline.process(new Article("first", "وكالة أ", null, MONDAY, title, body)).storyId();
    // Written anew rather than copied, so dedup does not tie it to the first report whatever the window.
    String followUp = pipeline.process(new Article("follow-up", "صحيفة ب", null, MONDAY.plusHours(30),
        "جسر الرقة الجديد فوق الفرات يخفف الازدحام بعد افتتاحه",
        "بعد افتتاح الجسر الجديد فوق نهر الفرات في الرقة، قال سكان إن الازدحام بين ضفتي النهر تراجع. "
            + "ويبلغ طول الجسر ثمانمئة متر ويختصر الطريق إلى الأسواق بحسب السلطات المحلية.")).storyId();
    return first.equals(followUp) ? 1 : 2;
  }
}
