package dev.rasd.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises one line of site furniture by cue phrases, matched on matching-key words so spelling
 * variants ("اقرأ أيضًا", "إقرأ ايضا") match alike. Precision comes first, so every weak cue is
 * guarded by the line's shape:
 * <ol>
 *   <li>strong cues (related links "اقرأ أيضًا: …", cookie notices) remove the line whatever its
 *       length: no reporting sentence opens with them; so does a wire end marker alone on its line
 *       ("(انتهى)");</li>
 *   <li>a line of at most {@value #WEAK_MAX_WORDS} words with the © sign, even when it ends with a
 *       full stop ("© وكالة …. جميع الحقوق محفوظة.");</li>
 *   <li>weak cues (share, follow, listen and print prompts, comment widgets, photo credits, sources)
 *       remove it only when it opens the line, the line has at most {@value #WEAK_MAX_WORDS} words
 *       and it does not end as a sentence does; bylines ("كتب: …") at most
 *       {@value #BYLINE_MAX_WORDS} words;</li>
 *   <li>in a line of that shape, a copyright notice or the outlet speaking of its own services
 *       ("موقعنا", "البودكاست") anywhere;</li>
 *   <li>breadcrumbs and bare section labels ({@link SectionLabel});</li>
 *   <li>a source dateline standing alone ("الرياض - (وكالات)", "القاهرة - صحيفة …");</li>
 *   <li>a caption ending in a credit ("… (أرشيف)", "… (outlet)") of at most
 *       {@value #CAPTION_MAX_WORDS} words.</li>
 * </ol>
 */
final class CruftCues {
  static final int WEAK_MAX_WORDS = 15;
  static final int BYLINE_MAX_WORDS = 6;
  static final int CAPTION_MAX_WORDS = 20;
  private static final int DATELINE_MAX_WORDS = 6;

  private static final List<List<String>> STRONG = phrases(
      "اقرأ أيضا", "اقرأ كذلك", "اقرأ المزيد", "شاهد أيضا", "طالع أيضا", "مقالات ذات صلة",
      "أخبار ذات صلة", "مواضيع ذات صلة", "مواد ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة",
      "نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع", "هذا الموقع يستخدم", "باستخدامك هذا الموقع",
      "بمواصلتك التصفح");

  private static final List<List<String>> WEAK = phrases(
      "اقرأ", "شارك", "شاركوا", "شاركها", "انشر", "تابع", "تابعنا", "تابعونا", "تابعوا", "لمتابعة", "للمزيد",
      "اشترك", "اشتركوا", "سجل", "انضم", "حمل", "حملوا", "حمّل تطبيق", "التعليقات", "تعليقات", "تعليق",
      "أضف", "المزيد من", "المزيد", "صورة", "الصورة", "صور", "تصوير", "المصدر", "مصدر", "فيديو",
      "بالفيديو", "بالصور", "شاهد", "النشرة البريدية", "استمع", "استمعوا", "نسخة للطباعة", "أرسل لصديق",
      "النتائج المباشرة", "البث المباشر");

  /** Wire services close a story with an end marker on its own line. */
  private static final List<List<String>> END_MARKERS = phrases("انتهى", "انتهى الخبر");

  /** An outlet naming its own services: self-promotion, not reporting, in a short line. */
  private static final List<List<String>> OWN_SERVICES = phrases("موقعنا", "تطبيقنا", "قناتنا", "البودكاست");

  private static final List<List<String>> BYLINE = phrases("كتب", "كتبت", "بقلم", "إعداد", "تحرير");

  private static final List<List<String>> COPYRIGHT = phrases("جميع الحقوق محفوظة", "حقوق النشر محفوظة");

  /** Headers after which the following short lines are a list of related headlines. */
  private static final List<List<String>> RELATED_LIST_HEADERS = phrases(
      "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا", "اقرأ أيضا في", "الأكثر قراءة",
      "شاهد أيضا", "المزيد", "ذات صلة");

  /** Credits written after a dash or in closing parentheses. */
  private static final Set<String> CREDITS = phrases(
      "أرشيف", "أرشيفية", "صورة أرشيفية", "فيديو", "صور", "وكالات", "متابعات", "مواقع", "خاص",
      "رويترز", "أ ف ب", "الأناضول", "وكالات مواقع").stream()
      .map(words -> String.join(" ", words)).collect(Collectors.toUnmodifiableSet());

  private static final char COPYRIGHT_SIGN = '\u00A9';
  private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
  private static final Pattern CLOSING_CREDIT = Pattern.compile("\\(([^()]*)\\)\\s*$");

  private CruftCues() {
  }

  static boolean isCruft(BodyLine line, String outletKey) {
    if (line.wordCount() == 0) {
      return false;
    }
    if (startsWithAny(line, STRONG) || END_MARKERS.stream().anyMatch(line::isExactly)
        || line.wordCount() <= WEAK_MAX_WORDS && line.text().indexOf(COPYRIGHT_SIGN) >= 0) {
      return true;
    }
    boolean furnitureShape = !line.endsLikeSentence();
    if (furnitureShape && line.wordCount() <= BYLINE_MAX_WORDS && startsWithAny(line, BYLINE)) {
      return true;
    }
    if (furnitureShape && line.wordCount() <= WEAK_MAX_WORDS
        && (startsWithAny(line, WEAK) || containsAny(line, COPYRIGHT) || containsAny(line, OWN_SERVICES))) {
      return true;
    }
    return SectionLabel.isBreadcrumb(line) || SectionLabel.isSectionLabel(line)
        || furnitureShape && (isSourceDateline(line, outletKey) || isCreditedCaption(line, outletKey));
  }

  /** True when the line is only a related-links header ("مقالات ذات صلة"), so a list of headlines follows. */
  static boolean opensRelatedList(BodyLine line) {
    return RELATED_LIST_HEADERS.stream().anyMatch(line::isExactly);
  }

  private static boolean isSourceDateline(BodyLine line, String outletKey) {
    if (line.wordCount() > DATELINE_MAX_WORDS) {
      return false;
    }
    String[] sides = DASH.split(line.text());
    return sides.length == 2 && Arrays.stream(sides).map(BodyLine::of)
        .anyMatch(side -> CREDITS.contains(side.normalized()) || SectionLabel.isOutletName(side, outletKey));
  }

  private static boolean isCreditedCaption(BodyLine line, String outletKey) {
    if (line.wordCount() > CAPTION_MAX_WORDS) {
      return false;
    }
    Matcher credit = CLOSING_CREDIT.matcher(line.text());
    if (!credit.find()) {
      return false;
    }
    BodyLine inside = BodyLine.of(credit.group(1));
    return CREDITS.contains(inside.normalized()) || SectionLabel.isOutletName(inside, outletKey);
  }

  private static boolean startsWithAny(BodyLine line, List<List<String>> phrases) {
    return phrases.stream().anyMatch(line::startsWith);
  }

  private static boolean containsAny(BodyLine line, List<List<String>> phrases) {
    return phrases.stream().anyMatch(phrase -> Collections.indexOfSubList(line.words(), phrase) >= 0);
  }

  private static List<List<String>> phrases(String... written) {
    return Arrays.stream(written).map(phrase -> BodyLine.of(phrase).words()).toList();
  }
}
