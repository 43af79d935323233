package dev.rasd.extract;

import dev.rasd.text.ArabicNormalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that news pages write.
 * <ul>
 *   <li>Machine dates (meta tags, JSON-LD, {@code <time datetime>}): ISO-8601 with or without an
 *       offset ({@code +03:00}, {@code +0300}, {@code Z}), with a space instead of {@code T},
 *       date only, or RFC 1123.</li>
 *   <li>Visible dates: day, month name, year — Egyptian/Gulf names (مايو), Levantine names
 *       (أيار, تشرين الأول) and Maghrebi names (ماي, جوان, شتنبر) — or numeric day/month/year,
 *       optionally followed by a clock time with ص/م (AM/PM). Arabic-Indic digits are read.</li>
 * </ul>
 * A time without an offset is taken as UTC: pages rarely say which zone they mean, and a
 * guessed regional offset would be wrong as often as right.
 */
final class LenientDates {
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH_ALTERNATION = String.join("|",
      MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
  private static final String CLOCK = "(?:\\s*(?:[-–،,|]|الساعه)?\\s*(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*(ص|م|صباحا|مساء|am|pm)?)?";
  private static final Pattern NAMED = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s+(?:من\\s+)?(" + MONTH_ALTERNATION + ")\\s*[،,]?\\s*(\\d{4})" + CLOCK);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)" + CLOCK);
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(?<!\\d)(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?!\\d)" + CLOCK);
  private static final Pattern SPACED_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final List<Function<String, OffsetDateTime>> MACHINE_FORMS = List.of(
      OffsetDateTime::parse,
      s -> ZonedDateTime.parse(s).toOffsetDateTime(),
      s -> LocalDateTime.parse(s).atOffset(ZoneOffset.UTC),
      s -> LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC),
      s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());

  private LenientDates() {
  }

  /** A machine-readable date, or empty when {@code s} is none of the forms above. */
  static Optional<OffsetDateTime> parseMachine(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    if (SPACED_ISO.matcher(t).lookingAt()) {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    if (t.length() > 10 && t.charAt(10) == 'T') {
      t = COMPACT_OFFSET.matcher(t).replaceFirst("$1:$2");
    }
    for (Function<String, OffsetDateTime> form : MACHINE_FORMS) {
      try {
        return Optional.of(form.apply(t));
      } catch (DateTimeParseException e) {
        // not this form; try the next one
      }
    }
    return Optional.empty();
  }

  /** The first date written in {@code text}, or empty. */
  static Optional<OffsetDateTime> findVisible(String text) {
    String key = ArabicNormalizer.key(text).toLowerCase(Locale.ROOT);
    Matcher named = NAMED.matcher(key);
    Matcher dayFirst = DAY_FIRST.matcher(key);
    Matcher yearFirst = YEAR_FIRST.matcher(key);
    int bestStart = Integer.MAX_VALUE;
    Optional<OffsetDateTime> best = Optional.empty();
    if (named.find()) {
      bestStart = named.start();
      best = build(named.group(3), MONTHS.get(named.group(2)), named.group(1), named, 4);
    }
    if (dayFirst.find() && dayFirst.start() < bestStart) {
      bestStart = dayFirst.start();
      best = build(dayFirst.group(3), Integer.parseInt(dayFirst.group(2)), dayFirst.group(1), dayFirst, 4);
    }
    if (yearFirst.find() && yearFirst.start() < bestStart) {
      best = build(yearFirst.group(1), Integer.parseInt(yearFirst.group(2)), yearFirst.group(3), yearFirst, 4);
    }
    return best;
  }

  /** True when most of {@code line} is a written date: a dateline, not a sentence. */
  static boolean isDateLine(String line) {
    String key = ArabicNormalizer.key(line).toLowerCase(Locale.ROOT);
    for (Pattern p : List.of(NAMED, DAY_FIRST, YEAR_FIRST)) {
      Matcher m = p.matcher(key);
      if (m.find() && (m.end() - m.start()) * 2 >= key.strip().length()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<OffsetDateTime> build(String year, int month, String day, Matcher m, int clockGroup) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group(clockGroup) != null) {
        int hour = Integer.parseInt(m.group(clockGroup));
        String half = m.group(clockGroup + 2);
        if (half != null && hour < 12 && (half.startsWith("م") || half.equals("pm"))) {
          hour += 12;
        }
        time = LocalTime.of(hour, Integer.parseInt(m.group(clockGroup + 1)));
      }
      return Optional.of(date.atTime(time).atOffset(ZoneOffset.UTC));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Month names as matching keys (alef and teh marbuta folded like the text they are matched in). */
  private static Map<String, Integer> months() {
    String[][] names = {
        {"يناير", "كانون الثاني", "جانفي"},
        {"فبراير", "شباط", "فيفري"},
        {"مارس", "آذار"},
        {"أبريل", "إبريل", "نيسان", "أفريل"},
        {"مايو", "أيار", "ماي"},
        {"يونيو", "حزيران", "جوان", "يونيه"},
        {"يوليو", "تموز", "جويلية", "يوليوز", "يوليه"},
        {"أغسطس", "آب", "أوت", "غشت"},
        {"سبتمبر", "أيلول", "شتنبر"},
        {"أكتوبر", "تشرين الأول"},
        {"نوفمبر", "تشرين الثاني", "نونبر"},
        {"ديسمبر", "كانون الأول", "دجنبر"}};
    Map<String, Integer> months = new LinkedHashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(ArabicNormalizer.key(name), m + 1);
      }
    }
    return months;
  }
}
