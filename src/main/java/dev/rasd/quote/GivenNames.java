package dev.rasd.quote;

import dev.rasd.entity.BundledLines;
import dev.rasd.text.ArabicNormalizer;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common given names, read from the entity layer's bundled list ({@code given-names.txt}), as
 * evidence of where a person's name begins inside a role phrase: in "مدير عام دائرة صحة المدينة
 * علي حسن" the name starts at the given name, not at the first word without the article. A name
 * written with the article ("الصادق", "الطاهر", "المهدي") is a given name when its bare form is.
 */
final class GivenNames {
  private static final String RESOURCE = "given-names.txt";
  private static final String ARTICLE = ArabicNormalizer.key("ال");
  private static final Set<String> KEYS = load();

  private GivenNames() {
  }

  /** True when the word with key {@code key} is a listed given name, with or without the article. */
  static boolean contains(String key) {
    return KEYS.contains(key) || key.startsWith(ARTICLE) && key.length() > ARTICLE.length() + 2
        && KEYS.contains(key.substring(ARTICLE.length()));
  }

  private static Set<String> load() {
    return BundledLines.of(RESOURCE).stream()
        .map(String::strip)
        .filter(line -> line.indexOf(' ') < 0)
        .map(ArabicNormalizer::key)
        .collect(Collectors.toUnmodifiableSet());
  }
}
