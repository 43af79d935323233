package dev.rasd.cluster;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Short news reports written for these tests (invented people and events). Each constant names
 * the phenomenon it exercises; the times are what an online clusterer sees.
 */
final class NewsFixtures {
  private NewsFixtures() {
  }

  static AnalyzedArticle article(String id, String published, String title, String body) {
    OffsetDateTime at = published == null ? null : OffsetDateTime.parse(published);
    return AnalyzedArticle.cleaned(new Article(id, null, null, at, title, body), title, body, List.of(), id);
  }

  /** First press conference of a ministry spokesman: a smuggling cell arrested in a port city. */
  static AnalyzedArticle spokesmanFirst() {
    return article("P-1", "2025-02-03T11:00:00+02:00",
        "المتحدث باسم وزارة الداخلية: تفكيك خلية تهريب في ميناء الزاوية وتوقيف 12 مشتبها",
        """
        أعلن المتحدث باسم وزارة الداخلية العميد فارس المنصوري، في مؤتمر صحفي اليوم الاثنين، تفكيك خلية لتهريب الوقود في ميناء الزاوية وتوقيف 12 مشتبها بينهم موظفان في الميناء.

        وقال المنصوري إن الأجهزة الأمنية ضبطت ثلاثة أطنان من الوقود المهرب كانت معدة للشحن على قارب صيد، مضيفا أن التحقيقات مستمرة لكشف بقية أفراد الشبكة.

        وأكد المتحدث أن الوزارة ستنشر دوريات إضافية على الساحل الغربي خلال الأسابيع المقبلة.""");
  }

  /** The same conference relayed by another outlet in other words ("نقلت صحيفة … عن …"). */
  static AnalyzedArticle spokesmanRelay() {
    return article("P-2", "2025-02-03T16:30:00+02:00",
        "الداخلية تعلن ضبط شبكة لتهريب الوقود بميناء الزاوية",
        """
        نقلت صحيفة الوسط عن العميد فارس المنصوري، الناطق الرسمي لوزارة الداخلية، أن قوات الأمن أوقفت اثني عشر شخصا يشتبه في انتمائهم إلى شبكة تهرب الوقود عبر ميناء الزاوية.

        وأوضح المنصوري أن من بين الموقوفين موظفين اثنين يعملان في الميناء، وأن الكمية المضبوطة بلغت ثلاثة أطنان كانت ستُحمّل على قارب صيد.

        وأشار إلى أن البحث جار عن باقي عناصر الشبكة، وأن دوريات جديدة ستنتشر على الساحل الغربي.""");
  }

  /** The same spokesman a week later: same actors, same vocabulary, a different event. */
  static AnalyzedArticle spokesmanWeekLater() {
    return article("P-3", "2025-02-10T11:15:00+02:00",
        "المتحدث باسم وزارة الداخلية: توقيف 5 مشتبهين جدد في قضية تهريب الوقود بميناء الزاوية",
        """
        أعلن المتحدث باسم وزارة الداخلية العميد فارس المنصوري، في مؤتمر صحفي اليوم الاثنين، توقيف خمسة مشتبهين جدد في قضية تهريب الوقود عبر ميناء الزاوية.

        وقال المنصوري إن الموقوفين الجدد كانوا يتولون نقل الوقود المهرب من المستودعات إلى الميناء، وإن عدد الموقوفين في القضية ارتفع إلى 17.

        وأكد المتحدث أن الدوريات الإضافية على الساحل الغربي أحبطت محاولتي تهريب خلال الأسبوع الماضي.""");
  }

  /** A league match between two clubs. */
  static AnalyzedArticle leagueMatch() {
    return article("M-1", "2025-03-01T22:10:00+01:00",
        "الوداد والرجاء يتعادلان 1-1 في ديربي الدار البيضاء بالدوري",
        """
        تعادل الوداد الرياضي مع الرجاء الرياضي بهدف لمثله في ديربي الدار البيضاء ضمن الجولة العشرين من الدوري المغربي، مساء اليوم السبت على ملعب محمد الخامس.

        وتقدم الرجاء في الدقيقة 30 عن طريق مهاجمه يونس الإدريسي، قبل أن يدرك الوداد التعادل في الدقيقة 78 بواسطة المدافع سمير بنعلي.

        وبهذه النتيجة يبقى الوداد في المركز الثاني بفارق نقطتين عن المتصدر.""");
  }

  /** The same two clubs six days later in the cup: a different event with the same actors. */
  static AnalyzedArticle cupMatch() {
    return article("M-2", "2025-03-07T22:05:00+01:00",
        "الرجاء يقصي الوداد من كأس العرش بهدفين نظيفين",
        """
        أقصى الرجاء الرياضي غريمه الوداد الرياضي من ربع نهائي كأس العرش بعد فوزه بهدفين دون رد، مساء اليوم الجمعة على ملعب محمد الخامس في الدار البيضاء.

        وسجل يونس الإدريسي الهدف الأول في الدقيقة 12، وأضاف البديل أنس الحلوي الهدف الثاني في الدقيقة 85.

        ويلتقي الرجاء في نصف النهائي مع الفائز من مواجهة الجيش الملكي ونهضة بركان.""");
  }

  /** Unrelated background news, so online IDF has something to learn from. */
  static List<AnalyzedArticle> background() {
    return List.of(
        article("X-1", "2025-02-02T09:00:00+02:00", "ارتفاع أسعار الذهب في السوق المحلية",
            "ارتفعت أسعار الذهب في السوق المحلية اليوم الأحد بنسبة طفيفة مع زيادة الطلب قبل موسم الأعراس، وقال تجار إن الإقبال ما زال ضعيفا."),
        article("X-2", "2025-02-02T12:00:00+02:00", "افتتاح معرض الكتاب الدولي بمشاركة 40 دولة",
            "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة أربعين دولة وأكثر من خمسمئة دار نشر، ويستمر المعرض عشرة أيام."),
        article("X-3", "2025-02-03T08:00:00+02:00", "توقعات بأمطار غزيرة على المناطق الشمالية",
            "توقعت هيئة الأرصاد الجوية هطول أمطار غزيرة على المناطق الشمالية خلال اليومين المقبلين مع انخفاض ملحوظ في درجات الحرارة."));
  }
}
