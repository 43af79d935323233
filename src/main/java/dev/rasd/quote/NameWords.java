package dev.rasd.quote;

import dev.rasd.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of a name as they are compared: normalised ({@link ArabicNormalizer#key}), with the
 * name-building particles عبد/أبو/بو/بن glued to the next word, since outlets write "عبد الرحيم"
 * and "عبدالرحيم", "بو عزيزة" and "بوعزيزة", and without the article, so that a body named by its
 * head noun ("الصندوق") meets its full name ("صندوق النقد الدولي").
 */
public final class NameWords {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String ARTICLE = ArabicNormalizer.key("ال");
  private static final String COMPOUND_HALF = ArabicNormalizer.key("دين");
  private static final Pattern PARTICLE_GAP = Pattern.compile("(^|\\s)(" + String.join("|",
      Stream.of("عبد", "أبو", "بو", "بن").map(ArabicNormalizer::key).toList()) + ")\\s+");

  private NameWords() {
  }

  /** The compared words of {@code name}; empty for a blank name. */
  public static List<String> of(String name) {
    String key = ArabicNormalizer.key(name).strip();
    // twice: "عبد" right after a glued "أبو" ("أبو عبد الله") needs a second pass
    key = PARTICLE_GAP.matcher(PARTICLE_GAP.matcher(key).replaceAll("$1$2")).replaceAll("$1$2");
    return key.isEmpty() ? List.of() : Stream.of(key.split("\\s+")).map(NameWords::withoutArticle).toList();
  }

  /**
   * {@code words} with the compound half الدين glued back to the word before it ("عز الدين" →
   * "عزالدين"), for names one outlet writes spaced and another joined.
   */
  static List<String> compounded(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (w.equals(COMPOUND_HALF) && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ARTICLE + w);
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** True when every compared word of one name occurs in the other (a surname in a full name). */
  public static boolean nested(String a, String b) {
    List<String> x = of(a);
    List<String> y = of(b);
    return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
  }

  /**
   * The normalised name without spaces, so that the same name spaced two ways compares equal:
   * "الطاهر عبدالرحيم" and "الطاهر عبد الرحيم", "عزالدين" and "عز الدين".
   */
  public static String compact(String name) {
    return SPACES.matcher(ArabicNormalizer.key(name)).replaceAll("");
  }

  /** True when the name's first word carries the article: a description ("الدول"), not a given name. */
  static boolean isDefinite(String name) {
    String key = ArabicNormalizer.key(name).strip();
    return key.startsWith(ARTICLE) && key.length() > ARTICLE.length() + 1;
  }

  private static String withoutArticle(String w) {
    return w.startsWith(ARTICLE) && w.length() > ARTICLE.length() + 1 ? w.substring(ARTICLE.length()) : w;
  }
}
