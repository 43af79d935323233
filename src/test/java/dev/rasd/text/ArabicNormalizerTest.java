package dev.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // hamza-carrying alef forms fold to bare alef: outlets write أحمد and احمد interchangeably
      "أحمد, احمد",
      "إبراهيم, ابراهيم",
      "آمال, امال",
      "ٱلقاهرة, القاهره",
      // alef maqsura vs yeh at word end: مصطفى / مصطفي
      "مصطفى, مصطفي",
      // teh marbuta vs heh: الوكالة / الوكاله
      "الوكالة, الوكاله",
      // tatweel stretching a headline word
      "الرئيـــس, الرئيس",
      // diacritics (harakat, shadda, sukun) printed only sometimes
      "مُحَمَّد, محمد",
      "صرّح, صرح",
      // Eastern Arabic and Persian digits become ASCII
      "٢١ يوليو, 21 يوليو",
      "۱۴۰۳, 1403",
  })
  void foldsSpellingVariantsToOneKey(String written, String key) {
    assertThat(ArabicNormalizer.key(written)).isEqualTo(key);
  }

  @ParameterizedTest(name = "presentation form {0}")
  @CsvSource({
      // U+FEDF U+FEE0 U+FE8E: isolated/initial presentation forms of لا written as glyphs, as in old PDFs
      "\uFEDF\uFEE0\uFE8E, للا",
      // U+FEFB: the lam-alef ligature
      "\uFEFB, لا",
  })
  void foldsPresentationFormsThroughNfkc(String written, String key) {
    assertThat(ArabicNormalizer.key(written)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"ب, true", "ة, true", "a, false", "٣, false", "،, false"})
  void recognisesArabicLetters(char c, boolean letter) {
    assertThat(ArabicNormalizer.isArabicLetter(c)).isEqualTo(letter);
  }
}
