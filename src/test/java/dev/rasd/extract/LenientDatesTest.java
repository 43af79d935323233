package dev.rasd.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2024-05-12T10:30:00+03:00; 2024-05-12T10:30+03:00",
      "2024-05-12T10:30:00+0300; 2024-05-12T10:30+03:00",
      "2024-05-12 10:30:00; 2024-05-12T10:30Z",
      "2024-05-12; 2024-05-12T00:00Z",
      "Sun, 12 May 2024 10:30:00 GMT; 2024-05-12T10:30Z"})
  void machineForms(String raw, String expected) {
    assertThat(LenientDates.parseMachine(raw)).contains(OffsetDateTime.parse(expected));
  }

  // Visible forms: Egyptian month name with PM marker, Levantine name, Maghrebi name,
  // Arabic-Indic digits, numeric day-first.
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "نشر في: الثلاثاء 14 مايو 2024 - 09:15 م; 2024-05-14T21:15Z",
      "الخميس 6 حزيران 2024; 2024-06-06T00:00Z",
      "آخر تحديث 3 شتنبر 2023; 2023-09-03T00:00Z",
      "السبت ١٢ أكتوبر ٢٠٢٤; 2024-10-12T00:00Z",
      "23/04/2023 14:05; 2023-04-23T14:05Z"})
  void visibleForms(String text, String expected) {
    assertThat(LenientDates.findVisible(text)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"الخميس 6 حزيران 2024; true", "وقعت الحادثة في 6 حزيران 2024 قرب الحدود الشمالية للبلاد; false"})
  void datelineIsMostlyADate(String line, boolean expected) {
    assertThat(LenientDates.isDateLine(line)).isEqualTo(expected);
  }
}
