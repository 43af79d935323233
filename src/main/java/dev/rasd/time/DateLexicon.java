package dev.rasd.time;

import dev.rasd.text.ArabicNormalizer;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of Arabic date expressions, keyed by {@link ArabicNormalizer#key} so spelling
 * variants (أمس/امس, الماضي/الماضى, غدًا/غدا) meet one entry. Month names cover the three
 * systems outlets use: Egyptian/Gulf (يناير…), Levantine/Iraqi Syriac (كانون الثاني، شباط…)
 * and Maghrebi (جانفي، أفريل، ماي، يوليوز، غشت، شتنبر، دجنبر…). Two-word months
 * (كانون الثاني، تشرين الأول) are keyed by "first second".
 */
final class DateLexicon {
  /** Relative words whose direction is the past, the future or the publication's own period. */
  enum Direction { PAST, NEXT, CURRENT, SAME_AS_MENTIONED, BEFORE_MENTIONED }

  private static final Map<String, Integer> MONTHS = keyed(Map.ofEntries(
      Map.entry("يناير", 1), Map.entry("كانون الثاني", 1), Map.entry("جانفي", 1),
      Map.entry("فبراير", 2), Map.entry("شباط", 2), Map.entry("فيفري", 2),
      Map.entry("مارس", 3), Map.entry("آذار", 3),
      Map.entry("أبريل", 4), Map.entry("إبريل", 4), Map.entry("نيسان", 4), Map.entry("أفريل", 4),
      Map.entry("مايو", 5), Map.entry("أيار", 5), Map.entry("ماي", 5),
      Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("حزيران", 6), Map.entry("جوان", 6),
      Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("تموز", 7), Map.entry("يوليوز", 7),
      Map.entry("جويلية", 7),
      Map.entry("أغسطس", 8), Map.entry("آب", 8), Map.entry("غشت", 8), Map.entry("أوت", 8),
      Map.entry("سبتمبر", 9), Map.entry("أيلول", 9), Map.entry("شتنبر", 9),
      Map.entry("أكتوبر", 10), Map.entry("تشرين الأول", 10),
      Map.entry("نوفمبر", 11), Map.entry("تشرين الثاني", 11), Map.entry("نونبر", 11),
      Map.entry("ديسمبر", 12), Map.entry("كانون الأول", 12), Map.entry("دجنبر", 12)));

  /**
   * Month names that are also everyday words (آب = أب "father" once hamza is folded, أوت,
   * جوان a given name): accepted only beside a day number, a year or a slash partner.
   */
  private static final Set<String> AMBIGUOUS_MONTHS = keys("آب", "أوت", "جوان");

  private static final Map<String, DayOfWeek> WEEKDAYS = keyed(Map.of(
      "الأحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الإثنين", DayOfWeek.MONDAY,
      "الثلاثاء", DayOfWeek.TUESDAY, "الأربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY,
      "الجمعة", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY));

  /** Ordinal units; "الحادي" only occurs in compounds (الحادي عشر، الحادي والعشرين). */
  private static final Map<String, Integer> ORDINAL_UNITS = keyed(Map.of(
      "الأول", 1, "الحادي", 1, "الثاني", 2, "الثالث", 3, "الرابع", 4, "الخامس", 5,
      "السادس", 6, "السابع", 7, "الثامن", 8, "التاسع", 9));

  /** Whole ordinals: tens, and فاتح (Maghrebi "first of"). */
  private static final Map<String, Integer> ORDINAL_WHOLE = keyed(Map.of(
      "العاشر", 10, "العشرين", 20, "العشرون", 20, "الثلاثين", 30, "الثلاثون", 30, "فاتح", 1));

  /** Tens joined to a unit by و: "السابع والعشرين". */
  private static final Map<String, Integer> ORDINAL_TENS = keyed(Map.of(
      "والعشرين", 20, "والعشرون", 20, "والثلاثين", 30, "والثلاثون", 30));

  static final String TEEN = key("عشر");

  /** Times of day that narrow a day without changing it (صباح اليوم = today). */
  private static final Set<String> PARTS_OF_DAY = keys(
      "صباح", "صبيحة", "مساء", "ليلة", "ليل", "فجر", "ظهر", "ظهيرة", "عصر", "عشية", "ضحى", "نهار");

  /** Parts of a month or year (نهاية فبراير): the value stays the month or year. */
  private static final Set<String> PERIOD_PARTS = keys(
      "نهاية", "مطلع", "بداية", "أوائل", "أواخر", "منتصف", "أواسط", "مستهل");

  private static final Map<String, Direction> DIRECTIONS = keyed(Map.ofEntries(
      Map.entry("الماضي", Direction.PAST), Map.entry("الماضية", Direction.PAST),
      Map.entry("المنصرم", Direction.PAST), Map.entry("المنصرمة", Direction.PAST),
      Map.entry("الفائت", Direction.PAST), Map.entry("الفائتة", Direction.PAST),
      Map.entry("المقبل", Direction.NEXT), Map.entry("المقبلة", Direction.NEXT),
      Map.entry("القادم", Direction.NEXT), Map.entry("القادمة", Direction.NEXT),
      Map.entry("الجاري", Direction.CURRENT), Map.entry("الجارية", Direction.CURRENT),
      Map.entry("الحالي", Direction.CURRENT), Map.entry("الحالية", Direction.CURRENT),
      Map.entry("نفسه", Direction.SAME_AS_MENTIONED), Map.entry("ذاته", Direction.SAME_AS_MENTIONED),
      Map.entry("السابق", Direction.BEFORE_MENTIONED)));

  private DateLexicon() {
  }

  static String key(String word) {
    return ArabicNormalizer.key(word);
  }

  /** Month number of a one- or two-word name key, else 0. */
  static int month(String key) {
    return MONTHS.getOrDefault(key, 0);
  }

  static boolean isAmbiguousMonth(String key) {
    return AMBIGUOUS_MONTHS.contains(key);
  }

  static DayOfWeek weekday(String key) {
    return WEEKDAYS.get(key);
  }

  static int ordinalUnit(String key) {
    return ORDINAL_UNITS.getOrDefault(key, 0);
  }

  static int ordinalWhole(String key) {
    return ORDINAL_WHOLE.getOrDefault(key, 0);
  }

  static int ordinalTens(String key) {
    return ORDINAL_TENS.getOrDefault(key, 0);
  }

  static boolean isPartOfDay(String key) {
    return PARTS_OF_DAY.contains(key);
  }

  static boolean isPeriodPart(String key) {
    return PERIOD_PARTS.contains(key);
  }

  static Direction direction(String key) {
    return DIRECTIONS.get(key);
  }

  private static <V> Map<String, V> keyed(Map<String, V> byWord) {
    Map<String, V> out = new HashMap<>();
    byWord.forEach((word, value) -> out.put(key(word), value));
    return Map.copyOf(out);
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(DateLexicon::key).collect(Collectors.toUnmodifiableSet());
  }
}
