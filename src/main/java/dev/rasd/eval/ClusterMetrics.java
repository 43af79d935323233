package dev.rasd.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement between a predicted partition and a gold one, both given as item → cluster label;
 * only items present in the gold are scored (a missing prediction counts as a singleton).
 *
 * <ul>
 *   <li>BCubed (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, precision is the share
 *       of its predicted cluster that shares its gold cluster and recall the share of its gold
 *       cluster found in its predicted cluster, each item included; both averaged over items.</li>
 *   <li>Pairwise: precision is the share of item pairs put together that belong together, recall
 *       the share of pairs belonging together that were put together. With no predicted pair the
 *       precision is 1 (nothing wrong was claimed); with no gold pair the recall is 1.</li>
 * </ul>
 */
public final class ClusterMetrics {
  private ClusterMetrics() {
  }

  public static ClusterScores bcubed(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Set<String>> predClusters = clusters(predicted, gold);
    Map<String, Set<String>> goldClusters = clusters(gold, gold);
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      Set<String> pc = predClusters.get(label(predicted, item));
      Set<String> gc = goldClusters.get(gold.get(item));
      int common = 0;
      for (String other : pc) {
        if (gc.contains(other)) {
          common++;
        }
      }
      p += (double) common / pc.size();
      r += (double) common / gc.size();
    }
    int n = gold.size();
    return n == 0 ? ClusterScores.of(1, 1) : ClusterScores.of(p / n, r / n);
  }

  public static ClusterScores pairwise(Map<String, String> predicted, Map<String, String> gold) {
    List<String> items = List.copyOf(gold.keySet());
    long both = 0;
    long pred = 0;
    long real = 0;
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean samePred = label(predicted, items.get(i)).equals(label(predicted, items.get(j)));
        boolean sameGold = gold.get(items.get(i)).equals(gold.get(items.get(j)));
        pred += samePred ? 1 : 0;
        real += sameGold ? 1 : 0;
        both += samePred && sameGold ? 1 : 0;
      }
    }
    return ClusterScores.of(pred == 0 ? 1 : (double) both / pred, real == 0 ? 1 : (double) both / real);
  }

  /** The predicted label, or a label of its own for an item the prediction left out. */
  private static String label(Map<String, String> predicted, String item) {
    String l = predicted.get(item);
    return l == null ? "\u0000unassigned:" + item : l;
  }

  private static Map<String, Set<String>> clusters(Map<String, String> labels, Map<String, String> items) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String item : items.keySet()) {
      out.computeIfAbsent(label(labels, item), k -> new HashSet<>()).add(item);
    }
    return out;
  }
}
