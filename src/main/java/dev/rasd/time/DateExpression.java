package dev.rasd.time;

import dev.rasd.time.DateLexicon.Direction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What a date expression means before it is anchored: the closed set of shapes the grammar
 * recognises. Each resolves itself against an {@link ArticleCalendar} (the publication date and
 * the months and years the article has mentioned so far).
 */
sealed interface DateExpression {
  Resolution resolve(ArticleCalendar calendar);

  /** A value ("YYYY-MM-DD", "YYYY-MM" or "YYYY", null when unanchored) and an optional warning. */
  record Resolution(String value, String warning) {
    static final Resolution UNKNOWN = new Resolution(null, null);

    static Resolution of(LocalDate date) {
      return new Resolution(date.toString(), null);
    }

    static Resolution of(YearMonth month) {
      return new Resolution(month.toString(), null);
    }
  }

  /** اليوم، أمس، أول أمس، غدًا، بعد غد، الليلة، قبل أسبوع: days from the publication date. */
  record DayOffset(int days) implements DateExpression {
    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      LocalDate published = calendar.published();
      return published == null ? Resolution.UNKNOWN : Resolution.of(published.plusDays(days));
    }
  }

  /**
   * A weekday. Bare ("الثلاثاء") it is the most recent such day on or before publication, the
   * news convention of reporting what already happened this week; with الماضي it is strictly
   * before, with المقبل/القادم strictly after.
   */
  record Weekday(DayOfWeek day, Direction direction) implements DateExpression {
    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      LocalDate p = calendar.published();
      if (p == null) {
        return Resolution.UNKNOWN;
      }
      int back = Math.floorMod(p.getDayOfWeek().getValue() - day.getValue(), 7);
      if (direction == Direction.NEXT) {
        int ahead = Math.floorMod(day.getValue() - p.getDayOfWeek().getValue(), 7);
        return Resolution.of(p.plusDays(ahead == 0 ? 7 : ahead));
      }
      if (direction == Direction.PAST && back == 0) {
        back = 7;
      }
      return Resolution.of(p.minusDays(back));
    }
  }

  /**
   * A named month, with a day of it when {@code day > 0}, and a year when written. Without a
   * year: الماضي = the latest such date/month strictly before publication, المقبل = the earliest
   * strictly after, الجاري = in the publication year, "من العام نفسه" = the last year the article
   * mentioned, and nothing = the nearest one to publication, the past winning ties.
   */
  record CalendarDate(int day, int month, Integer year, Direction direction) implements DateExpression {
    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      Integer y = year;
      if (y == null && direction == Direction.SAME_AS_MENTIONED) {
        y = calendar.lastYear();
      }
      if (y == null) {
        LocalDate p = calendar.published();
        if (p == null) {
          return Resolution.UNKNOWN;
        }
        y = direction == Direction.CURRENT ? Integer.valueOf(p.getYear()) : anchoredYear(p);
        if (y == null) {
          return Resolution.UNKNOWN;
        }
      }
      YearMonth ym = YearMonth.of(y, month);
      if (day > 0 && !ym.isValidDay(day)) {
        return Resolution.UNKNOWN;
      }
      calendar.mentioned(ym, year != null);
      return day > 0 ? Resolution.of(ym.atDay(day)) : Resolution.of(ym);
    }

    private Integer anchoredYear(LocalDate p) {
      Integer best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int y = p.getYear() - 1; y <= p.getYear() + 1; y++) {
        if (day > 0 && !YearMonth.of(y, month).isValidDay(day)) {
          continue;
        }
        long distance = distance(p, y);
        boolean allowed = (direction != Direction.PAST || distance < 0) && (direction != Direction.NEXT || distance > 0);
        // strict "<" on the absolute distance keeps the earlier (past) candidate on a tie
        if (allowed && Math.abs(distance) < bestDistance) {
          best = y;
          bestDistance = Math.abs(distance);
        }
      }
      return best;
    }

    /** Signed distance from publication: days for a date, months for a month (negative = past). */
    private long distance(LocalDate p, int y) {
      if (day > 0) {
        return ChronoUnit.DAYS.between(p, LocalDate.of(y, month, day));
      }
      return ChronoUnit.MONTHS.between(YearMonth.from(p), YearMonth.of(y, month));
    }
  }

  /**
   * "الشهر الماضي/المقبل/الجاري" relative to publication; "الشهر ذاته/نفسه" the month last
   * mentioned; "الشهر السابق" the month before the latest month the article reports on (in
   * statistics releases the previous month is relative to the reference month, not to today).
   * With {@code day > 0}: a day of that month ("٢٢ من الشهر الجاري", "٢٥ منه").
   */
  record ContextMonth(int day, Direction direction) implements DateExpression {
    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      YearMonth month = switch (direction) {
        case SAME_AS_MENTIONED -> calendar.lastMonth();
        case BEFORE_MENTIONED -> calendar.latestMonth() != null ? calendar.latestMonth().minusMonths(1)
            : shifted(calendar, -1);
        case PAST -> shifted(calendar, -1);
        case NEXT -> shifted(calendar, 1);
        case CURRENT -> shifted(calendar, 0);
      };
      if (month == null || (day > 0 && !month.isValidDay(day))) {
        return Resolution.UNKNOWN;
      }
      return day > 0 ? Resolution.of(month.atDay(day)) : Resolution.of(month);
    }

    private static YearMonth shifted(ArticleCalendar calendar, int months) {
      return calendar.published() == null ? null : YearMonth.from(calendar.published()).plusMonths(months);
    }
  }

  /** "عام 2011" (absolute), "العام الماضي/المقبل/الجاري", "هذا العام", "العام نفسه". */
  record Year(Integer absolute, Direction direction) implements DateExpression {
    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      Integer y = absolute;
      if (y == null && direction == Direction.SAME_AS_MENTIONED) {
        y = calendar.lastYear();
      } else if (y == null && calendar.published() != null) {
        int p = calendar.published().getYear();
        y = direction == Direction.PAST ? p - 1 : direction == Direction.NEXT ? p + 1 : p;
      }
      if (y == null) {
        return Resolution.UNKNOWN;
      }
      if (absolute != null) {
        calendar.mentionedYear(y);
      }
      return new Resolution(String.valueOf(y), null);
    }
  }

  /**
   * رمضان / شهر الصوم: the Gregorian month holding the 15th of the Ramadan nearest publication
   * (Umm al-Qura calendar of {@link HijrahDate}); Ramadan straddles two months, and its middle
   * says which one the month is mostly in.
   */
  record Ramadan() implements DateExpression {
    private static final int RAMADAN = 9;
    private static final int MIDDLE = 15;

    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      LocalDate p = calendar.published();
      if (p == null) {
        return Resolution.UNKNOWN;
      }
      int hijriYear = HijrahDate.from(p).get(ChronoField.YEAR);
      LocalDate best = null;
      for (int h = hijriYear - 1; h <= hijriYear + 1; h++) {
        LocalDate middle = LocalDate.from(HijrahDate.of(h, RAMADAN, MIDDLE));
        if (best == null || Math.abs(ChronoUnit.DAYS.between(p, middle)) < Math.abs(ChronoUnit.DAYS.between(p, best))) {
          best = middle;
        }
      }
      return Resolution.of(YearMonth.from(best));
    }
  }

  /**
   * An expression with a stated weekday ("الأحد 27 أبريل", "اليوم الأربعاء"). The explicit date
   * keeps its value; a weekday that does not fall on it is reported, not silently corrected,
   * because either the day or the date may be the outlet's typo.
   */
  record WithWeekday(DateExpression date, DayOfWeek stated) implements DateExpression {
    @Override
    public Resolution resolve(ArticleCalendar calendar) {
      Resolution r = date.resolve(calendar);
      if (r.value() == null || r.value().length() != "YYYY-MM-DD".length()) {
        return r;
      }
      DayOfWeek actual = LocalDate.parse(r.value()).getDayOfWeek();
      if (actual == stated) {
        return r;
      }
      return new Resolution(r.value(), "stated weekday " + name(stated) + " but " + r.value() + " is a " + name(actual));
    }

    private static String name(DayOfWeek day) {
      return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
  }
}
