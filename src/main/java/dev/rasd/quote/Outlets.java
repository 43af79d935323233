package dev.rasd.quote;

import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the outlets statements were given to: "لـ«رويترز»", "ل«الضفتين»", "لقناة الجزيرة",
 * "لوكالة الأنباء الرسمية", "في مقابلة مع وكالة سبوتنيك", "في اتصال هاتفي مع «الميزان»".
 * A name in marks after the preposition ل is an outlet only in a statement context — followed
 * by a colon, a quote or a complementizer (لـ«المرمى»: «…», ل«الضفتين» إن), or just after a
 * reporting verb or a statement noun (تصريح، مقابلة، حديث) — because "تعرضت لـ«هجوم إلكتروني»"
 * puts a quoted term after the same preposition.
 */
final class Outlets {
  /** An outlet's name at {@code [start, end)}; for a name in marks, the words inside them. */
  record Outlet(String name, int start, int end) {
  }

  private static final char LAM = 'ل';
  private static final char TATWEEL = '\u0640';
  private static final int MAX_NAME_WORDS = 3;
  private static final int CONTEXT_WORDS = 3;
  private static final String LAM_PREFIX = "ل";
  private static final String WITH = ArabicNormalizer.key("مع");

  private static final Set<String> MEDIA_HEADS = keys(
      "وكالة", "قناة", "صحيفة", "جريدة", "موقع", "إذاعة", "تلفزيون", "شبكة", "مجلة", "منصة", "راديو");
  private static final Set<String> STATEMENT_NOUNS = keys(
      "تصريح", "تصريحات", "مقابلة", "حديث", "تعليق", "اتصال", "حوار", "لقاء", "بيان", "خاص", "خاصة", "هاتفي");
  private static final Set<String> NAME_STOPS = keys(
      "في", "على", "إلى", "من", "عن", "مع", "أن", "إن", "بأن", "خلال", "الذي", "التي", "حول", "قبل", "بعد");

  private Outlets() {
  }

  static List<Outlet> find(String text, List<Token> tokens, List<QuotationMarks.Span> spans) {
    List<Outlet> out = new ArrayList<>();
    for (QuotationMarks.Span s : spans) {
      boolean afterLam = prefixBefore(text, s.open()) == LAM;
      boolean afterWith = WITH.equals(keyBefore(text, tokens, s.open()));
      if ((afterLam && statementContext(text, tokens, s)) || afterWith) {
        out.add(new Outlet(text.substring(s.start(), s.end()), s.start(), s.end()));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      String k = tokens.get(i).key();
      boolean lamHead = k.startsWith(LAM_PREFIX) && MEDIA_HEADS.contains(k.substring(LAM_PREFIX.length()));
      boolean withHead = MEDIA_HEADS.contains(k) && i > 0 && WITH.equals(tokens.get(i - 1).key());
      if (lamHead || withHead) {
        int start = lamHead ? tokens.get(i).start() + LAM_PREFIX.length() : tokens.get(i).start();
        int end = nameEnd(text, tokens, i + 1);
        if (end > tokens.get(i).end()) {
          out.add(new Outlet(text.substring(start, end), start, end));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** End offset of up to three name words after a media head, a quoted name counting as one. */
  private static int nameEnd(String text, List<Token> tokens, int first) {
    int end = tokens.get(first - 1).end();
    for (int i = first; i < tokens.size() && i < first + MAX_NAME_WORDS; i++) {
      String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
      if (!gap.isBlank() && !gap.chars().allMatch(c -> Character.isWhitespace(c) || QuotationMarks.isOpening((char) c))) {
        break;
      }
      String k = tokens.get(i).key();
      if (NAME_STOPS.contains(k) || SpeakerNames.isComplementizer(k) || gap.indexOf('\n') >= 0) {
        break;
      }
      end = tokens.get(i).end();
    }
    return end < text.length() && isClosing(text.charAt(end)) ? end + 1 : end;
  }

  private static boolean statementContext(String text, List<Token> tokens, QuotationMarks.Span s) {
    int after = s.close() + 1;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '،' || text.charAt(after) == ',')) {
      after++;
    }
    if (after < text.length() && (text.charAt(after) == ':' || QuotationMarks.isOpening(text.charAt(after)))) {
      return true;
    }
    int next = firstTokenFrom(tokens, after);
    if (next >= 0 && tokens.get(next).start() == after && SpeakerNames.isComplementizer(tokens.get(next).key())) {
      return true;
    }
    int before = firstTokenFrom(tokens, s.open()) - 1;
    for (int i = before; i >= 0 && i > before - CONTEXT_WORDS; i--) {
      String k = tokens.get(i).key();
      if (ReportingVerbs.recognise(tokens.get(i).text()) != null || STATEMENT_NOUNS.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static int firstTokenFrom(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }

  /** The letter glued to a mark ("لـ«", "ل«"), skipping tatweel; 0 when a space precedes it. */
  static char prefixBefore(String text, int mark) {
    int j = mark - 1;
    while (j >= 0 && text.charAt(j) == TATWEEL) {
      j--;
    }
    if (j < 0 || !Character.isLetter(text.charAt(j))) {
      return 0;
    }
    return j == 0 || !Character.isLetter(text.charAt(j - 1)) ? text.charAt(j) : 0;
  }

  private static String keyBefore(String text, List<Token> tokens, int mark) {
    int i = firstTokenFrom(tokens, mark) - 1;
    return i >= 0 && text.substring(tokens.get(i).end(), mark).isBlank() ? tokens.get(i).key() : null;
  }

  private static boolean isClosing(char c) {
    return c == QuotationMarks.RIGHT_GUILLEMET || c == QuotationMarks.RIGHT_CURLY || c == QuotationMarks.STRAIGHT;
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(ArabicNormalizer::key).collect(Collectors.toUnmodifiableSet());
  }
}
