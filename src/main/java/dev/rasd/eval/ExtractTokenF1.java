package dev.rasd.eval;

import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Token-level agreement of extracted text with gold text, as bags of tokens: precision is the
 * multiset overlap over the extracted token count, recall the overlap over the gold count.
 * Tokens are {@link Tokenizer} surfaces, so punctuation and spacing do not count and paragraph
 * order does not matter — the measure asks only "is the right text there, and nothing else".
 */
public record ExtractTokenF1(double precision, double recall) {
  public static ExtractTokenF1 of(String extracted, String gold) {
    Map<String, Integer> goldBag = bag(gold);
    Map<String, Integer> extractedBag = bag(extracted);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : extractedBag.entrySet()) {
      overlap += Math.min(e.getValue(), goldBag.getOrDefault(e.getKey(), 0));
    }
    int extractedCount = size(extractedBag);
    int goldCount = size(goldBag);
    double precision = extractedCount == 0 ? (goldCount == 0 ? 1 : 0) : (double) overlap / extractedCount;
    double recall = goldCount == 0 ? 1 : (double) overlap / goldCount;
    return new ExtractTokenF1(precision, recall);
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (Token t : Tokenizer.tokenize(text)) {
      bag.merge(t.text(), 1, Integer::sum);
    }
    return bag;
  }

  private static int size(Map<String, Integer> bag) {
    return bag.values().stream().mapToInt(Integer::intValue).sum();
  }
}
