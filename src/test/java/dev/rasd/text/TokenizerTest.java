package dev.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {
  @Test
  void keepsOffsetsIntoTheOriginalText() {
    // A dateline, a quotation mark glued to a word, and a decimal number: every token must point back exactly.
    String text = "بنغازي (الساحل) - قال «المتحدث» إن الخسائر بلغت 3.5 مليون دينار.";
    List<Token> tokens = Tokenizer.tokenize(text);
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(tokens).extracting(Token::text)
        .containsExactly("بنغازي", "الساحل", "قال", "المتحدث", "إن", "الخسائر", "بلغت", "3.5", "مليون", "دينار");
  }

  @Test
  void keepsDiacriticsAndTatweelInsideWordsButNotInKeys() {
    // Vowelled and stretched spellings are one token each, with the plain key.
    List<Token> tokens = Tokenizer.tokenize("أكّدَ الوزيـــر");
    assertThat(tokens).extracting(Token::text).containsExactly("أكّدَ", "الوزيـــر");
    assertThat(tokens).extracting(Token::key).containsExactly("اكد", "الوزير");
  }

  @Test
  void readsEasternArabicNumbersWithTheirSeparator() {
    // ٣٫٥ is 3.5 written with Arabic-Indic digits and the Arabic decimal separator.
    List<Token> tokens = Tokenizer.tokenize("ارتفع بنسبة ٣٫٥ في المئة يوم ٢١");
    assertThat(tokens).filteredOn(Token::isNumber).extracting(Token::key).containsExactly("3٫5", "21");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2024})
  void offsetsStayExactOnRandomMixedText(long seed) {
    // Seeded random mixes of Arabic words, Latin words, digits and punctuation.
    String[] pieces = {"الرئيس", "وبموسكو", "CNN", "١٢", "2.75", "«", "»", "،", ".", " ", "\n\n", "؟", "مُحَمَّد", "-"};
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    String text = sb.toString();
    int previousEnd = 0;
    for (Token t : Tokenizer.tokenize(text)) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      previousEnd = t.end();
    }
  }
}
