package dev.rasd.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What date expressions of one article are anchored to: the local publication date (null when the
 * source gives none, so relative expressions stay unresolved), and the months and years the
 * article has mentioned so far, read in text order, for anaphora ("الشهر ذاته", "٢٥ منه",
 * "من العام نفسه", "الشهر السابق").
 */
final class ArticleCalendar {
  private final LocalDate published;
  private YearMonth lastMonth;
  private YearMonth latestMonth;
  private Integer lastYear;

  ArticleCalendar(LocalDate published) {
    this.published = published;
  }

  LocalDate published() {
    return published;
  }

  /** The month most recently mentioned by name. */
  YearMonth lastMonth() {
    return lastMonth;
  }

  /** The latest (by calendar) month mentioned by name: the period a report is about. */
  YearMonth latestMonth() {
    return latestMonth;
  }

  Integer lastYear() {
    return lastYear;
  }

  void mentioned(YearMonth month, boolean yearWritten) {
    lastMonth = month;
    if (latestMonth == null || month.isAfter(latestMonth)) {
      latestMonth = month;
    }
    if (yearWritten) {
      lastYear = month.getYear();
    }
  }

  void mentionedYear(int year) {
    lastYear = year;
  }
}
