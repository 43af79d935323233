package dev.rasd.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Inverse document frequencies learned online from every article seen so far, so the weight of
 * "الفائدة" falls as an outlet's economy desk fills the stream while "13.9" stays distinctive.
 * Smoothed: {@code idf(t) = ln((N + 1) / (df(t) + 0.5))}, positive for every term, and an unseen
 * term gets the largest weight.
 */
final class DocumentFrequencies {
  private final Map<String, Integer> df = new HashMap<>();
  private int documents;

  void add(Collection<String> distinctTerms) {
    documents++;
    for (String t : distinctTerms) {
      df.merge(t, 1, Integer::sum);
    }
  }

  double idf(String term) {
    return Math.log((documents + 1.0) / (df.getOrDefault(term, 0) + 0.5));
  }
}
