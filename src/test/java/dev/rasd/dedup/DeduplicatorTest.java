package dev.rasd.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private static final String LEAD = "أعلنت وزارة الصحة اليوم الأربعاء تسجيل 46 إصابة جديدة بالحصبة في ثلاث ولايات جنوبية، ليرتفع العدد الإجمالي منذ بداية الشهر إلى 310 إصابات.";
  private static final String SECOND = "وقال مدير إدارة الأوبئة الدكتور كمال الطاهري إن معظم الإصابات سجلت بين أطفال لم يتلقوا الجرعة الثانية من اللقاح، داعيا الأسر إلى مراجعة المراكز الصحية.";
  private static final String THIRD = "وأضاف الطاهري أن فرقا متنقلة ستبدأ الأسبوع المقبل حملة تطعيم في المدارس والقرى النائية بدعم من منظمة الصحة العالمية.";
  private static final String FOURTH = "وكانت الوزارة قد حذرت الشهر الماضي من تراجع نسب التطعيم إلى أقل من سبعين في المئة في بعض المناطق.";

  private static AnalyzedArticle article(String id, String published, String title, String body) {
    OffsetDateTime at = published == null ? null : OffsetDateTime.parse(published);
    return AnalyzedArticle.cleaned(new Article(id, null, null, at, title, body), title, body, List.of(), id);
  }

  private static AnalyzedArticle original() {
    return article("W-1", "2025-05-07T10:00:00+03:00", "الصحة: 46 إصابة جديدة بالحصبة في الجنوب",
        String.join("\n\n", LEAD, SECOND, THIRD, FOURTH));
  }

  /** Wire copy: a new headline, the last sentence cut, and a line of web cruft added. */
  private static AnalyzedArticle wireCopy() {
    return article("W-2", "2025-05-07T11:20:00+03:00", "الحصبة تعود إلى الولايات الجنوبية.. والوزارة تطلق حملة تطعيم",
        String.join("\n\n", LEAD, SECOND, "اقرأ أيضا: نصائح للوقاية من أمراض الصيف", THIRD));
  }

  @Test
  void wireCopyWithNewHeadlineAndCutSentenceIsADuplicate() {
    Deduplicator dedup = new Deduplicator();
    assertThat(dedup.apply(original()).duplicateOf()).isNull();
    assertThat(dedup.apply(wireCopy()).duplicateOf()).isEqualTo("W-1");
  }

  @Test
  void copyOfACopyPointsAtTheFirstOriginal() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(original());
    dedup.apply(wireCopy());
    AnalyzedArticle third = article("W-3", "2025-05-07T12:00:00+03:00", "عاجل: الحصبة في الجنوب",
        String.join("\n\n", LEAD, SECOND, THIRD));
    assertThat(dedup.apply(third).duplicateOf()).isEqualTo("W-1");
  }

  /** The same copied body whose lead changes one figure: a different fact, not a copy. */
  @Test
  void changedNumberInTheLeadIsNotADuplicate() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(original());
    AnalyzedArticle changed = article("W-4", "2025-05-07T12:30:00+03:00", "الصحة: 64 إصابة جديدة بالحصبة في الجنوب",
        String.join("\n\n", LEAD.replace("46", "64").replace("310", "328"), SECOND, THIRD, FOURTH));
    assertThat(dedup.apply(changed).duplicateOf()).isNull();
  }

  /** Two headlines that differ only in a number ("100 ألف برميل" against "20 ألف برميل"). */
  @Test
  void headlinesDifferingOnlyInANumberAreNotDuplicates() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(article("H-1", null, "100 ألف برميل يوميا يخسرها الإنتاج النفطي بعد إغلاق الحقل الجنوبي", ""));
    assertThat(dedup.apply(article("H-2", null, "20 ألف برميل يوميا يخسرها الإنتاج النفطي بعد إغلاق الحقل الجنوبي", "")).duplicateOf())
        .isNull();
  }

  /** A headline with one word swapped for its opposite states the contrary claim. */
  @Test
  void headlinesDifferingInOneSwappedWordAreNotDuplicates() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(article("H-4", null, "أسعار القمح ترتفع في البورصات العالمية بعد تقرير وزارة الزراعة الأمريكية", ""));
    assertThat(dedup.apply(article("H-5", null, "أسعار القمح تنخفض في البورصات العالمية بعد تقرير وزارة الزراعة الأمريكية", "")).duplicateOf())
        .isNull();
  }

  /** The same headline re-published with diacritics and Eastern Arabic digits is a copy. */
  @Test
  void sameHeadlineWithDiacriticsAndEasternDigitsIsADuplicate() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(article("H-1", null, "100 ألف برميل يوميا يخسرها الإنتاج النفطي بعد إغلاق الحقل الجنوبي", ""));
    assertThat(dedup.apply(article("H-3", null, "١٠٠ ألفَ برميلٍ يوميًا يخسرها الإنتاجُ النفطي بعد إغلاق الحقل الجنوبي", "")).duplicateOf())
        .isEqualTo("H-1");
  }

  /** Another outlet's own report of the same event shares facts but not wording. */
  @Test
  void independentReportOfTheSameEventIsNotADuplicate() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(original());
    AnalyzedArticle own = article("W-5", "2025-05-07T13:00:00+03:00", "ارتفاع إصابات الحصبة إلى 310",
        "سجلت ثلاث ولايات في الجنوب 46 حالة حصبة جديدة بحسب بيان لوزارة الصحة، فيما يقول أطباء إن ضعف الإقبال على الجرعة الثانية وراء عودة المرض. وتستعد فرق التطعيم لزيارة المدارس والقرى البعيدة.");
    assertThat(dedup.apply(own).duplicateOf()).isNull();
  }

  @Test
  void restoredIndexStillFindsTheOriginal() {
    Deduplicator reopened = new Deduplicator();
    reopened.restore(original());
    assertThat(reopened.apply(wireCopy()).duplicateOf()).isEqualTo("W-1");
  }

  @Test
  void articlesOlderThanTheWindowLeaveTheIndex() {
    Deduplicator dedup = new Deduplicator();
    dedup.apply(original());
    AnalyzedArticle muchLater = article("W-6", "2025-05-20T10:00:00+03:00", "خبر لاحق", "نص مختلف تماما عن الخبر الأول ولا يشبهه في شيء.");
    dedup.apply(muchLater);
    assertThat(dedup.indexedCount()).isEqualTo(1);
    AnalyzedArticle lateCopy = wireCopy();
    assertThat(dedup.apply(article("W-7", "2025-05-20T11:00:00+03:00", lateCopy.title(), lateCopy.text())).duplicateOf()).isNull();
  }
}
