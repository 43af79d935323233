package dev.rasd.entity;

import java.util.Arrays;

/**
 * First-order Viterbi decoding over BIO labels: a sentence's best label sequence under the sum of
 * static feature scores per token and history feature scores per (previous label, label), with
 * an I- label allowed only after B- or I- of its own type, so no span starts with I-. History
 * features may look at the current word as well as the previous label (a first-order model only
 * forbids looking two labels back). Exact search replaced greedy left-to-right decoding because a
 * greedy tagger cannot revise an O that an unseen surname ("وودورد") after a known first name
 * would have needed. Buffers are reused; not thread-safe.
 */
final class ViterbiBioDecoder {
  /** History index of the sentence start, after the labels. */
  static final int START = BioLabel.count();

  private static final int LABELS = BioLabel.count();
  private static final boolean[][] ALLOWED = allowed();

  private final long[] history = new long[NerFeatures.DYNAMIC];
  private final float[] scratch = new float[LABELS];
  private float[] emission = new float[0];
  private float[] best = new float[0];
  private int[] back = new int[0];

  /** Label ordinals for the sentence loaded in {@code f}, with {@code bias[label]} added to every token's score of that label. */
  int[] decode(NerFeatures f, FeatureScorer scorer, float[] bias) {
    int n = f.size();
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    ensure(n);
    for (int i = 0; i < n; i++) {
      int at = i * LABELS;
      Arrays.fill(emission, at, at + LABELS, 0f);
      scoreInto(scorer, f.buffer(), f.offset(i), f.count(i), at);
      for (int l = 0; l < LABELS; l++) {
        emission[at + l] += bias[l];
      }
      Arrays.fill(best, at, at + LABELS, Float.NEGATIVE_INFINITY);
      if (i == 0) {
        relax(f, scorer, i, START, 0f);
      } else {
        for (int p = 0; p < LABELS; p++) {
          float before = best[at - LABELS + p];
          if (before != Float.NEGATIVE_INFINITY) {
            relax(f, scorer, i, p, before);
          }
        }
      }
    }
    int last = (n - 1) * LABELS;
    int label = 0;
    for (int l = 1; l < LABELS; l++) {
      if (best[last + l] > best[last + label]) {
        label = l;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = label;
      label = back[i * LABELS + label];
    }
    return out;
  }

  /** Extends the best path ending in {@code prev} at token {@code i - 1} to every label of token {@code i}. */
  private void relax(NerFeatures f, FeatureScorer scorer, int i, int prev, float before) {
    f.history(i, prev, history);
    Arrays.fill(scratch, 0f);
    scorer.score(history, 0, NerFeatures.DYNAMIC, scratch);
    int at = i * LABELS;
    boolean[] allowed = ALLOWED[prev];
    for (int l = 0; l < LABELS; l++) {
      float s = before + scratch[l] + emission[at + l];
      if (allowed[l] && s > best[at + l]) {
        best[at + l] = s;
        back[at + l] = prev;
      }
    }
  }

  private void scoreInto(FeatureScorer scorer, long[] feats, int from, int count, int at) {
    Arrays.fill(scratch, 0f);
    scorer.score(feats, from, count, scratch);
    System.arraycopy(scratch, 0, emission, at, LABELS);
  }

  private void ensure(int n) {
    if (emission.length < n * LABELS) {
      int cap = Math.max(n, 64) * LABELS;
      emission = new float[cap];
      best = new float[cap];
      back = new int[cap];
    }
  }

  /** ALLOWED[prev][label]: the sentence start behaves like O. */
  private static boolean[][] allowed() {
    boolean[][] a = new boolean[LABELS + 1][LABELS];
    for (int p = 0; p <= LABELS; p++) {
      BioLabel previous = p == START ? BioLabel.O : BioLabel.of(p);
      for (int l = 0; l < LABELS; l++) {
        a[p][l] = BioLabel.of(l).canFollow(previous);
      }
    }
    return a;
  }
}
