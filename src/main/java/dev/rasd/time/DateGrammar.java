package dev.rasd.time;

import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.FutureVerbs;
import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import dev.rasd.time.DateExpression.CalendarDate;
import dev.rasd.time.DateExpression.ContextMonth;
import dev.rasd.time.DateExpression.DayOffset;
import dev.rasd.time.DateExpression.Ramadan;
import dev.rasd.time.DateExpression.WithWeekday;
import dev.rasd.time.DateExpression.Year;
import dev.rasd.time.DateLexicon.Direction;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds date expressions in text: a longest-match recursive-descent reader over {@link Tokenizer}
 * tokens compared by their normalised keys, so offsets stay in the original text. Grammar
 * (each line an alternative; tokens of one expression are separated by spaces only):
 * <pre>
 *   expr      = period (month | year) | partOfDay day | day | month | year | week
 *   day       = [يوم] ( (أمس | أول [من] أمس | اليوم | غدًا | غد | بعد غد) [weekday] [date]
 *                     | الليلة | weekday [الماضي|المقبل] [date] | date )
 *   date      = dayNum [من] monthName [monthTail] | dayNum من الشهر dir | number منه
 *   month     = [شهر] monthName [monthTail] | [شهر] رمضان | شهر الصوم | الشهر dir
 *   monthName = name ["/" name]          (آذار/مارس, يونيو/حزيران)
 *   monthTail = year | dir | من العام نفسه
 *   year      = (عام | العام | سنة) yyyy | (العام | السنة) dir | هذا العام
 *   week      = الأسبوع (الماضي|المقبل) | قبل (أسبوع | أسبوعين | يومين | n أيام)
 * </pre>
 * The first word may carry a clitic (وأمس، بالأمس، ومساء); the span starts after it.
 * "اليوم" followed by an ordinal or an adjective (اليوم الأول، اليوم العالمي) is a day in a
 * narrative or a holiday name, not today, and is skipped, as is اليوم closing a quoted name
 * («الملعب اليوم»).
 */
final class DateGrammar {
  /** One expression at {@code [start, end)} of the text. */
  record Match(int start, int end, DateExpression expression) {
  }

  private record Parsed(int end, DateExpression expression) {
  }

  private record DayNumber(int day, int end) {
  }

  private record MonthName(int month, int end) {
  }

  private record Tail(Integer year, Direction direction, int end) {
  }

  private static final char SLASH = '/';
  private static final char NEWLINE = '\n';
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;
  private static final int WEEK = 7;
  private static final char TATWEEL = '\u0640';

  /** A proclitic: the key prefix, what it leaves of the word's article, and its letters to skip. */
  private record Clitic(String prefix, String restored, int letters) {
  }

  /** Longest first; "بال"/"لل" keep the article (بالأمس = ب + الأمس). */
  private static final List<Clitic> CLITICS = List.of(
      new Clitic("وبال", "ال", 2), new Clitic("فبال", "ال", 2), new Clitic("بال", "ال", 1),
      new Clitic("وال", "ال", 1), new Clitic("فال", "ال", 1), new Clitic("لل", "ال", 1),
      new Clitic("وب", "", 2), new Clitic("ول", "", 2), new Clitic("فب", "", 2),
      new Clitic("و", "", 1), new Clitic("ف", "", 1), new Clitic("ب", "", 1), new Clitic("ل", "", 1));
  private static final Set<String> NOT_TODAY_AFTER = Set.of(
      k("التالي"), k("العالمي"), k("الوطني"), k("الأخير"), k("الموعود"), k("المفتوح"), k("ذاته"), k("نفسه"));

  private static final String YESTERDAY = k("أمس");
  private static final String THE_YESTERDAY = k("الأمس");
  private static final String FIRST = k("أول");
  private static final String FROM = k("من");
  private static final String UNTIL = k("حتى");
  /** How many words back a future verb may govern a bare weekday ("سيعيد الميناء فتح أرصفته صباح الخميس"). */
  private static final int FUTURE_REACH = 6;
  private static final String ELEVENTH_UNIT = k("الحادي");
  private static final String TODAY = k("اليوم");
  private static final String TOMORROW = k("غدا");
  private static final String MORROW = k("غد");
  private static final String AFTER = k("بعد");
  private static final String BEFORE = k("قبل");
  private static final String TONIGHT = k("الليلة");
  private static final String DAY = k("يوم");
  private static final String MONTH = k("شهر");
  private static final String THE_MONTH = k("الشهر");
  private static final String OF_IT = k("منه");
  private static final String RAMADAN = k("رمضان");
  private static final String FASTING = k("الصوم");
  private static final Set<String> YEAR_WORDS = Set.of(k("عام"), k("العام"), k("سنة"), k("السنة"));
  private static final Set<String> THE_YEAR = Set.of(k("العام"), k("السنة"));
  private static final String THIS = k("هذا");
  private static final String THIS_FEM = k("هذه");
  private static final String THE_WEEK = k("الأسبوع");
  private static final String WEEK_WORD = k("أسبوع");
  private static final String TWO_WEEKS = k("أسبوعين");
  private static final String TWO_DAYS = k("يومين");
  private static final String DAYS_WORD = k("أيام");
  private static final char CLOSING_GUILLEMET = '»';
  private static final char OPENING_GUILLEMET = '«';
  private static final char OPENING_CURLY = '“';
  private static final int SHORT_NAME_WORDS = 3;
  private static final String IN = k("في");
  private static final String THE_MORROW = k("الغد");
  private static final Set<String> COUNTED = Set.of(k("واحدة"), k("واحد"), k("مرة"), k("مرتين"), k("مرات"));
  /** Nouns that make a following date part of a name: مدينة السادس من أكتوبر، ثورة 25 يناير. */
  private static final Set<String> NAME_HEADS = Set.of(
      k("مدينة"), k("نادي"), k("جامعة"), k("جسر"), k("كوبري"), k("حرب"), k("ثورة"), k("ميدان"), k("شارع"), k("حي"));
  private static final char STRAIGHT_QUOTE = '"';
  private static final char CLOSING_CURLY = '”';

  private final String text;
  private final List<Token> tokens;
  private final String[] keys;

  private DateGrammar(String text) {
    this.text = text;
    this.tokens = Tokenizer.tokenize(text);
    this.keys = tokens.stream().map(Token::key).toArray(String[]::new);
  }

  /** Every date expression of {@code text}, in order, never overlapping. */
  static List<Match> find(String text) {
    return new DateGrammar(text).findAll();
  }

  private List<Match> findAll() {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      // a date after a name head (مدينة السادس من أكتوبر) is part of the name: skip it whole
      Parsed named = NAME_HEADS.contains(keys[i]) && joined(i + 1) ? date(i + 1) : null;
      if (named != null) {
        i = named.end();
        continue;
      }
      Match m = matchAt(i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        while (i < tokens.size() && tokens.get(i).start() < m.end()) {
          i++;
        }
      }
    }
    return out;
  }

  /** Tries the token as written, then without each clitic that leaves a known word. */
  private Match matchAt(int i) {
    String original = keys[i];
    try {
      Parsed p = expression(i);
      if (p != null) {
        return new Match(tokens.get(i).start(), tokens.get(p.end() - 1).end(), p.expression());
      }
      for (Clitic clitic : CLITICS) {
        if (original.length() > clitic.prefix().length() + 1 && original.startsWith(clitic.prefix())) {
          keys[i] = clitic.restored() + original.substring(clitic.prefix().length());
          p = expression(i);
          if (p != null) {
            return new Match(afterLetters(tokens.get(i), clitic.letters()), tokens.get(p.end() - 1).end(), p.expression());
          }
        }
      }
      return null;
    } finally {
      keys[i] = original;
    }
  }

  private Parsed expression(int i) {
    if (DateLexicon.isPeriodPart(keys[i]) && joined(i + 1)) {
      Parsed p = monthOrYear(i + 1);
      if (p != null) {
        return p;
      }
    }
    if (DateLexicon.isPartOfDay(keys[i]) && joined(i + 1)) {
      Parsed p = day(i + 1);
      if (p != null) {
        return p;
      }
    }
    Parsed p = day(i);
    if (p == null) {
      p = monthOrYear(i);
    }
    return p != null ? p : week(i);
  }

  private Parsed day(int i) {
    if (DAY.equals(keys[i]) && joined(i + 1)) {
      Parsed p = dayCore(i + 1);
      if (p != null) {
        return p;
      }
    }
    return dayCore(i);
  }

  private Parsed dayCore(int i) {
    String k = keys[i];
    if (FIRST.equals(k)) {
      int j = is(i + 1, FROM) ? i + 2 : i + 1;
      return is(j, YESTERDAY) ? dayTail(j + 1, new DayOffset(-2)) : null;
    }
    if (YESTERDAY.equals(k) || THE_YESTERDAY.equals(k)) {
      return dayTail(i + 1, new DayOffset(-1));
    }
    if (TODAY.equals(k)) {
      return isToday(i) ? dayTail(i + 1, new DayOffset(0)) : null;
    }
    if (TOMORROW.equals(k) || MORROW.equals(k)) {
      return dayTail(i + 1, new DayOffset(1));
    }
    if (AFTER.equals(k) && is(i + 1, MORROW)) {
      return dayTail(i + 2, new DayOffset(2));
    }
    if (TONIGHT.equals(k)) {
      return new Parsed(i + 1, new DayOffset(0));
    }
    DayOfWeek weekday = DateLexicon.weekday(k);
    if (weekday != null) {
      Direction dir = joined(i + 1) ? DateLexicon.direction(keys[i + 1]) : null;
      boolean relative = dir == Direction.PAST || dir == Direction.NEXT || dir == Direction.BEFORE_MENTIONED;
      int j = relative ? i + 2 : i + 1;
      Parsed date = joined(j) ? date(j) : null;
      if (date != null) {
        return new Parsed(date.end(), new WithWeekday(date.expression(), weekday));
      }
      Direction d = dir == Direction.BEFORE_MENTIONED ? Direction.PAST : dir;
      // "حتى الخميس", "حتى مساء الخميس": a bare weekday that ends a stretch of time lies ahead
      // and so does one governed by a future verb ("ستعقد القمة الخميس")
      Direction bare = untilBefore(i) || futureBefore(i) ? Direction.NEXT : null;
      return new Parsed(j, new DateExpression.Weekday(weekday, relative ? d : bare));
    }
    return date(i);
  }

  /** After a relative day: an optional weekday, then an optional explicit date that wins. */
  private Parsed dayTail(int i, DateExpression relative) {
    DayOfWeek weekday = joined(i) ? DateLexicon.weekday(keys[i]) : null;
    int j = weekday == null ? i : i + 1;
    Parsed date = joined(j) ? date(j) : null;
    DateExpression base = date != null ? date.expression() : relative;
    int end = date != null ? date.end() : j;
    return new Parsed(end, weekday == null ? base : new WithWeekday(base, weekday));
  }

  /**
   * "اليوم" is today unless it ends a short quoted name («الملعب اليوم»), is a distributive
   * ("وجبة واحدة في اليوم" = per day), opens the idiom "اليوم قبل الغد", or is followed by an
   * ordinal or adjective (اليوم الأول، اليوم العالمي).
   */
  private boolean isToday(int i) {
    int end = tokens.get(i).end();
    if (end < text.length() && isClosingQuote(text.charAt(end)) && quotedWordsBefore(i) <= SHORT_NAME_WORDS) {
      return false;
    }
    if (i >= 2 && IN.equals(keys[i - 1]) && (tokens.get(i - 2).isNumber() || COUNTED.contains(keys[i - 2]))) {
      return false;
    }
    if (is(i + 1, BEFORE) && is(i + 2, THE_MORROW)) {
      return false;
    }
    return !joined(i + 1) || (DateLexicon.ordinalUnit(keys[i + 1]) == 0 && DateLexicon.ordinalWhole(keys[i + 1]) == 0
        && !NOT_TODAY_AFTER.contains(keys[i + 1]));
  }

  /** Words between the nearest opening quotation mark before token {@code i} and it (inclusive). */
  private int quotedWordsBefore(int i) {
    int words = 1;
    for (int j = i; j > 0 && words <= SHORT_NAME_WORDS; j--) {
      String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
      if (gap.chars().anyMatch(c -> c == OPENING_GUILLEMET || c == OPENING_CURLY || c == STRAIGHT_QUOTE)) {
        return words;
      }
      words++;
    }
    return words;
  }

  private Parsed date(int i) {
    DayNumber dn = dayNumber(i);
    if (dn == null) {
      return null;
    }
    int j = dn.end();
    if (is(j, OF_IT)) {
      return new Parsed(j + 1, new ContextMonth(dn.day(), Direction.SAME_AS_MENTIONED));
    }
    boolean from = is(j, FROM);
    int m = from ? j + 1 : j;
    if (is(m, THE_MONTH) && joined(m + 1)) {
      Direction dir = DateLexicon.direction(keys[m + 1]);
      return dir == null ? null : new Parsed(m + 2, new ContextMonth(dn.day(), dir));
    }
    MonthName name = monthName(m, true);
    if (name == null) {
      return null;
    }
    Tail tail = tail(name.end());
    return new Parsed(tail.end(), new CalendarDate(dn.day(), name.month(), tail.year(), tail.direction()));
  }

  /** A day of the month: 1–2 digits, or an ordinal (السادس، الحادي عشر، السابع والعشرين، فاتح). */
  private DayNumber dayNumber(int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    if (t.isNumber()) {
      if (t.key().length() > 2 || !t.key().chars().allMatch(Character::isDigit)) {
        return null;
      }
      int d = Integer.parseInt(t.key());
      return d >= 1 && d <= 31 ? new DayNumber(d, i + 1) : null;
    }
    int whole = DateLexicon.ordinalWhole(keys[i]);
    if (whole > 0) {
      return new DayNumber(whole, i + 1);
    }
    int unit = DateLexicon.ordinalUnit(keys[i]);
    if (unit == 0) {
      return null;
    }
    if (joined(i + 1) && DateLexicon.TEEN.equals(keys[i + 1])) {
      return new DayNumber(unit + 10, i + 2);
    }
    int tens = joined(i + 1) ? DateLexicon.ordinalTens(keys[i + 1]) : 0;
    if (tens > 0 && unit + tens <= 31) {
      return new DayNumber(unit + tens, i + 2);
    }
    // "الحادي" is only ever part of a compound; a lone ordinal is a day only before "من"
    return !ELEVENTH_UNIT.equals(keys[i]) && is(i + 1, FROM) ? new DayNumber(unit, i + 1) : null;
  }

  private Parsed monthOrYear(int i) {
    String k = keys[i];
    boolean monthWord = MONTH.equals(k) && joined(i + 1);
    int j = monthWord ? i + 1 : i;
    if (RAMADAN.equals(keys[j]) || (monthWord && FASTING.equals(keys[j]))) {
      return new Parsed(j + 1, new Ramadan());
    }
    MonthName name = monthName(j, monthWord);
    if (name != null) {
      Tail tail = tail(name.end());
      boolean ambiguous = DateLexicon.isAmbiguousMonth(keys[j]) && name.end() == j + 1 && !monthWord;
      if (ambiguous && tail.year() == null) {
        return null;
      }
      return new Parsed(tail.end(), new CalendarDate(0, name.month(), tail.year(), tail.direction()));
    }
    if (THE_MONTH.equals(k) && joined(i + 1) && DateLexicon.direction(keys[i + 1]) != null) {
      return new Parsed(i + 2, new ContextMonth(0, DateLexicon.direction(keys[i + 1])));
    }
    return year(i);
  }

  private Parsed year(int i) {
    String k = keys[i];
    if ((THIS.equals(k) || THIS_FEM.equals(k)) && joined(i + 1) && THE_YEAR.contains(keys[i + 1])) {
      return new Parsed(i + 2, new Year(null, Direction.CURRENT));
    }
    if (!YEAR_WORDS.contains(k) || !joined(i + 1)) {
      return null;
    }
    Integer y = yearNumber(i + 1);
    if (y != null) {
      return new Parsed(i + 2, new Year(y, null));
    }
    Direction dir = DateLexicon.direction(keys[i + 1]);
    return THE_YEAR.contains(k) && dir != null ? new Parsed(i + 2, new Year(null, dir)) : null;
  }

  private Parsed week(int i) {
    String k = keys[i];
    if (THE_WEEK.equals(k) && joined(i + 1)) {
      Direction dir = DateLexicon.direction(keys[i + 1]);
      if (dir == Direction.PAST || dir == Direction.NEXT) {
        return new Parsed(i + 2, new DayOffset(dir == Direction.PAST ? -WEEK : WEEK));
      }
      return null;
    }
    if (!BEFORE.equals(k) || !joined(i + 1)) {
      return null;
    }
    String n = keys[i + 1];
    if (WEEK_WORD.equals(n)) {
      return new Parsed(i + 2, new DayOffset(-WEEK));
    }
    if (TWO_WEEKS.equals(n)) {
      return new Parsed(i + 2, new DayOffset(-2 * WEEK));
    }
    if (TWO_DAYS.equals(n)) {
      return new Parsed(i + 2, new DayOffset(-2));
    }
    Token t = tokens.get(i + 1);
    if (t.isNumber() && t.key().length() <= 2 && t.key().chars().allMatch(Character::isDigit)
        && joined(i + 2) && DAYS_WORD.equals(keys[i + 2])) {
      return new Parsed(i + 3, new DayOffset(-Integer.parseInt(t.key())));
    }
    return null;
  }

  /** A month name of one or two words, optionally paired with its other-system name by a slash. */
  private MonthName monthName(int i, boolean allowAmbiguous) {
    if (i >= tokens.size()) {
      return null;
    }
    MonthName first = singleMonth(i);
    if (first == null) {
      return null;
    }
    if (first.end() < tokens.size() && gapIs(first.end(), SLASH)) {
      MonthName partner = singleMonth(first.end());
      if (partner != null) {
        return new MonthName(first.month(), partner.end());
      }
    }
    if (!allowAmbiguous && DateLexicon.isAmbiguousMonth(keys[i]) && first.end() == i + 1) {
      Token next = first.end() < tokens.size() ? tokens.get(first.end()) : null;
      return next != null && joined(first.end()) && yearNumber(first.end()) != null ? first : null;
    }
    return first;
  }

  private MonthName singleMonth(int i) {
    if (joined(i + 1)) {
      int two = DateLexicon.month(keys[i] + " " + keys[i + 1]);
      if (two > 0) {
        return new MonthName(two, i + 2);
      }
    }
    int one = DateLexicon.month(keys[i]);
    return one > 0 ? new MonthName(one, i + 1) : null;
  }

  private Tail tail(int i) {
    if (!joined(i)) {
      return new Tail(null, null, i);
    }
    Integer y = yearNumber(i);
    if (y != null) {
      return new Tail(y, null, i + 1);
    }
    if (is(i, FROM) && joined(i + 2) && THE_YEAR.contains(keys[i + 1])) {
      Direction dir = DateLexicon.direction(keys[i + 2]);
      if (dir == Direction.SAME_AS_MENTIONED) {
        return new Tail(null, dir, i + 3);
      }
    }
    Direction dir = DateLexicon.direction(keys[i]);
    if (dir == Direction.PAST || dir == Direction.NEXT || dir == Direction.CURRENT) {
      return new Tail(null, dir, i + 1);
    }
    return new Tail(null, null, i);
  }

  private Integer yearNumber(int i) {
    if (i >= tokens.size() || !tokens.get(i).isNumber()) {
      return null;
    }
    String key = tokens.get(i).key();
    if (key.length() != 4 || !key.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int y = Integer.parseInt(key);
    return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
  }

  /** True when a future verb (سوف، or س before a present prefix) comes shortly before token {@code i} in its clause. */
  private boolean futureBefore(int i) {
    for (int j = i - 1; j >= Math.max(0, i - FUTURE_REACH) && joined(j + 1); j--) {
      if (FutureVerbs.isFuture(keys[j])) {
        return true;
      }
    }
    return false;
  }

  /** True when حتى, optionally with a part of day, is written just before token {@code i}. */
  private boolean untilBefore(int i) {
    int j = i - 1;
    if (j >= 0 && DateLexicon.isPartOfDay(keys[j]) && joined(j + 1)) {
      j--;
    }
    return j >= 0 && UNTIL.equals(keys[j]) && joined(j + 1);
  }

  private boolean is(int i, String key) {
    return joined(i) && key.equals(keys[i]);
  }

  /** True when token {@code i} exists and only spaces (no line break or punctuation) precede it. */
  private boolean joined(int i) {
    if (i >= tokens.size()) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
      char ch = text.charAt(c);
      if (!Character.isWhitespace(ch) || ch == NEWLINE) {
        return false;
      }
    }
    return true;
  }

  private boolean gapIs(int i, char separator) {
    String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
    return gap.length() == 1 && gap.charAt(0) == separator;
  }

  private static boolean isClosingQuote(char c) {
    return c == CLOSING_GUILLEMET || c == STRAIGHT_QUOTE || c == CLOSING_CURLY;
  }

  /** Offset in the token's surface after {@code letters} letters, skipping their diacritics. */
  private static int afterLetters(Token t, int letters) {
    String s = t.text();
    int seen = 0;
    int c = 0;
    while (c < s.length() && seen < letters) {
      if (!ArabicNormalizer.isDiacritic(s.charAt(c)) && s.charAt(c) != TATWEEL) {
        seen++;
      }
      c++;
    }
    while (c < s.length() && (ArabicNormalizer.isDiacritic(s.charAt(c)) || s.charAt(c) == TATWEEL)) {
      c++;
    }
    return t.start() + c;
  }

  private static String k(String word) {
    return ArabicNormalizer.key(word);
  }
}
