package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicEditDistanceTest {
  @Test
  void similarLettersCostLess() {
    // The foreign g written غ or ج (سيرغي/سيرجي) is cheaper than an unrelated letter.
    assertThat(ArabicEditDistance.distance("سيرغي", "سيرجي")).isEqualTo(0.5);
    assertThat(ArabicEditDistance.distance("سيرغي", "سيرمي")).isEqualTo(1.0);
  }

  @Test
  void vowelDropsAndSwapsAreCheap() {
    assertThat(ArabicEditDistance.distance("المسماري", "المسمري")).isEqualTo(0.5);
    assertThat(ArabicEditDistance.distance("الكبيسي", "الكيبسي")).isEqualTo(1.0);
  }

  @Test
  void differentNamesAreFar() {
    assertThat(NameVariantResolver.close("المسماري", "المسعري")).isTrue();
    assertThat(NameVariantResolver.close("المسماري", "العبيدي")).isFalse();
  }

  @Test
  void aFinalSibilantIsCheapOnlyAtTheEnd() {
    // The final s of a Portuguese name heard as ش or ز; inside a word ش/س tell names apart.
    assertThat(ArabicEditDistance.distance("ماركيش", "ماركيز")).isEqualTo(0.5);
    assertThat(ArabicEditDistance.distance("بشير", "بسير")).isEqualTo(1.0);
  }

  @Test
  void aSharedParticleDoesNotBuyTheBudget() {
    // Two different compound names that share only "عبد": two substitutions in the name proper.
    assertThat(NameVariantResolver.close("عبدالحكيم", "عبدالحميد")).isFalse();
    assertThat(NameVariantResolver.close("عبدالرحمان", "عبدالرحمن")).isTrue();
  }

  // Pairs of transliteration variants and unrelated names written for Rasd: a dropped vowel, a
  // doubled consonant, g as غ/ج, a swap, and far pairs of equal and unequal length.
  @ParameterizedTest
  @CsvSource({"المسماري,المسمري", "اوموتيلو,اوموتيللو", "سيرغي,سيرجي", "الكبيسي,الكيبسي", "المسماري,العبيدي",
      "بوتين,لافروف", "عبدالله,عبداللهالثاني", "حفتر,حفترر", "ماركيش,ماركيز", "فرناندس,فرنانديش"})
  void withinAgreesWithTheFullDistanceAtEveryBudget(String a, String b) {
    double d = ArabicEditDistance.distance(a, b);
    for (double budget = 0; budget <= 4; budget += 0.25) {
      assertThat(ArabicEditDistance.within(a, b, budget)).as("%s/%s at %s", a, b, budget).isEqualTo(d <= budget);
    }
  }
}
