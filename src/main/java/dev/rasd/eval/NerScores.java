package dev.rasd.eval;

import dev.rasd.model.EntityType;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Entity-level precision, recall and F1 per type and micro-averaged: a predicted entity counts
 * only when its type and both boundaries match a gold entity exactly (CoNLL convention).
 */
public final class NerScores {
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  private int[] of(EntityType t) {
    return counts.computeIfAbsent(t, k -> new int[3]);
  }

  /** Records one gold entity of {@code type}. */
  public void gold(EntityType type) {
    of(type)[0]++;
  }

  /** Records one predicted entity of {@code type}, correct or not. */
  public void predicted(EntityType type, boolean correct) {
    of(type)[1]++;
    if (correct) {
      of(type)[2]++;
    }
  }

  /** Precision, recall and F1 of one type, or of all types with null. */
  public Prf prf(EntityType type) {
    int gold = 0;
    int pred = 0;
    int ok = 0;
    for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
      if (type == null || e.getKey() == type) {
        gold += e.getValue()[0];
        pred += e.getValue()[1];
        ok += e.getValue()[2];
      }
    }
    return Prf.of(ok, pred, gold);
  }

  /** A table with one line per type seen and the micro average. */
  public String report(Map<EntityType, String> names) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6s %7s %7s %7s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred"));
    for (EntityType t : counts.keySet()) {
      sb.append(line(names.getOrDefault(t, t.name()), prf(t)));
    }
    sb.append(line("micro", prf(null)));
    return sb.toString();
  }

  private static String line(String name, Prf p) {
    return String.format(Locale.ROOT, "%-6s %7.4f %7.4f %7.4f %6d %6d%n", name, p.precision(), p.recall(), p.f1(), p.gold(), p.predicted());
  }

  /** Counts and ratios of one comparison; ratios are 0 when undefined. */
  public record Prf(int correct, int predicted, int gold) {
    static Prf of(int correct, int predicted, int gold) {
      return new Prf(correct, predicted, gold);
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
