package dev.rasd.summary;

import java.util.Map;

/** Turns a text into IDF-weighted term weights; the clusterer supplies its online statistics. */
@FunctionalInterface
public interface TermWeighting {
  Map<String, Double> weigh(String text);
}
