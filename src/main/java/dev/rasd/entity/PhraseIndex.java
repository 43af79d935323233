package dev.rasd.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases over normalised token keys with longest-match lookup. Phrases are stored as
 * their keys joined by one space; a lookup tries the longest span first, so "الولايات المتحدة"
 * wins over a shorter entry starting at the same token. Every word-prefix of a phrase is kept too,
 * so a lookup stops at the first word sequence no phrase starts with: most tokens start none and
 * cost one hash probe.
 *
 * @param <V> what a phrase maps to
 */
final class PhraseIndex<V> {
  private final Map<String, V> phrases = new HashMap<>();
  private final Set<String> prefixes = new HashSet<>();
  private int maxWords = 1;

  void put(String phraseKey, V value) {
    phrases.putIfAbsent(phraseKey, value);
    String[] words = phraseKey.split(" ");
    maxWords = Math.max(maxWords, words.length);
    StringBuilder prefix = new StringBuilder();
    for (String w : words) {
      prefix.append(prefix.isEmpty() ? "" : " ").append(w);
      prefixes.add(prefix.toString());
    }
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
    if (!prefixes.contains(firstKey)) {
      return 0;
    }
    int best = phrases.containsKey(firstKey) ? 1 : 0;
    int limit = Math.min(to, from + maxWords);
    StringBuilder sb = new StringBuilder(firstKey);
    for (int end = from + 2; end <= limit; end++) {
      String phrase = sb.append(' ').append(keys[end - 1]).toString();
      if (!prefixes.contains(phrase)) {
        break;
      }
      if (phrases.containsKey(phrase)) {
        best = end - from;
      }
    }
    return best;
  }
}
