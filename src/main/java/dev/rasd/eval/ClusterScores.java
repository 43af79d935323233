package dev.rasd.eval;

/** Precision, recall and their harmonic mean for one clustering against a gold partition. */
public record ClusterScores(double precision, double recall, double f1) {
  static ClusterScores of(double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClusterScores(precision, recall, f1);
  }

  @Override
  public String toString() {
    return String.format("P=%.3f R=%.3f F1=%.3f", precision, recall, f1);
  }
}
