package dev.rasd.text;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the future tense on normalised keys: the particle سوف, or the prefix س before a
 * present-tense prefix ي/ت/ن (سيعقد، ستبدأ، سنعلن). Nouns that happen to open the same way
 * (سيارة، سنة، ستة …) are listed and excluded. Date resolution reads a bare weekday after such a
 * verb as lying ahead; the entity layer cuts such a verb off the end of a person's name.
 */
public final class FutureVerbs {
  private static final String WILL = ArabicNormalizer.key("سوف");
  private static final char SEEN = '\u0633';
  private static final String PRESENT_PREFIXES = ArabicNormalizer.key("يتن");
  /** س + a present prefix + one letter at least. */
  private static final int MIN_LENGTH = 4;
  private static final Set<String> LOOKALIKES = keys("سيارة", "سيارات", "سياسة", "سياسي", "سياسية", "سيطرة",
      "سيول", "ستة", "ستين", "سنة", "سنوات", "سنوي", "سنويا", "سيدة", "سيد", "سيناء", "سيناريو", "ستار", "سنتيمتر",
      "سنغافورة", "سنغال", "سنوية");

  private FutureVerbs() {
  }

  /** True for سوف or a word of the form س + ي/ت/ن + stem that is not a known look-alike noun. */
  public static boolean isFuture(String key) {
    return WILL.equals(key) || key.length() >= MIN_LENGTH && key.charAt(0) == SEEN
        && PRESENT_PREFIXES.indexOf(key.charAt(1)) >= 0 && !LOOKALIKES.contains(key);
  }

  private static Set<String> keys(String... words) {
    return Arrays.stream(words).map(ArabicNormalizer::key).collect(Collectors.toUnmodifiableSet());
  }
}
