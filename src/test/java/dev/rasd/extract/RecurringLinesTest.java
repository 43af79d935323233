package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringLinesTest {
  /** Fixture: an outlet footer line, present under every article. */
  private static final BodyLine FOOTER = BodyLine.of("تابعوا نشرة البحر على مدار الساعة");
  /** Fixture: a line an outlet printed for a few days only. */
  private static final BodyLine SEASONAL = BodyLine.of("تغطية خاصة لموسم الصيد");

  @Test
  void forgetsLinesNotSeenForLongButKeepsTheTemplate() {
    RecurringLines recurring = new RecurringLines();
    for (int i = 0; i < 3; i++) {
      recurring.record("outlet", List.of(FOOTER, SEASONAL));
    }
    // Every later article brings one new headline-like line: memory must stay bounded.
    for (int i = 0; i < RecurringLines.MAX_LINES_PER_OUTLET; i++) {
      recurring.record("outlet", List.of(FOOTER, BodyLine.of("عنوان متغير رقم " + i)));
    }

    assertThat(recurring.isRecurring("outlet", FOOTER)).isTrue();
    assertThat(recurring.isRecurring("outlet", SEASONAL)).isFalse();
  }

  @Test
  void countsALineOncePerArticle() {
    // Fixture: one article repeating the same prompt three times is still one article.
    RecurringLines recurring = new RecurringLines();
    recurring.record("outlet", List.of(FOOTER, FOOTER, FOOTER));

    assertThat(recurring.isRecurring("outlet", FOOTER)).isFalse();
  }
}
