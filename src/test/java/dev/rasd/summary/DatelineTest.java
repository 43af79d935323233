package dev.rasd.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void placeAndAgencyBeforeTheDashAreTheDateline() {
    String s = "نواكشوط (وكالة الصحراء) - افتتحت الحكومة اليوم محطة تحلية جديدة.";
    assertThat(s.substring(Dateline.length(s))).startsWith("افتتحت الحكومة");
  }

  @Test
  void aBarePlaceNameWithADashIsADateline() {
    String s = "الدار البيضاء - ارتفعت أسعار الخضر في الأسواق.";
    assertThat(s.substring(Dateline.length(s))).startsWith("ارتفعت");
  }

  /** A sentence with a dash later on, after more than two words, has no dateline. */
  @Test
  void aDashInsideASentenceIsNotADateline() {
    assertThat(Dateline.length("فاز الفريق المحلي على ضيفه 2 - 1 في مباراة مثيرة.")).isZero();
  }
}
