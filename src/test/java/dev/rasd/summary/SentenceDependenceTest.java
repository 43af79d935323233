package dev.rasd.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceDependenceTest {
  /** Follow-on clauses whose speaker is only the verb's pronoun, and anaphoric openers. */
  @ParameterizedTest
  @ValueSource(strings = {
      "وأضافت: «سنواصل العمل حتى عودة جميع الخطوط».",
      "وتابع أن الشركة ستعوض المشتركين عن أيام الانقطاع.",
      "وقالت في بيان إن الأضرار محدودة.",
      "وأشار إلى أن اللجنة ستجتمع الأسبوع المقبل.",
      "وأكد «لن نقبل بأي تأجيل جديد».",
      "وهو ما أثار استياء السكان في الأحياء الشرقية.",
      "كما دعت الوزارة المواطنين إلى ترشيد الاستهلاك.",
      "وأضاف المدير: «الموسم المقبل سيكون أصعب».",
      "من جهتها، أعلنت البلدية فتح مراكز إيواء مؤقتة."})
  void dependentSentences(String sentence) {
    assertThat(SentenceDependence.dependsOnPrevious(sentence)).isTrue();
  }

  /** Sentences that name their subject or report a fact directly stand alone. */
  @ParameterizedTest
  @ValueSource(strings = {
      "وقال وزير النقل إن الخطوط ستعود تدريجيًا.",
      "وأكدت وزارة الصحة تسجيل حالتين جديدتين.",
      "أعلنت الشركة استئناف الرحلات صباح الغد.",
      "وتعهدت البلدية باقتناء 40 حافلة جديدة."})
  void standaloneSentences(String sentence) {
    assertThat(SentenceDependence.dependsOnPrevious(sentence)).isFalse();
  }
}
