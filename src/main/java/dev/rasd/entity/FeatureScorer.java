package dev.rasd.entity;

/** Adds the per-label weights of hashed features to a score vector (trained model or model in training). */
interface FeatureScorer {
  void score(long[] feats, int from, int n, float[] scores);
}
