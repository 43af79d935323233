package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicCliticsTest {
  // Each row: a normalised word and the clitic letters certainly attached before ال.
  @ParameterizedTest
  @CsvSource({"والجيش,1", "بالقاهره,1", "وبالقاهره,2", "للجيش,1", "الجيش,0", "بوتين,0", "لروسيا,0"})
  void certainPrefixNeedsTheArticle(String key, int expected) {
    assertThat(ArabicClitics.certainPrefix(key)).isEqualTo(expected);
  }

  // Each row: a word and whether it is a nisba adjective (attribute), not a name.
  @ParameterizedTest
  @CsvSource({"الليبي,true", "الروسيه,true", "المصريين,true", "والليبي,true", "ليبيا,false", "الكرملين,false", "بوتين,false"})
  void nisbaShapes(String key, boolean expected) {
    assertThat(ArabicClitics.isNisba(key)).isEqualTo(expected);
  }
}
