package dev.rasd.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A sparse vector of term weights, mutable so story and storyline centroids can accumulate
 * their members in place. Cosine is computed with IDF applied at comparison time, so centroids
 * built early benefit from the IDF learned since.
 *
 * <p>Each weight keeps its term's {@link DocumentFrequencies.Term} entry, and the IDF-weighted
 * norm is cached until the vector or the IDF changes: an article is compared with dozens of
 * candidate stories, and the norm of a large story centroid cost a look-up per term on every
 * comparison. Terms are kept in a {@link HashMap} built in the same order as before, so sums
 * run in the same order and scores are bit-for-bit what they were.
 */
final class TermVector {
  /** A term's weight in this vector, with its entry so IDF needs no look-up by string. */
  private static final class Weight {
    private final DocumentFrequencies.Term term;
    private double value;

    private Weight(DocumentFrequencies.Term term, double value) {
      this.term = term;
      this.value = value;
    }
  }

  private final Map<String, Weight> weights;
  private int version;
  private double norm;
  private int normVersion = -1;
  private int normIdfVersion = -1;

  TermVector() {
    this(new HashMap<>());
  }

  private TermVector(Map<String, Weight> weights) {
    this.weights = weights;
  }

  /**
   * A vector of {@code weights}, its terms entered into {@code idf}. The table is sized as
   * {@code new HashMap<>(weights)} sizes it, so it iterates in the same order as that copy did.
   */
  static TermVector of(Map<String, Double> weights, DocumentFrequencies idf) {
    Map<String, Weight> own = HashMap.newHashMap(weights.size());
    weights.forEach((t, w) -> own.put(t, new Weight(idf.term(t), w)));
    return new TermVector(own);
  }

  Set<String> terms() {
    return weights.keySet();
  }

  void forEachTerm(Consumer<DocumentFrequencies.Term> action) {
    weights.values().forEach(w -> action.accept(w.term));
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** Adds {@code other} scaled to unit IDF-weighted length, so a long article counts as much as a short one. */
  void addNormalised(TermVector other, DocumentFrequencies idf) {
    double otherNorm = other.norm(idf);
    if (otherNorm == 0) {
      return;
    }
    other.weights.forEach((t, w) -> {
      Weight own = weights.get(t);
      if (own == null) {
        weights.put(t, new Weight(w.term, w.value / otherNorm));
      } else {
        own.value = own.value + w.value / otherNorm;
      }
    });
    version++;
  }

  double norm(DocumentFrequencies idf) {
    if (normVersion != version || normIdfVersion != idf.version()) {
      double sum = 0;
      for (Weight e : weights.values()) {
        double w = e.value * idf.idf(e.term);
        sum += w * w;
      }
      norm = Math.sqrt(sum);
      normVersion = version;
      normIdfVersion = idf.version();
    }
    return norm;
  }

  double cosine(TermVector other, DocumentFrequencies idf) {
    TermVector small = weights.size() <= other.weights.size() ? this : other;
    TermVector large = small == this ? other : this;
    double dot = 0;
    for (Map.Entry<String, Weight> e : small.weights.entrySet()) {
      Weight w = large.weights.get(e.getKey());
      if (w != null) {
        double i = idf.idf(w.term);
        dot += e.getValue().value * w.value * i * i;
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
    List<Map.Entry<String, Double>> scored = new ArrayList<>(weights.size());
    weights.forEach((t, w) -> scored.add(Map.entry(t, w.value * idf.idf(w.term))));
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>(Math.min(k, scored.size()));
    for (int i = 0; i < scored.size() && i < k; i++) {
      out.add(scored.get(i).getKey());
    }
    return out;
  }
}
