package dev.rasd.bench;

import dev.rasd.model.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Makes one synthetic copy of a source event read as a different event, consistently across all
 * of its reports, so repeated generations give the clusterer many similar but distinct events
 * (same vocabulary, other actors and figures) rather than one giant story:
 * <ul>
 *   <li>names: each person and place of the event is, with probability {@value #SWAP_NAME}, replaced
 *       by another name of the same type from the source labels; a surface that is the last word
 *       of its canonical name ("الورشفاني") becomes the last word of the new name, any other surface
 *       becomes the new canonical name;</li>
 *   <li>numbers of one to three digits change, with probability {@value #SHIFT_NUMBER} per distinct
 *       value, by 1 to 3 either way, keeping their digit script. Longer numbers are kept: they are
 *       mostly years, and moving them would move the dates the time stage resolves.</li>
 * </ul>
 */
final class EventDisguise {
  static final double SWAP_NAME = 0.5;
  static final double SHIFT_NUMBER = 0.33;
  private static final int MAX_SHIFT = 3;
  private static final char ARABIC_INDIC_ZERO = '\u0660';
  private static final char PERSIAN_ZERO = '\u06F0';
  private static final String DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
  private static final String NUMBER_PART = "[0-9\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C]";
  private static final Pattern SHORT_NUMBER = Pattern.compile("(?<!" + NUMBER_PART + ")" + DIGIT + "{1,3}(?!" + NUMBER_PART + ")");

  private final Map<String, String> swaps = new HashMap<>();
  private final long numberSeed;

  EventDisguise(List<SourceArticle> reports, Map<EntityType, List<String>> namePool, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (SourceArticle report : reports) {
      for (SourceArticle.Name n : report.names()) {
        List<String> pool = namePool.getOrDefault(n.type(), List.of());
        if (!swaps.containsKey(n.canonical()) && pool.size() > 1) {
          String other = pool.get(random.nextInt(pool.size()));
          swaps.put(n.canonical(), random.nextDouble() < SWAP_NAME && !other.equals(n.canonical()) ? other : null);
        }
      }
    }
    numberSeed = random.nextLong();
  }

  /** The disguised text of one report (title or body). */
  String apply(String text, NameSurfaces names) {
    String renamed = names.replace(text, this::rename);
    return SHORT_NUMBER.matcher(renamed).replaceAll(m -> shift(m.group()));
  }

  private String rename(SourceArticle.Name name) {
    String target = swaps.get(name.canonical());
    if (target == null) {
      return null;
    }
    String canonicalLast = lastWord(name.canonical());
    return name.surface().equals(canonicalLast) && !name.surface().equals(name.canonical()) ? lastWord(target) : target;
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private String shift(String digits) {
    char zero = zeroOf(digits.charAt(0));
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - zeroOf(digits.charAt(i)));
    }
    SplittableRandom r = new SplittableRandom(numberSeed ^ (value * 0x9E3779B97F4A7C15L));
    if (value == 0 || r.nextDouble() >= SHIFT_NUMBER) {
      return digits;
    }
    int delta = 1 + r.nextInt(MAX_SHIFT);
    int shifted = r.nextBoolean() || value <= delta ? value + delta : value - delta;
    String ascii = Integer.toString(shifted);
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      out.append((char) (zero + (ascii.charAt(i) - '0')));
    }
    return out.toString();
  }

  private static char zeroOf(char digit) {
    if (digit >= PERSIAN_ZERO) {
      return PERSIAN_ZERO;
    }
    return digit >= ARABIC_INDIC_ZERO ? ARABIC_INDIC_ZERO : '0';
  }
}
