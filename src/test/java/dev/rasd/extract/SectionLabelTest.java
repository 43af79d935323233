package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionLabelTest {
  private static final String OUTLET = "قناة النورس";

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // label ending in teh marbuta glued to a headline opening with the article
      "رياضةالترجي يتأهل إلى نهائي الكأس; الترجي يتأهل إلى نهائي الكأس",
      // label without article glued to a headline opening with a place name
      "اقتصادصفاقس تستقبل أول سفينة حاويات; صفاقس تستقبل أول سفينة حاويات",
      // label with the article "ال" glued to the headline
      "الخليجأمطار غزيرة تغلق مدارس الكويت; أمطار غزيرة تغلق مدارس الكويت",
      // two-word label whose last word is a section name, glued to a two-letter word
      "المغرب العربيلا جديد في مفاوضات الصيد البحري; لا جديد في مفاوضات الصيد البحري",
      // label glued to a word with diacritics
      "عربيعمّان تستضيف قمة المياه; عمّان تستضيف قمة المياه",
      // glued label after a piped outlet-wide label
      "أخبار | اقتصادالبنك المركزي يثبت الفائدة; البنك المركزي يثبت الفائدة",
  })
  void stripsASectionLabelGluedToTheHeadline(String title, String headline) {
    assertThat(SectionLabel.headline(title, OUTLET)).isEqualTo(headline);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "اقتصاديون يحذرون من موجة غلاء جديدة",     // section name plus a plural suffix: one word
      "العربية للطيران تفتح خطًا إلى تونس",       // a whole word that is a section name
      "عالمنا يتغير والموانئ تتكيف",             // section name plus a possessive suffix
      "خبراء: الصيد الجائر يهدد الأسماك",        // opens with a short section name ("خبر")
      "فنزويلا ترفع إنتاجها من النفط",           // opens with a two-letter section name ("فن")
      "مالطا تغلق موانئها أمام سفن الصيد",       // opens with a three-letter section name ("مال")
      "تونس: إضراب في قطاع النقل البحري",        // a country and colon belong to the headline
      "المغرب يخفض الفائدة ربع نقطة",            // a country that also names a region section
      "الاقتصاد الليبي يتعافى ببطء",             // a section word used as a headline word
      "رياضة",                                   // a title that is only a label stays whole
      "«اقتصادنا صامد».. الوزير يطمئن المستثمرين", // quotation opening the headline
  })
  void keepsHeadlinesThatOpenWithSectionWords(String title) {
    assertThat(SectionLabel.headline(title, OUTLET)).isEqualTo(title);
  }
}
