package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    assertThat(ArabicEditDistance.distance("الرميثي", "الريمثي")).isEqualTo(1.0);
  }

  @Test
  void differentNamesAreFar() {
    assertThat(NameVariantResolver.close("المسماري", "المسعري")).isTrue();
    assertThat(NameVariantResolver.close("المسماري", "العبيدي")).isFalse();
  }
}
