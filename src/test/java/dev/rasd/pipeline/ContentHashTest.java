package dev.rasd.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.Article;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentHashTest {
  /** Characters the regex {@code \s} matches and ones it does not (no-break space, em space, Arabic letters). */
  private static final char[] ALPHABET = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'ب', 'ت', 'x', '.'};

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "كلمة", "كلمة واحدة", "  مسافتان  في البداية والنهاية  ", "سطر\r\nثان\tمع\u000Bجدولة\fوصفحة",
      // A no-break space and an em space are not \s: they must survive the collapse.
      "قبل\u00A0\u00A0بعد\u2003 \u2003نهاية"})
  void collapsingSpaceMatchesTheRegexItReplaced(String s) {
    assertThat(Pipeline.collapseSpace(s)).isEqualTo(s.replaceAll("\\s+", " "));
  }

  @Test
  void collapsingSpaceMatchesTheRegexOnRandomMixes() {
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      assertThat(Pipeline.collapseSpace(s.toString())).as("input %s", s).isEqualTo(s.toString().replaceAll("\\s+", " "));
    }
  }

  @Test
  void respacedAndRediacritisedCopiesHashTheSameAndOtherTextDoesNot() {
    Article a = new Article("a", null, null, null, "وزير المالية يعلن الموازنة", "أعلن الوزير\n\nتفاصيل الموازنة.");
    // Same words with a diacritic, a tab and doubled spaces: the same normalised content.
    Article respaced = new Article("b", null, null, null, " وزير  المالية\tيعلن الموازنة", "أعلن الوزيرُ\n\n\nتفاصيل   الموازنة.");
    Article other = new Article("c", null, null, null, "وزير المالية يعلن الموازنة", "أعلن الوزير تفاصيل أخرى.");
    assertThat(Pipeline.contentHash(respaced)).isEqualTo(Pipeline.contentHash(a)).hasSize(64);
    assertThat(Pipeline.contentHash(other)).isNotEqualTo(Pipeline.contentHash(a));
  }
}
