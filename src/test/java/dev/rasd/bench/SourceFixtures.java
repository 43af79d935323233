package dev.rasd.bench;

import dev.rasd.model.Article;
import dev.rasd.model.EntityType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A tiny labelled source corpus written for the bench tests: three events, seven reports, so the
 * recombined stream can be checked without the team's corpora. Names, places and figures are
 * invented; each report states which phenomenon it gives the generator.
 */
final class SourceFixtures {
  static final String MINISTER = "سليم الحداد";
  static final String COACH = "هالة الشريف";
  static final String OFFICER = "ناصر العبيدي";
  static final List<String> PEOPLE = List.of(MINISTER, COACH, OFFICER);

  private SourceFixtures() {
  }

  static SourceCorpus corpus() {
    return SourceCorpus.of(articles(), "bench test fixtures");
  }

  static List<SourceArticle> articles() {
    List<SourceArticle.Name> port = List.of(per(MINISTER, MINISTER), per("الحداد", MINISTER), loc("صفاقس"));
    String portBody = """
        صفاقس (النخيل) - أعلن وزير النقل سليم الحداد، اليوم الأحد، إطلاق المرحلة الأولى من توسعة ميناء صفاقس التجاري بكلفة تقدر بنحو 120 مليون دينار.

        وقال الحداد خلال زيارة ميدانية للميناء إن الأشغال ستستمر 18 شهرا وستضيف رصيفين جديدين للحاويات.

        وأضاف: «نريد أن يصبح الميناء بوابة الجنوب نحو الأسواق الإفريقية».

        وأشار الوزير إلى أن طاقة الميناء الحالية لا تتجاوز 40 ألف حاوية سنويا.

        وكانت الحكومة قد أدرجت المشروع في مخطط التنمية منذ عام 2021.

        تابعونا على فيسبوك""";
    return List.of(
        // A wire report: dateline lead, a quote, ASCII figures, a year that must not move, closing cruft.
        new SourceArticle(article("F-1", "وكالة النخيل للأنباء", "2025-03-02T09:00:00+01:00",
            "وزير النقل سليم الحداد يعلن توسعة ميناء صفاقس التجاري", portBody), "E1", null, port),
        // A verbatim copy of F-1 under another title: it must stay a near-verbatim copy in every generation.
        new SourceArticle(article("F-2", "موقع الضفة", "2025-03-02T09:40:00+01:00",
            "توسعة ميناء صفاقس: الحداد يطلق المرحلة الأولى", portBody), "E1", "F-1", port),
        // A paraphrase of the same event opening with a breadcrumb line, which must stay before the lead.
        new SourceArticle(article("F-3", "صحيفة الميزان", "2025-03-02T13:15:00+01:00",
            "١٢٠ مليون دينار لتوسعة ميناء صفاقس", """
            الرئيسية » اقتصاد

            أطلقت وزارة النقل مشروع توسعة ميناء صفاقس، في خطوة قال الوزير سليم الحداد إنها ستخفف الضغط على موانئ الشمال.

            ويشمل المشروع بناء رصيفين للحاويات وتعميق الحوض الرئيسي.

            وأوضح الحداد أن المرحلة الأولى ستنتهي بعد ١٨ شهرا.

            ويرى خبراء أن نجاح المشروع مرتبط بتحسين الطرق المؤدية إلى الميناء.

            شارك الخبر"""), "E1", null, port),
        // Eastern Arabic digits only: perturbed figures must keep their script; the year ٢٠٢٤ must not move.
        new SourceArticle(article("F-4", "وكالة النخيل للأنباء", "2025-03-08T21:30:00+01:00",
            "منتخب اليد يفوز على ضيفه في سوسة", """
            سوسة (النخيل) - فاز المنتخب الوطني لكرة اليد على ضيفه بنتيجة ٣٥ مقابل ٢٩ في المباراة التي احتضنتها قاعة سوسة مساء السبت.

            وقالت المدربة هالة الشريف إن الفريق لعب بتركيز عال في الشوط الثاني.

            وأضافت الشريف: «هذا الفوز يمنحنا الثقة قبل البطولة القارية».

            ويستعد المنتخب لخوض مباراتين وديتين خلال الأسبوع المقبل.

            وكان الفريق قد أنهى موسم ٢٠٢٤ في المركز الثالث."""), "E2",
            null, List.of(per(COACH, COACH), per("الشريف", COACH), loc("سوسة"))),
        // A second report of the match with the coach's full name only.
        new SourceArticle(article("F-5", "قناة المدار", "2025-03-08T23:05:00+01:00",
            "الشريف: الفوز في سوسة يمنحنا الثقة", """
            حقق منتخب كرة اليد فوزا مستحقا في سوسة بفارق ستة أهداف، وسط حضور جماهيري كبير في القاعة.

            وأكدت المدربة هالة الشريف أن اللاعبين طبقوا الخطة كما رسمت.

            وسجل الجناح الأيسر ٩ أهداف ليكون أفضل هداف في اللقاء.

            وتنتظر المنتخب مواجهة صعبة في البطولة القارية الشهر المقبل.

            تابعونا على فيسبوك"""), "E2", null, List.of(per(COACH, COACH), loc("سوسة"))),
        // A person named in full and by family name in two reports: a swap must rename both consistently.
        new SourceArticle(article("F-6", "وكالة النخيل للأنباء", "2025-03-11T06:45:00+01:00",
            "أمطار غزيرة تغمر أحياء في نابل", """
            نابل (النخيل) - غمرت مياه الأمطار الغزيرة عددا من الأحياء السكنية في نابل ليل الثلاثاء، ما تسبب في قطع طرق رئيسية.

            وقال المسؤول في الحماية المدنية ناصر العبيدي إن فرق الإنقاذ أجلت 60 عائلة من المناطق المنخفضة.

            وأضاف العبيدي أن كميات الأمطار بلغت 90 مليمترا في بضع ساعات.

            وقررت السلطات المحلية تعليق الدروس في المدارس يوم الأربعاء.

            شارك الخبر"""), "E3", null, List.of(per(OFFICER, OFFICER), per("العبيدي", OFFICER), loc("نابل"))),
        new SourceArticle(article("F-7", "موقع الضفة", "2025-03-11T10:20:00+01:00",
            "إجلاء عشرات العائلات بعد فيضانات نابل", """
            أجلت فرق الحماية المدنية عشرات العائلات في نابل بعد أن غمرت المياه منازلها إثر أمطار طوفانية.

            وأوضح ناصر العبيدي أن الوضع تحت السيطرة رغم استمرار التقلبات الجوية في المنطقة.

            ودعا العبيدي المواطنين إلى تجنب التنقل غير الضروري.

            وتتوقع مصالح الرصد الجوي تحسنا تدريجيا بداية من الخميس.

            تابعونا على فيسبوك"""), "E3", null, List.of(per(OFFICER, OFFICER), per("العبيدي", OFFICER), loc("نابل"))));
  }

  private static Article article(String id, String outlet, String published, String title, String body) {
    return new Article(id, outlet, "https://fixtures.test/" + id, OffsetDateTime.parse(published), title, body);
  }

  private static SourceArticle.Name per(String surface, String canonical) {
    return new SourceArticle.Name(surface, canonical, EntityType.PER);
  }

  private static SourceArticle.Name loc(String name) {
    return new SourceArticle.Name(name, name, EntityType.LOC);
  }
}
