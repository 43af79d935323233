package dev.rasd.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * Multi-word phrases over normalised token keys with longest-match lookup. Phrases are stored as
 * their keys joined by one space; a lookup tries the longest span first, so "الولايات المتحدة"
 * wins over a shorter entry starting at the same token.
 *
 * @param <V> what a phrase maps to
 */
final class PhraseIndex<V> {
  private final Map<String, V> phrases = new HashMap<>();
  private int maxWords = 1;

  void put(String phraseKey, V value) {
    phrases.putIfAbsent(phraseKey, value);
    maxWords = Math.max(maxWords, phraseKey.split(" ").length);
  }

  V get(String phraseKey) {
    return phrases.get(phraseKey);
  }

  boolean contains(String phraseKey) {
    return phrases.containsKey(phraseKey);
  }

  int size() {
    return phrases.size();
  }

  /**
   * The number of words of the longest phrase starting at {@code keys[from]}, with the first key
   * replaced by {@code firstKey} (a clitic-stripped form), or 0 when none matches.
   */
  int longestMatch(String[] keys, int from, int to, String firstKey) {
    StringBuilder sb = new StringBuilder();
    int best = 0;
    int limit = Math.min(to, from + maxWords);
    sb.append(firstKey);
    for (int end = from + 1; end <= limit; end++) {
      if (end > from + 1) {
        sb.append(' ').append(keys[end - 1]);
      }
      if (phrases.containsKey(sb.toString())) {
        best = end - from;
      }
    }
    return best;
  }
}
