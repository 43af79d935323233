package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
  /** Fixture: an ordinary reporting paragraph, the text every test must keep. */
  private static final String REPORT = "أعلنت هيئة الموانئ في مدينة صفاقس، صباح اليوم الخميس، استئناف حركة الملاحة "
      + "بعد توقف دام ثلاثة أيام بسبب الرياح القوية التي ضربت السواحل الجنوبية.";
  /** Fixture: a second reporting paragraph with a quotation. */
  private static final String REPORT_2 = "وقال مدير الهيئة إن «السفن العالقة ستدخل الميناء تباعًا خلال الساعات المقبلة».";

  private final BoilerplateFilter filter = new BoilerplateFilter();

  private CleanText clean(String outlet, String title, String body) {
    return filter.clean(new Article("t", outlet, null, null, title, body));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "الرئيسية » أخبار » تونس",                      // breadcrumb with » separators
      "الرئيسية / اقتصاد / موانئ",                     // breadcrumb with slashes
      "اقرأ أيضًا: ارتفاع أسعار الأسماك في أسواق العاصمة", // related link
      "إقرأ ايضا: الرياح تعطل رحلات الصيد",             // related link, hamza and ya spelling variant
      "إقرأ المزيد",                                   // related link without a headline
      "مقالات ذات صلة",                                // related-articles header
      "المزيد من نشرة البحر",                          // more-from-outlet link
      "تابعنا على تويتر",                              // follow prompt
      "تابعونا على فيسبوك وإنستغرام",                  // follow prompt, plural imperative
      "شارك",                                          // share button
      "شارك هذا المقال",                               // share prompt
      "شارك عبر: واتساب - فيسبوك",                     // share prompt listing networks
      "انشر على واتساب",                               // share prompt with another verb
      "التعليقات",                                     // comment widget header
      "تعليقات عبر الفيس بوك",                         // comment widget
      "أضف تعليقك",                                    // comment prompt
      "(صورة: أرشيفية)",                               // photo credit in parentheses
      "تصوير: سامي الهمامي",                           // photographer credit
      "المصدر: وكالات",                                // source credit
      "سفينة شحن تنتظر خارج الميناء (أرشيف)",           // caption ending in an archive credit
      "كتب: نزار القلال",                              // byline
      "صفاقس - (وكالات)",                              // stand-alone source dateline
      "اشترك في نشرتنا البريدية ليصلك كل جديد",         // newsletter prompt
      "© 2025 جميع الحقوق محفوظة",                     // copyright notice
      "© وكالة النورس للأنباء. جميع الحقوق محفوظة.",    // copyright notice ending with a full stop
      "(انتهى)",                                       // wire end marker
      "استمع إلى البث المباشر",                         // listen-live prompt
      "النتائج المباشرة",                              // live-scores widget
      "نسخة للطباعة",                                  // print link
      "حلقات البرنامج كاملة على موقعنا",               // outlet promoting its own site
      "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، وباستمرارك في التصفح فإنك توافق على "
          + "سياسة الخصوصية الخاصة بنا وعلى استخدامنا لهذه الملفات لأغراض التحليل والإعلانات.", // cookie notice, long
  })
  void removesCruftLineAndKeepsReporting(String cruft) {
    CleanText clean = clean("نشرة البحر", "استئناف الملاحة في ميناء صفاقس", REPORT + "\n\n" + cruft + "\n\n" + REPORT_2);

    assertThat(clean.removed()).containsExactly(cruft);
    assertThat(clean.text()).isEqualTo(REPORT + "\n\n" + REPORT_2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a long reporting paragraph that opens with the verb "شارك" (took part), not a share button
      "شارك أكثر من ثلاثمئة متطوع من جمعيات الإغاثة المحلية في تنظيف الشاطئ الشمالي بعد أن قذفت الأمواج "
          + "كميات كبيرة من النفايات البلاستيكية، وفق ما أعلنته البلدية في بيان مساء الأربعاء.",
      // a short reporting sentence opening with "شارك": its full stop marks it as text
      "شارك في الاجتماع ممثلو خمس وزارات.",
      // "التعليقات" inside a reporting sentence
      "وأثارت التعليقات التي نشرها الوزير على حسابه الرسمي موجة واسعة من الانتقادات بين نقابات البحارة، "
          + "التي طالبت باعتذار علني وبفتح تحقيق في أسباب تأخر صرف التعويضات للمتضررين من العاصفة.",
      // a long line opening with a follow verb but without a final stop: too long to be a prompt
      "تابع المحققون آثار الشحنة المفقودة من ميناء صفاقس إلى مستودع قرب الحدود حيث عثروا على صناديق "
          + "فارغة ووثائق جمركية مزورة تحمل أختام ثلاث شركات وهمية",
      // a quotation that mentions sharing and comments
      "«لن نشارك في أي حوار قبل الاستماع إلى التعليقات التي قدمها الصيادون»، قال رئيس النقابة.",
      // a headline-like subtitle without a stop but with no cue: kept
      "خسائر الصيادين تتجاوز مليوني دينار",
      // a reporting sentence opening with the verb "انتهى" (ended), not a wire end marker
      "انتهى الاجتماع بعد منتصف الليل دون اتفاق.",
      // a quotation in which a speaker says "our location": its full stop marks it as text
      "وقال رئيس الميناء إن موقعنا الجغرافي يمنحنا أفضلية على موانئ المنطقة.",
      // a dash inside a reporting sentence with a place: not a dateline
      "صفاقس - أعلنت السلطات المحلية اليوم رفع حالة التأهب في الموانئ الجنوبية.",
  })
  void keepsReportingLinesThatContainCueWords(String reporting) {
    CleanText clean = clean("نشرة البحر", "استئناف الملاحة", REPORT + "\n\n" + reporting);

    assertThat(clean.removed()).isEmpty();
    assertThat(clean.text()).isEqualTo(REPORT + "\n\n" + reporting);
  }

  @Test
  void removesTheHeadlinesListedAfterARelatedHeader() {
    // Fixture: a related-articles block at the end of the body, headlines one per line, then a
    // reporting paragraph that a careless extractor placed after it.
    String body = REPORT + "\n\nأخبار ذات صلة\nالحرس البحري ينقذ قاربًا قبالة قرقنة\nتراجع صادرات زيت الزيتون في مارس"
        + "\n\n" + REPORT_2;

    CleanText clean = clean("نشرة البحر", "استئناف الملاحة", body);

    assertThat(clean.removed()).containsExactly("أخبار ذات صلة", "الحرس البحري ينقذ قاربًا قبالة قرقنة",
        "تراجع صادرات زيت الزيتون في مارس");
    assertThat(clean.text()).isEqualTo(REPORT + "\n\n" + REPORT_2);
  }

  @Test
  void keepsLinesOfAParagraphTogetherWhenOneIsRemoved() {
    // Fixture: a paragraph whose lines are split by single line breaks, with a share prompt inside it.
    CleanText clean = clean(null, "عنوان", REPORT + "\nشارك الخبر\n" + REPORT_2 + "\n\n\n" + REPORT);

    assertThat(clean.text()).isEqualTo(REPORT + "\n" + REPORT_2 + "\n\n" + REPORT);
    assertThat(clean.removed()).containsExactly("شارك الخبر");
  }

  @Test
  void learnsAnOutletsRecurringSloganAfterThreeArticles() {
    // Fixture: an outlet slogan with no cue word, printed under every article of that outlet.
    String slogan = "نشرة البحر صوت الموانئ والصيادين";
    String body = REPORT + "\n\n" + slogan;
    for (int i = 0; i < 3; i++) {
      assertThat(clean("نشرة البحر", "عنوان", body).removed()).isEmpty();
    }

    assertThat(clean("نشرة البحر", "عنوان", body).removed()).containsExactly(slogan);
    assertThat(clean("إذاعة الساحل", "عنوان", body).removed()).as("another outlet's article").isEmpty();
  }

  @Test
  void learnsFromObservedArticlesOfAnEarlierRun() {
    // Fixture: the same slogan, learned from stored articles rather than cleaned ones.
    String slogan = "نشرة البحر صوت الموانئ والصيادين";
    for (int i = 0; i < 3; i++) {
      filter.observe(new Article("old-" + i, "نشرة البحر", null, null, "عنوان", REPORT + "\n\n" + slogan));
    }

    assertThat(clean("نشرة البحر", "عنوان", REPORT_2 + "\n\n" + slogan).removed()).containsExactly(slogan);
  }

  @Test
  void neverLearnsARecurringSentence() {
    // Fixture: a background sentence an outlet reprints in every follow-up: text, not furniture.
    String background = "ويعد ميناء صفاقس ثاني أكبر موانئ البلاد.";
    for (int i = 0; i < 5; i++) {
      assertThat(clean("نشرة البحر", "عنوان", REPORT + "\n\n" + background).removed()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // section label glued with a pipe
      "أخبار تونس | استئناف الملاحة في ميناء صفاقس; استئناف الملاحة في ميناء صفاقس",
      // outlet name glued with a dash
      "استئناف الملاحة في ميناء صفاقس - وكالة الساحل; استئناف الملاحة في ميناء صفاقس",
      // the article's own outlet, without a media word
      "استئناف الملاحة في ميناء صفاقس | نشرة البحر; استئناف الملاحة في ميناء صفاقس",
      // a breadcrumb before the headline
      "الرئيسية » اقتصاد » استئناف الملاحة في ميناء صفاقس; استئناف الملاحة في ميناء صفاقس",
      // a kicker is part of the headline
      "عاجل | استئناف الملاحة في ميناء صفاقس; عاجل | استئناف الملاحة في ميناء صفاقس",
      // a dash inside the headline, a quotation with guillemets
      "«الموانئ مفتوحة».. صفاقس - قرقنة تستأنف رحلاتها; «الموانئ مفتوحة».. صفاقس - قرقنة تستأنف رحلاتها",
  })
  void stripsNavigationFromTheTitleButKeepsTheHeadline(String title, String headline) {
    assertThat(clean("نشرة البحر", title, REPORT).title()).isEqualTo(headline);
  }
}
