package dev.rasd.summary;

import java.util.List;

/**
 * How the digester weighs text: a term's weight in a text is {@code log(1 + count) · idf(term)}.
 * The clusterer supplies its stemmer and online IDF. Terms are taken once per member article;
 * IDF is asked at every digest, since it keeps learning.
 */
public interface TermWeighting {
  /** The terms of {@code text} in text order, repeats included. */
  List<String> terms(String text);

  double idf(String term);
}
