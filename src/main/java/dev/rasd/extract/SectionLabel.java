package dev.rasd.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises site navigation text: breadcrumbs ("الرئيسية » أخبار » ليبيا"), bare section labels
 * ("أخبار عربية") and outlet names glued to a headline ("… - وكالة الساحل").
 * <ul>
 *   <li>A breadcrumb is a line of at least two short segments (at most {@value #MAX_SEGMENT_WORDS}
 *       words each) split by » › &gt; / or |, with no sentence punctuation.</li>
 *   <li>A section label is a line of at most {@value #MAX_LABEL_WORDS} words whose first word,
 *       without its article "ال", is a section name (news, politics, economy, sport …).</li>
 *   <li>A headline loses the short segments before its last » › &gt; (a breadcrumb), then, across
 *       | or a dash, leading section labels and a trailing outlet name. Other segments stay:
 *       kickers such as "عاجل |" or "تحليل |" belong to the headline, and dashes occur inside
 *       headlines. Last, a section label printed against the headline without a space goes
 *       ({@link GluedSectionLabel}).</li>
 * </ul>
 */
public final class SectionLabel {
  static final int MAX_SEGMENT_WORDS = 4;
  static final int MAX_LABEL_WORDS = 3;
  private static final int MAX_BREADCRUMB_WORDS = 12;
  private static final char LEFT_GUILLEMET = '«';
  private static final String DEFINITE_ARTICLE = "ال";
  private static final Pattern NAVIGATION_SEPARATOR = Pattern.compile("\\s+[»›>/|]\\s+|(?<=\\S)[»›](?=\\S)");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[»›>]\\s+");
  /** Separators that also set off kickers ("عاجل | …") and dashes inside headlines: only known labels are cut. */
  private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s+[|\\-–—]\\s+");
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.،,؟?!:؛«\"“]");

  /** Section names in key form without "ال": the vocabulary of news-site navigation. */
  private static final Set<String> SECTION_WORDS = Set.of(
      "رئيسيه", "صفحه", "اخبار", "خبر", "سياسه", "اقتصاد", "رياضه", "محليات", "محلي", "عربي", "عربيه",
      "دولي", "دوليه", "عالم", "عالمي", "ثقافه", "فن", "فنون", "منوعات", "تكنولوجيا", "تقنيه", "صحه",
      "تقارير", "حوادث", "مجتمع", "راي", "مقالات", "اعمال", "بورصه", "تعليم", "علوم", "متابعات", "شوون",
      "اقليميات", "مال", "اسواق", "خليج");

  /** First words of outlet names in key form ("وكالة …", "صحيفة …"). */
  private static final Set<String> MEDIA_WORDS = Set.of(
      "وكاله", "صحيفه", "جريده", "موقع", "بوابه", "قناه", "شبكه", "مجله", "اذاعه", "راديو", "يوميه",
      "تلفزيون");

  private SectionLabel() {
  }

  /** True when {@code line} is a breadcrumb or a bare section label rather than text. */
  public static boolean isLabelLine(String line) {
    BodyLine body = BodyLine.of(line);
    return isBreadcrumb(body) || isSectionLabel(body);
  }

  /** The headline of {@code title} with glued breadcrumbs, section labels and outlet names removed. */
  public static String headline(String title, String outlet) {
    String stripped = title.strip();
    String outletKey = outlet == null ? "" : BodyLine.of(outlet).normalized();
    String headline = afterBreadcrumb(stripped);
    List<MatchResult> separators = LABEL_SEPARATOR.matcher(headline).results().toList();
    int start = 0;
    int end = headline.length();
    if (!separators.isEmpty() && isOutletName(BodyLine.of(headline.substring(separators.getLast().end())), outletKey)) {
      end = separators.getLast().start();
    }
    for (MatchResult separator : separators) {
      BodyLine label = BodyLine.of(headline.substring(start, separator.start()));
      if (separator.start() >= end || !(isSectionLabel(label) || isOutletName(label, outletKey))) {
        break;
      }
      start = separator.end();
    }
    String result = GluedSectionLabel.strip(headline.substring(start, end).strip());
    return result.isEmpty() ? stripped : result;
  }

  /**
   * The title after its leading breadcrumb: » › &gt; are navigation marks, so every short segment
   * before the headline goes, whatever its words.
   */
  private static String afterBreadcrumb(String title) {
    if (title.indexOf(LEFT_GUILLEMET) >= 0) {
      return title;
    }
    int start = 0;
    for (MatchResult separator : BREADCRUMB_SEPARATOR.matcher(title).results().toList()) {
      if (BodyLine.of(title.substring(start, separator.start())).wordCount() > MAX_SEGMENT_WORDS) {
        break;
      }
      start = separator.end();
    }
    return title.substring(start);
  }

  static boolean isBreadcrumb(BodyLine line) {
    String text = line.text();
    if (line.wordCount() > MAX_BREADCRUMB_WORDS || SENTENCE_PUNCTUATION.matcher(text).find()) {
      return false;
    }
    String[] segments = NAVIGATION_SEPARATOR.split(text);
    if (segments.length < 2) {
      return false;
    }
    for (String segment : segments) {
      int words = BodyLine.of(segment).wordCount();
      if (words == 0 || words > MAX_SEGMENT_WORDS) {
        return false;
      }
    }
    return true;
  }

  static boolean isSectionLabel(BodyLine line) {
    return line.wordCount() > 0 && line.wordCount() <= MAX_LABEL_WORDS
        && !SENTENCE_PUNCTUATION.matcher(line.text()).find()
        && isSectionName(line.words().getFirst());
  }

  /** True when {@code keyWord}, with or without its article "ال", is a section name. */
  static boolean isSectionName(String keyWord) {
    return SECTION_WORDS.contains(withoutArticle(keyWord));
  }

  /**
   * True when {@code segment} names an outlet: the known outlet itself, or a short name opening
   * with a media word ("وكالة …", "قناة …").
   */
  static boolean isOutletName(BodyLine segment, String outletKey) {
    if (segment.wordCount() == 0 || segment.wordCount() > MAX_SEGMENT_WORDS) {
      return false;
    }
    return segment.normalized().equals(outletKey) || MEDIA_WORDS.contains(segment.words().getFirst());
  }

  static String withoutArticle(String keyWord) {
    return keyWord.startsWith(DEFINITE_ARTICLE) && keyWord.length() > DEFINITE_ARTICLE.length() + 1
        ? keyWord.substring(DEFINITE_ARTICLE.length()) : keyWord;
  }
}
