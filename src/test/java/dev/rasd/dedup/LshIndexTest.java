package dev.rasd.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class LshIndexTest {
  private static final MinHasher HASHER = new MinHasher(64);
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-05-04T09:00:00+03:00");
  /** A short wire report; its copies share every band with it. */
  private static final String REPORT =
      "أعلنت شركة الكهرباء الوطنية اليوم عودة التيار إلى أحياء شرق المدينة بعد انقطاع دام ست ساعات بسبب عطل في محطة التحويل الرئيسية.";

  private static Fingerprint copy(String id, OffsetDateTime at) {
    return Fingerprint.of(id, at, "عودة التيار الكهربائي", REPORT, HASHER);
  }

  @Test
  void aCopySharingEveryBandIsACandidateOnce() {
    LshIndex index = new LshIndex(32, 2, Duration.ofDays(7), 100);
    Fingerprint original = copy("E-1", T0);
    index.add(original);
    index.add(Fingerprint.of("E-2", T0, "مباراة ودية", "تعادل المنتخب الوطني مع ضيفه في مباراة ودية أقيمت مساء اليوم على الملعب البلدي.", HASHER));
    assertThat(index.candidates(copy("E-3", T0.plusHours(1)))).containsExactly(original);
    assertThat(index.candidates(copy("E-4", T0.plusHours(2)))).containsExactly(original);
  }

  @Test
  void entriesOlderThanTheWindowLeaveEveryBucket() {
    LshIndex index = new LshIndex(32, 2, Duration.ofDays(7), 100);
    index.add(copy("E-1", T0));
    index.add(copy("E-2", T0.plusDays(8)));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.candidates(copy("E-3", T0.plusDays(8)))).extracting(Fingerprint::articleId).containsExactly("E-2");
  }
}
