package dev.rasd.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns each outlet's template lines online: a short line that does not end as a sentence and
 * has appeared in at least {@value #MIN_EARLIER_ARTICLES} earlier articles of the same outlet is
 * furniture (a slogan, an app prompt, a fixed section footer). Sentences are never learned, so a
 * wire paragraph that an outlet reprints in every follow-up stays.
 *
 * <p>Memory is bounded: at most {@value #MAX_LINES_PER_OUTLET} lines per outlet and
 * {@value #MAX_OUTLETS} outlets, each evicting the least recently seen; template lines are seen in
 * every article, so they are the ones that stay.
 */
final class RecurringLines {
  static final int MIN_EARLIER_ARTICLES = 3;
  static final int MAX_WORDS = 20;
  static final int MAX_LINES_PER_OUTLET = 2_000;
  static final int MAX_OUTLETS = 1_000;

  private final Map<String, Map<String, Integer>> countsByOutlet = leastRecentlyUsed(MAX_OUTLETS);

  /** True when {@code line} was seen in enough earlier articles of {@code outletKey}. */
  boolean isRecurring(String outletKey, BodyLine line) {
    Map<String, Integer> counts = countsByOutlet.get(outletKey);
    return counts != null && isLearnable(line) && counts.getOrDefault(line.normalized(), 0) >= MIN_EARLIER_ARTICLES;
  }

  /** Counts each distinct learnable line of one article once. */
  void record(String outletKey, List<BodyLine> lines) {
    Map<String, Integer> counts = countsByOutlet.computeIfAbsent(outletKey, k -> leastRecentlyUsed(MAX_LINES_PER_OUTLET));
    Set<String> distinct = new HashSet<>();
    for (BodyLine line : lines) {
      if (isLearnable(line) && distinct.add(line.normalized())) {
        counts.merge(line.normalized(), 1, Integer::sum);
      }
    }
  }

  private static boolean isLearnable(BodyLine line) {
    return line.wordCount() > 0 && line.wordCount() <= MAX_WORDS && !line.endsLikeSentence();
  }

  private static <V> Map<String, V> leastRecentlyUsed(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
