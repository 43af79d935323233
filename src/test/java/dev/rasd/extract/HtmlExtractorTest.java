package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.feed.PageDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Headline, publication time and traps on the gold pages of src/test/resources/extract-gold (each page states its phenomenon). */
class HtmlExtractorTest {
  private static final Path GOLD = Path.of("src/test/resources/extract-gold");
  private final HtmlExtractor extractor = new HtmlExtractor();

  private ExtractedPage page(String name) throws IOException {
    String html = PageDecoder.decode(Files.readAllBytes(GOLD.resolve(name + ".html")), null);
    return extractor.extract(html, "https://example.org/" + name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "agency-wire; افتتاح محطة لتحلية المياه في العقبة بطاقة خمسين ألف متر مكعب يومياً; 2024-03-03T09:42+02:00",
      "newspaper-sidebars; موسم التمور في القصيم: إقبال خارجي وشكاوى من نقص التبريد; 2024-05-14T09:15Z",
      "tv-site; اكتشاف مستوطنة زراعية عمرها سبعة آلاف عام قرب الأقصر; 2024-02-19T16:05+02:00",
      "aspnet-form; بدء التسجيل لامتحانات الثانوية العامة في نابلس; 2023-04-23T00:00Z",
      "cookie-comments; تطبيق تونسي يربط المزارعين بالمطاعم مباشرة; 2024-04-08T11:20+01:00",
      "cp1256-nodecl; عاصفة رملية تشل الحركة في جنوب العراق; 2024-06-06T00:00Z",
      "iso88596-lying; سجل الكتروني موحد لمرضى السكري; 2023-11-14T00:00Z",
      "figcaption-gallery; ختام معرض الشارقة للكتاب بحضور قياسي; 2023-11-12T20:00+04:00",
      "blog-column; عشرون دقيقة من القراءة كل صباح; 2024-01-21T07:30Z",
      "utf8-bom-sport; الوداد بطلاً لكرة الطائرة للسيدات بعد نهائي مثير; 2024-05-26T21:45+01:00"})
  void headlineLosesTheSiteNameAndPublicationTimeIsFound(String name, String title, String published) throws IOException {
    ExtractedPage page = page(name);
    assertThat(page.title()).isEqualTo(title);
    assertThat(page.published()).isEqualTo(OffsetDateTime.parse(published));
  }

  @Test
  void commentsAndCookieBannerStayOutOfTheBody() throws IOException {
    ExtractedPage page = page("cookie-comments");
    assertThat(page.text()).contains("أطلقت شركة ناشئة في تونس")
        .doesNotContain("ملفات تعريف الارتباط").doesNotContain("جربت التطبيق").doesNotContain("بقلم");
  }

  @Test
  void aspNetFormPageYieldsTheBodySpanSplitIntoParagraphs() throws IOException {
    ExtractedPage page = page("aspnet-form");
    assertThat(page.text().split("\n\n")).hasSize(4);
    assertThat(page.text()).doesNotContain("الأكثر قراءة").doesNotContain("بلدية نابلس تعلن").doesNotContain("جميع الحقوق");
  }

  @Test
  void captionsAreNotBody() throws IOException {
    assertThat(page("figcaption-gallery").text()).doesNotContain("تصوير").doesNotContain("طلبة مدارس في جناح")
        .doesNotContain("لحظة إعلان");
  }

  @Test
  void bodySplitByAnAdSlotIsJoinedAndReadAlsoTeaserDropped() throws IOException {
    String text = page("utf8-bom-sport").text();
    assertThat(text).startsWith("حسم فريق الوداد").contains("حفل تكريمي").doesNotContain("اقرأ").doesNotContain("معسكراً مغلقاً");
  }

  @Test
  void relatedTeasersAndMostReadListAreDropped() throws IOException {
    String text = page("newspaper-sidebars").text();
    assertThat(text).contains("عبء التخزين والتبريد").doesNotContain("شهدت الدورة الماضية").doesNotContain("أمانة المنطقة");
  }

  @Test
  void shortSuffixIsDroppedButAPrefixOnlyWhenThePageUsesItAsItsName() {
    assertThat(HeadlineResolver.strip("غرق عبارة في النيل - الجزيرة نت", "")).isEqualTo("غرق عبارة في النيل");
    assertThat(HeadlineResolver.strip("الحكومة - النقابات: جولة حوار جديدة حول الأجور", ""))
        .isEqualTo("الحكومة - النقابات: جولة حوار جديدة حول الأجور");
    String html = "<html><head><title>سكاي نيوز عربية | انتخابات بلدية في ثلاث مدن</title></head><body>"
        + "<div class='x'><a href='/'><img src='l.png' alt='سكاي نيوز عربية'></a></div><p>نص</p></body></html>";
    assertThat(extractor.extract(html, null).title()).isEqualTo("انتخابات بلدية في ثلاث مدن");
  }

  @Test
  void logoInH1IsNotTakenForTheHeadline() {
    String html = "<html><head><title>ارتفاع أسعار الذهب في الأسواق المحلية - الجزيرة نت</title></head>"
        + "<body><h1><a href='/'>الجزيرة</a></h1><p>نص</p></body></html>";
    assertThat(extractor.extract(html, null).title()).isEqualTo("ارتفاع أسعار الذهب في الأسواق المحلية");
  }
}
