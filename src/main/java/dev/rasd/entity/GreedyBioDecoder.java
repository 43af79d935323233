package dev.rasd.entity;

import java.util.Arrays;

/**
 * Left-to-right greedy decoding: each token takes the best-scoring label allowed after the
 * previous one (an I- only continues its own type), with the two previous predicted labels as
 * history features. Greedy decoding lets history features look at the word as well as the
 * labels (Viterbi would restrict them to label pairs) and keeps tagging linear and fast.
 */
final class GreedyBioDecoder {
  private final float[] scores = new float[BioLabel.count()];
  private final long[] history = new long[NerFeatures.DYNAMIC];

  /** The history features of the last {@link #scores} call. */
  long[] lastHistory() {
    return history;
  }

  /** Scores of token {@code i} given its history, into the returned shared array. */
  float[] scores(NerFeatures f, FeatureScorer scorer, int i, int prev, int prev2) {
    Arrays.fill(scores, 0f);
    scorer.score(f.buffer(), f.offset(i), f.count(i), scores);
    f.history(i, prev, prev2, history);
    scorer.score(history, 0, NerFeatures.DYNAMIC, scores);
    return scores;
  }

  /** The best label allowed after {@code prev}. */
  static int best(float[] scores, int prev) {
    BioLabel previous = BioLabel.of(prev);
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int l = 0; l < scores.length; l++) {
      if (scores[l] > bestScore && BioLabel.of(l).canFollow(previous)) {
        best = l;
        bestScore = scores[l];
      }
    }
    return best;
  }

  /** Labels (ordinals) for the sentence loaded in {@code f}. */
  int[] decode(NerFeatures f, FeatureScorer scorer) {
    int n = f.size();
    int[] out = new int[n];
    int prev = 0;
    int prev2 = 0;
    for (int i = 0; i < n; i++) {
      out[i] = best(scores(f, scorer, i, prev, prev2), prev);
      prev2 = prev;
      prev = out[i];
    }
    return out;
  }
}
