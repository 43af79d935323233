package dev.rasd.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.text.ArabicStemmer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDigesterTest {
  private static final ArabicStemmer STEMMER = new ArabicStemmer();

  /** Plain sublinear term frequency: enough for the digest to tell central from peripheral. */
  private static Map<String, Double> weigh(String text) {
    Map<String, Double> out = new HashMap<>();
    STEMMER.stems(text).forEach(s -> out.merge(s, 1.0, Double::sum));
    out.replaceAll((t, c) -> Math.log1p(c));
    return out;
  }

  /**
   * Three reports of one dam inauguration: two lead with the same facts, the third is a
   * side-angle analysis whose headline is about something else.
   */
  private static final List<SourceText> REPORTS = List.of(
      new SourceText("R-1", "افتتاح سد وادي الرمل بطاقة تخزين 80 مليون متر مكعب",
          """
          افتتح رئيس الوزراء اليوم سد وادي الرمل بطاقة تخزين تبلغ 80 مليون متر مكعب بعد أربع سنوات من الأشغال.
          وقال وزير الري إن السد سيؤمن مياه الري لنحو 12 ألف هكتار من الأراضي الزراعية في الإقليم.
          وبلغت كلفة المشروع 240 مليون دولار بتمويل من صندوق عربي للتنمية."""),
      new SourceText("R-2", "رئيس الوزراء يدشن سد وادي الرمل",
          """
          دشن رئيس الوزراء صباح اليوم سد وادي الرمل الذي تصل طاقته التخزينية إلى 80 مليون متر مكعب.
          وأكد وزير الري أن مياه السد ستروي 12 ألف هكتار من الأراضي الزراعية في الإقليم.
          وحضر حفل الافتتاح عدد من السفراء وممثلي الجهات الممولة."""),
      new SourceText("R-3", "هل تكفي السدود لمواجهة الجفاف؟",
          """
          يرى خبراء في الموارد المائية أن السدود الكبيرة وحدها لا تكفي لمواجهة سنوات الجفاف المتتالية.
          ويدعو هؤلاء إلى الاستثمار في تحلية مياه البحر وإعادة استعمال المياه المعالجة في الزراعة."""));

  @Test
  void headlineIsTheTitleClosestToWhatMostReportsSay() {
    StoryDigest d = new StoryDigester(StoryDigesterTest::weigh).digest(REPORTS);
    assertThat(d.headlineArticleId()).isIn("R-1", "R-2");
    assertThat(d.headline()).isNotEqualTo(REPORTS.get(2).title());
  }

  @Test
  void summaryHasTwoToFourSentencesEachTraceableToItsArticle() {
    StoryDigest d = new StoryDigester(StoryDigesterTest::weigh).digest(REPORTS);
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
    StoryDigest d = new StoryDigester(StoryDigesterTest::weigh).digest(REPORTS);
    assertThat(d.sentences().getFirst().text()).contains("80 مليون متر مكعب");
    long damCapacity = d.sentences().stream().filter(s -> s.text().contains("80 مليون")).count();
    assertThat(damCapacity).isEqualTo(1);
  }

  @Test
  void singleArticleStoryIsSummarisedFromItsOwnLead() {
    StoryDigest d = new StoryDigester(StoryDigesterTest::weigh).digest(List.of(REPORTS.getFirst()));
    assertThat(d.headline()).isEqualTo(REPORTS.getFirst().title());
    assertThat(d.sentences()).isNotEmpty().allMatch(s -> s.articleId().equals("R-1"));
  }
}
