package dev.rasd.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.TimeMention;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date resolution against a fixed publication time: Wednesday 14 May 2025, 23:30 at +03:00 (a
 * late hour, so the local date differs from the UTC date and must be the one used). Fixtures are
 * short sentences written for this test; each row's comment names the phenomenon.
 */
class DateResolverTest {
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-05-14T23:30:00+03:00");
  private final DateResolver resolver = new DateResolver();

  private List<TimeMention> resolve(String text) {
    return resolver.resolve(text, PUBLISHED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # relative day words
      افتتح الوزير المعرض اليوم بحضور السفراء.                 | اليوم              | 2025-05-14
      وصل الوفد أمس إلى العاصمة.                               | أمس                | 2025-05-13
      # spelling variant without hamza
      وصل الوفد امس إلى العاصمة.                               | امس                | 2025-05-13
      # clitic و on the first word stays outside the span
      وأمس أعلنت البلدية إغلاق الطريق.                          | أمس                | 2025-05-13
      # clitic ب before the article (بالأمس)
      تحدث عن لقاء جرى بالأمس مع النقابة.                       | الأمس              | 2025-05-13
      جرت المباراة أول أمس في الملعب البلدي.                    | أول أمس            | 2025-05-12
      يعقد المجلس جلسته غدًا في مقره.                           | غدًا               | 2025-05-15
      يعقد المجلس جلسته غدا في مقره.                            | غدا                | 2025-05-15
      يصل المبعوث بعد غد إلى المدينة.                           | بعد غد             | 2025-05-16
      تنطلق القافلة الليلة من الميناء.                          | الليلة             | 2025-05-14
      # part of day with clitic و
      ومساء الثلاثاء انقطعت الكهرباء عن الحي.                   | مساء الثلاثاء      | 2025-05-13
      عاد الهدوء صباح الثلاثاء إلى الشوارع.                     | صباح الثلاثاء      | 2025-05-13
      قال المتحدث اليوم الأربعاء إن المعبر مفتوح.               | اليوم الأربعاء     | 2025-05-14
      # bare weekday: the most recent one on or before publication (the same day counts)
      اجتمعت اللجنة الأربعاء في مقرها.                          | الأربعاء           | 2025-05-14
      اجتمعت اللجنة الجمعة في مقرها.                            | الجمعة             | 2025-05-09
      # a bare weekday after حتى (until) ends a stretch of time still to come
      تستمر الأمطار حتى الجمعة على فترات متقطعة.                | الجمعة             | 2025-05-16
      يستمر المنخفض الجوي حتى مساء الجمعة.                      | مساء الجمعة        | 2025-05-16
      # ... and so does one governed by a future verb shortly before it (a noun in س does not count)
      ستعقد اللجنة اجتماعها الجمعة في مقرها.                    | الجمعة             | 2025-05-16
      سيعيد الميناء فتح أرصفته صباح الجمعة.                     | صباح الجمعة        | 2025-05-16
      وصلت سيارات الإسعاف الجمعة إلى الميناء.                   | الجمعة             | 2025-05-09
      # weekday with الماضي / المقبل is strictly before / after
      وقّع الطرفان الاتفاق الأربعاء الماضي.                      | الأربعاء الماضي    | 2025-05-07
      يصوت البرلمان الأربعاء المقبل على القانون.                | الأربعاء المقبل    | 2025-05-21
      بدأت الحملة الجمعة الماضية في القرى.                      | الجمعة الماضية     | 2025-05-09
      # week expressions resolve to the day one week away (TimeMention has no week granularity)
      زار الرئيس المصنع الأسبوع الماضي.                         | الأسبوع الماضي     | 2025-05-07
      تبدأ الامتحانات الأسبوع المقبل.                           | الأسبوع المقبل     | 2025-05-21
      ارتفعت الأسعار الشهر الماضي بنسبة طفيفة.                  | الشهر الماضي       | 2025-04
      تنتهي المهلة الشهر المقبل.                                | الشهر المقبل       | 2025-06
      سجل الميناء رقما قياسيا العام الماضي.                     | العام الماضي       | 2024
      # day and month with الماضي / المقبل
      افتتح المستشفى في 21 يوليو الماضي.                        | 21 يوليو الماضي    | 2024-07-21
      تجرى الانتخابات في 10 ديسمبر المقبل.                      | 10 ديسمبر المقبل   | 2025-12-10
      # a month with الماضي in that same month means last year's
      تراجع التضخم في مايو الماضي.                              | مايو الماضي        | 2024-05
      تأسس النادي عام 2011 في المدينة.                          | عام 2011           | 2011
      صدر الحكم في 21 يوليو 2024 بعد جلسات طويلة.               | 21 يوليو 2024      | 2024-07-21
      # Levantine month names, with الماضي
      انتهى الإضراب في كانون الثاني الماضي.                     | كانون الثاني الماضي | 2025-01
      بدأت المفاوضات في شباط الماضي.                            | شباط الماضي        | 2025-02
      # paired month names in both orders; no year = nearest such month
      صدرت النتائج في آذار/مارس.                                | آذار/مارس          | 2025-03
      صدرت النتائج في مارس/آذار 2023.                           | مارس/آذار 2023     | 2023-03
      # Eastern Arabic digits
      وُقّع العقد في ٢١ يوليو ٢٠٢٤ في الرباط.                    | ٢١ يوليو ٢٠٢٤      | 2024-07-21
      # Maghrebi month name and فاتح = first of
      يدخل القانون حيز التنفيذ فاتح يوليوز.                      | فاتح يوليوز        | 2025-07-01
      # no year, no modifier: the nearest such date (68 days ahead beats 297 back)
      يفتتح المعرض في 21 يوليو بمشاركة دولية.                   | 21 يوليو           | 2025-07-21
      # ... and the past when it is nearer (175 days back against 190 ahead)
      افتتح الجسر في 20 نوفمبر بحضور المحافظ.                   | 20 نوفمبر          | 2024-11-20
      # compound ordinal of the current month
      بدأ الإحصاء في الحادي عشر من الشهر الجاري.                | الحادي عشر من الشهر الجاري | 2025-05-11
      # Ramadan: the Gregorian month holding the middle of the nearest Ramadan
      تراجعت الحركة التجارية خلال شهر رمضان.                    | شهر رمضان          | 2025-03
      # a year with Eastern digits
      ظل سعر الصرف ثابتا منذ عام ١٩٨٦.                          | عام ١٩٨٦           | 1986
      """)
  void resolvesEachExpressionKind(String sentence, String surface, String value) {
    List<TimeMention> found = resolve(sentence);
    assertThat(found).extracting(TimeMention::text).containsExactly(surface);
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found.get(0).warning()).isNull();
    assertThat(sentence.substring(found.get(0).start(), found.get(0).end())).isEqualTo(surface);
  }

  @Test
  void anaphoricDayOfTheMonthJustMentioned() {
    // "منه" = of that month: the month named just before
    List<TimeMention> found = resolve("شملت الحصيلة الفترة بين 3 نيسان و9 منه.");
    assertThat(found).extracting(TimeMention::value).containsExactly("2025-04-03", "2025-04-09");
  }

  @Test
  void previousMonthIsRelativeToTheMonthReportedOn() {
    // statistics release: "الشهر السابق" is the month before the reference month (March), not before May
    List<TimeMention> found = resolve("بلغ التضخم 5% في مارس مقابل 6% في الشهر السابق.");
    assertThat(found).extracting(TimeMention::value).containsExactly("2025-03", "2025-02");
  }

  @Test
  void weekdayContradictingTheDateWarnsAndKeepsTheDate() {
    // 21 July 2025 is a Monday, not a Sunday
    List<TimeMention> found = resolve("تنطلق البطولة الأحد 21 يوليو في الدوحة.");
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("الأحد 21 يوليو");
      assertThat(m.value()).isEqualTo("2025-07-21");
      assertThat(m.warning()).contains("Sunday").contains("Monday");
    });
  }

  @Test
  void matchingWeekdayGivesNoWarning() {
    List<TimeMention> found = resolve("تنطلق البطولة الاثنين 21 يوليو في الدوحة.");
    assertThat(found).singleElement().satisfies(m -> assertThat(m.warning()).isNull());
  }

  @Test
  void withoutPublicationDateRelativeExpressionsStayNullAndAbsoluteOnesResolve() {
    List<TimeMention> found = resolver.resolve(
        "أعلنت الوزارة أمس أن المشروع الذي بدأ في 21 يوليو 2024 سينتهي في 21 يوليو، كما حدث عام 2011.", null);
    assertThat(found).extracting(TimeMention::text).containsExactly("أمس", "21 يوليو 2024", "21 يوليو", "عام 2011");
    assertThat(found).extracting(TimeMention::value).containsExactly(null, "2024-07-21", null, "2011");
  }

  @Test
  void datesInsideNamesAndNonTemporalTodayAreIgnored() {
    // a city named after a date, "اليوم الأول" (the first day), and a per-day rate
    List<TimeMention> found = resolve(
        "عقد الاجتماع في مدينة السادس من أكتوبر منذ اليوم الأول، ويتناول السكان وجبة واحدة في اليوم.");
    assertThat(found).isEmpty();
  }

  @Test
  void todayEndingAQuotedNameIsNotADate() {
    // a newspaper named "... اليوم" in guillemets
    assertThat(resolve("نقلت صحيفة «الشروق اليوم» عن مصدر مطلع.")).isEmpty();
  }
}
