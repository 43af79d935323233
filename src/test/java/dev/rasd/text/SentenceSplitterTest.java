package dev.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void splitsAtArabicTerminators() {
    // Full stop, Arabic question mark, exclamation and Arabic semicolon each end a sentence.
    assertThat(sentences("وصل الوفد إلى الرباط. هل تنجح المفاوضات؟ الجميع ينتظر! والموعد غدًا؛ وفق المصادر"))
        .containsExactly("وصل الوفد إلى الرباط.", "هل تنجح المفاوضات؟", "الجميع ينتظر!", "والموعد غدًا؛", "وفق المصادر");
  }

  @Test
  void paragraphBreaksEndSentencesEvenWithoutPunctuation() {
    // Extracted bodies often drop the final full stop of a paragraph.
    assertThat(sentences("ارتفعت الأسعار في عمّان\n\nوقال التجار إن الطلب تراجع"))
        .containsExactly("ارتفعت الأسعار في عمّان", "وقال التجار إن الطلب تراجع");
  }

  @Test
  void doesNotSplitInsideNumbers() {
    assertThat(sentences("بلغ النمو 3.5 في المئة. وتراجع التضخم."))
        .containsExactly("بلغ النمو 3.5 في المئة.", "وتراجع التضخم.");
  }

  @Test
  void doesNotSplitAfterAbbreviations() {
    // "د." (doctor) and "م." (engineer) are titles, not sentence ends.
    assertThat(sentences("وقال د. سامي الحربي إن المشروع تأخر. وأضاف م. ليلى أن العمل يستأنف."))
        .containsExactly("وقال د. سامي الحربي إن المشروع تأخر.", "وأضاف م. ليلى أن العمل يستأنف.");
  }

  @Test
  void keepsAQuotationWithItsReportingClause() {
    // Sentences inside «…» stay together so the quote and its speaker are one unit.
    assertThat(sentences("وقال الوزير: «لن نتراجع. المطالب مشروعة!» ثم غادر القاعة. وانتهى الاجتماع."))
        .containsExactly("وقال الوزير: «لن نتراجع. المطالب مشروعة!» ثم غادر القاعة.", "وانتهى الاجتماع.");
  }

  @Test
  void continuesAQuotationIntoAParagraphThatOpensWithAQuoteMark() {
    // The convention for a quote spanning paragraphs: the next paragraph reopens with «.
    String text = "وقالت الناطقة: «سنواصل الإضراب حتى النهاية.\n\n«ولن نقبل بأي تسوية جزئية». وغادرت.";
    assertThat(sentences(text)).hasSize(2);
    assertThat(sentences(text).get(0)).startsWith("وقالت الناطقة").endsWith("جزئية».");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  أولًا.   ثانيًا؟\nثالثًا";
    for (Sentence s : SentenceSplitter.split(text)) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }
}
