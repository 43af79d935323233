package dev.rasd.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sparse vector of term weights, mutable so story and storyline centroids can accumulate
 * their members in place. Cosine is computed with IDF applied at comparison time, so centroids
 * built early benefit from the IDF learned since.
 */
final class TermVector {
  private final Map<String, Double> weights;

  TermVector() {
    this(new HashMap<>());
  }

  private TermVector(Map<String, Double> weights) {
    this.weights = weights;
  }

  static TermVector of(Map<String, Double> weights) {
    return new TermVector(new HashMap<>(weights));
  }

  Map<String, Double> weights() {
    return weights;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** Adds {@code other} scaled to unit IDF-weighted length, so a long article counts as much as a short one. */
  void addNormalised(TermVector other, DocumentFrequencies idf) {
    double norm = other.norm(idf);
    if (norm == 0) {
      return;
    }
    other.weights.forEach((t, w) -> weights.merge(t, w / norm, Double::sum));
  }

  double norm(DocumentFrequencies idf) {
    double sum = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double w = e.getValue() * idf.idf(e.getKey());
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  double cosine(TermVector other, DocumentFrequencies idf) {
    TermVector small = weights.size() <= other.weights.size() ? this : other;
    TermVector large = small == this ? other : this;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.weights.entrySet()) {
      Double w = large.weights.get(e.getKey());
      if (w != null) {
        double i = idf.idf(e.getKey());
        dot += e.getValue() * w * i * i;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return dot / (norm(idf) * other.norm(idf));
  }

  /** How many terms the two vectors have in common. */
  int sharedTerms(TermVector other) {
    TermVector small = weights.size() <= other.weights.size() ? this : other;
    TermVector large = small == this ? other : this;
    int n = 0;
    for (String t : small.weights.keySet()) {
      if (large.weights.containsKey(t)) {
        n++;
      }
    }
    return n;
  }

  /** The {@code k} terms of highest IDF-weighted weight, ties by term for determinism. */
  List<String> topTerms(int k, DocumentFrequencies idf) {
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    weights.forEach((t, w) -> scored.add(Map.entry(t, w * idf.idf(t))));
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>(Math.min(k, scored.size()));
    for (int i = 0; i < scored.size() && i < k; i++) {
      out.add(scored.get(i).getKey());
    }
    return out;
  }
}
