package dev.rasd.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.text.ArabicStemmer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryDigesterTest {
  private static final ArabicStemmer STEMMER = new ArabicStemmer();

  /** Plain sublinear term frequency (every IDF 1): enough for the digest to tell central from peripheral. */
  private static final TermWeighting WEIGHING = new TermWeighting() {
    @Override
    public List<String> terms(String text) {
      return STEMMER.stems(text);
    }

    @Override
    public double idf(String term) {
      return 1;
    }
  };

  /**
   * Three reports of one dam inauguration: two lead with the same facts, the third is a
   * side-angle analysis whose headline is about something else.
   */
  private static final List<SourceText> REPORTS = List.of(
      new SourceText("R-1", null, "افتتاح سد وادي الرمل بطاقة تخزين 80 مليون متر مكعب",
          """
          افتتح رئيس الوزراء اليوم سد وادي الرمل بطاقة تخزين تبلغ 80 مليون متر مكعب بعد أربع سنوات من الأشغال.
          وقال وزير الري إن السد سيؤمن مياه الري لنحو 12 ألف هكتار من الأراضي الزراعية في الإقليم.
          وبلغت كلفة المشروع 240 مليون دولار بتمويل من صندوق عربي للتنمية."""),
      new SourceText("R-2", null, "رئيس الوزراء يدشن سد وادي الرمل",
          """
          دشن رئيس الوزراء صباح اليوم سد وادي الرمل الذي تصل طاقته التخزينية إلى 80 مليون متر مكعب.
          وأكد وزير الري أن مياه السد ستروي 12 ألف هكتار من الأراضي الزراعية في الإقليم.
          وحضر حفل الافتتاح عدد من السفراء وممثلي الجهات الممولة."""),
      new SourceText("R-3", null, "هل تكفي السدود لمواجهة الجفاف؟",
          """
          يرى خبراء في الموارد المائية أن السدود الكبيرة وحدها لا تكفي لمواجهة سنوات الجفاف المتتالية.
          ويدعو هؤلاء إلى الاستثمار في تحلية مياه البحر وإعادة استعمال المياه المعالجة في الزراعة."""));

  @Test
  void headlineIsTheTitleClosestToWhatMostReportsSay() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(REPORTS);
    assertThat(d.headlineArticleId()).isIn("R-1", "R-2");
    assertThat(d.headline()).isNotEqualTo(REPORTS.get(2).title());
  }

  @Test
  void summaryHasTwoToFourSentencesEachTraceableToItsArticle() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(REPORTS);
    assertThat(d.sentences()).hasSizeBetween(2, 4);
    Map<String, String> texts = new HashMap<>();
    REPORTS.forEach(r -> texts.put(r.articleId(), r.text()));
    for (SummarySentence s : d.sentences()) {
      assertThat(texts.get(s.articleId()).substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(d.summary()).startsWith(d.sentences().getFirst().text());
  }

  @Test
  void summaryLeadsWithAFactSeveralOutletsStateAndDoesNotRepeatIt() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(REPORTS);
    assertThat(d.sentences().getFirst().text()).contains("80 مليون متر مكعب");
    long damCapacity = d.sentences().stream().filter(s -> s.text().contains("80 مليون")).count();
    assertThat(damCapacity).isEqualTo(1);
  }

  @Test
  void singleArticleStoryIsSummarisedFromItsOwnLead() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(List.of(REPORTS.getFirst()));
    assertThat(d.headline()).isEqualTo(REPORTS.getFirst().title());
    assertThat(d.sentences()).isNotEmpty().allMatch(s -> s.articleId().equals("R-1"));
  }

  /**
   * Four outlets report one strike ending, each leading with the same fact in its own words
   * (agreement signed, buses back), then each adds one different fact. Exercises the redundancy
   * penalty: the summary must state the shared fact once and spend the rest on the others.
   */
  private static final List<SourceText> STRIKE_END = List.of(
      new SourceText("T-2", at("2024-03-05T18:00:00+01:00"), "توقيع اتفاق ينهي إضراب سائقي الحافلات في المدينة",
          """
          صفاقس (وكالة الشمال) - وقعت نقابة السائقين وإدارة شركة النقل البلدي اليوم الثلاثاء اتفاقًا ينهي إضراب الحافلات وتعود الحافلات إلى العمل غدًا.
          وينص الاتفاق على زيادة منحة الإنتاج بنسبة 8 بالمئة بداية من شهر نيسان المقبل.
          وأضاف: «سنراقب تطبيق كل بند من بنود الاتفاق»."""),
      new SourceText("T-1", at("2024-03-05T16:30:00+01:00"), "انتهاء إضراب الحافلات بعد اتفاق بين النقابة والشركة",
          """
          أعلنت نقابة السائقين توقيع اتفاق مع إدارة شركة النقل البلدي ينهي إضراب الحافلات وعودة الحافلات إلى العمل غدًا الأربعاء.
          وكان الإضراب قد بدأ قبل 12 يومًا احتجاجًا على تأخر صرف المنح وتهالك الأسطول."""),
      new SourceText("T-3", at("2024-03-05T20:00:00+01:00"), "الحافلات تعود غدًا بعد اتفاق ينهي الإضراب",
          """
          تعود الحافلات إلى العمل غدًا بعد توقيع اتفاق بين نقابة السائقين وإدارة شركة النقل البلدي ينهي الإضراب.
          وتعهدت البلدية باقتناء 40 حافلة جديدة قبل نهاية السنة لتجديد الأسطول المتهالك."""),
      new SourceText("T-4", at("2024-03-06T08:00:00+01:00"), "عودة الحافلات إلى شوارع المدينة بعد الاتفاق",
          """
          عادت الحافلات إلى العمل صباح اليوم الأربعاء بعد توقيع نقابة السائقين وإدارة شركة النقل البلدي اتفاقًا ينهي الإضراب.
          وقالت: «الاتفاق خطوة أولى ولن نتراجع عن بقية المطالب»."""));

  private static java.time.OffsetDateTime at(String iso) {
    return java.time.OffsetDateTime.parse(iso);
  }

  @Test
  void aFactEveryOutletRepeatsIsStatedOnceAndTheRestAddNewFacts() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(STRIKE_END);
    assertThat(d.sentences()).hasSizeBetween(2, 4);
    long signed = d.sentences().stream().filter(s -> s.text().contains("ينهي")).count();
    assertThat(signed).isEqualTo(1);
    List<Set<String>> terms = d.sentences().stream()
        .map(s -> SentenceOverlap.terms(STEMMER.stems(s.text()))).toList();
    for (int i = 0; i < terms.size(); i++) {
      for (int j = i + 1; j < terms.size(); j++) {
        assertThat(SentenceOverlap.jaccard(terms.get(i), terms.get(j))).isLessThan(SentenceOverlap.REDUNDANT);
      }
    }
  }

  @Test
  void followOnSentencesWithAPronounSpeakerAreNeverChosen() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(STRIKE_END);
    assertThat(d.sentences()).noneMatch(s -> s.text().startsWith("وأضاف") || s.text().startsWith("وقالت"));
  }

  @Test
  void datelineIsCutOffAndTheSentenceStaysTraceable() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(List.of(STRIKE_END.getFirst()));
    assertThat(d.sentences()).isNotEmpty();
    SummarySentence first = d.sentences().getFirst();
    assertThat(first.text()).startsWith("وقعت نقابة السائقين").doesNotContain("وكالة الشمال");
    assertThat(STRIKE_END.getFirst().text().substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @Test
  void sentencesReadInPublicationOrderThenArticleOrder() {
    StoryDigest d = new StoryDigester(WEIGHING).digest(STRIKE_END);
    Map<String, java.time.OffsetDateTime> published = new HashMap<>();
    STRIKE_END.forEach(r -> published.put(r.articleId(), r.published()));
    for (int i = 1; i < d.sentences().size(); i++) {
      SummarySentence prev = d.sentences().get(i - 1);
      SummarySentence cur = d.sentences().get(i);
      int byTime = published.get(prev.articleId()).compareTo(published.get(cur.articleId()));
      assertThat(byTime < 0 || byTime == 0 && prev.start() < cur.start()).as("%s before %s", prev, cur).isTrue();
    }
  }
}
