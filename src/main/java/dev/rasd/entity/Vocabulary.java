package dev.rasd.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words common in the training text, learnt without labels: a key or bare stem seen at least
 * {@link #MIN_COUNT} times. Names, above all transliterated foreign ones ("فيدرر"), are mostly
 * rare, so "rare here and around" is a distributional feature for unseen names. Words seen once
 * count as rare so that training meets the feature as often as tagging meets unseen words.
 */
final class Vocabulary {
  static final int MIN_COUNT = 2;

  private final Set<String> common;

  Vocabulary(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /** Counts keys and their bare stems over sentences of keys. */
  static Vocabulary learn(List<String[]> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] keys : sentences) {
      for (String k : keys) {
        counts.merge(k, 1, Integer::sum);
        int s = ArabicClitics.stemStart(k);
        if (s > 0) {
          counts.merge(k.substring(s), 1, Integer::sum);
        }
      }
    }
    counts.values().removeIf(c -> c < MIN_COUNT);
    return new Vocabulary(counts.keySet());
  }

  /** True when the key, or its bare stem starting at {@code stemStart}, is common. */
  boolean isCommon(String key, int stemStart) {
    return common.contains(key) || (stemStart > 0 && common.contains(key.substring(stemStart)));
  }

  Set<String> words() {
    return common;
  }
}
