package dev.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicStemmerTest {
  private final ArabicStemmer stemmer = new ArabicStemmer();

  @Test
  void dropsStopwordsAndStripsLightAffixes() {
    // "في" and "من" are stopwords; والمفاوضات and المفاوضات share a light stem (و + ال + ات removed).
    assertThat(stemmer.stems("في المفاوضات والمفاوضات من")).hasSize(2).allMatch(s -> s.equals(stemmer.stems("مفاوض").get(0)));
  }

  @Test
  void spellingVariantsShareAStem() {
    // Hamza and teh marbuta variants of one word meet after normalisation.
    assertThat(stemmer.stems("الأزمة")).isEqualTo(stemmer.stems("الازمه"));
  }
}
