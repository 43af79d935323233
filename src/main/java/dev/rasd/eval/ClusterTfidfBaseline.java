package dev.rasd.eval;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.text.ArabicStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline 1: classic single-pass clustering. Each article (title and body stems, raw term
 * counts) is compared by TF-IDF cosine, IDF learned online, with the centroid of every cluster
 * so far; it joins the most similar one when the cosine reaches one global threshold, else it
 * starts a cluster. No time, entity or duplicate signal and no index.
 */
final class ClusterTfidfBaseline {
  private final ArabicStemmer stemmer;

  ClusterTfidfBaseline(ArabicStemmer stemmer) {
    this.stemmer = stemmer;
  }

  /** Article id → cluster label, for articles in arrival order. */
  Map<String, String> cluster(List<AnalyzedArticle> articles, double threshold) {
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Double>> centroids = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    int docs = 0;
    for (AnalyzedArticle a : articles) {
      Map<String, Double> tf = new HashMap<>();
      for (String s : stemmer.stems(a.title() + "\n" + a.text())) {
        tf.merge(s, 1.0, Double::sum);
      }
      docs++;
      for (String t : tf.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
      Map<String, Double> v = weigh(tf, df, docs);
      int best = -1;
      double bestCos = threshold;
      for (int c = 0; c < centroids.size(); c++) {
        double cos = cosine(v, centroids.get(c));
        if (cos >= bestCos) {
          best = c;
          bestCos = cos;
        }
      }
      if (best < 0) {
        centroids.add(new HashMap<>());
        best = centroids.size() - 1;
      }
      Map<String, Double> centroid = centroids.get(best);
      v.forEach((t, w) -> centroid.merge(t, w, Double::sum));
      out.put(a.id(), "T-" + best);
    }
    return out;
  }

  private static Map<String, Double> weigh(Map<String, Double> tf, Map<String, Integer> df, int docs) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : tf.entrySet()) {
      double w = e.getValue() * Math.log((docs + 1.0) / (df.get(e.getKey()) + 0.5));
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      v.replaceAll((t, w) -> w / n);
    }
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    double nb = 0;
    for (Map.Entry<String, Double> e : b.entrySet()) {
      nb += e.getValue() * e.getValue();
      Double w = a.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return nb == 0 ? 0 : dot / Math.sqrt(nb);
  }
}
