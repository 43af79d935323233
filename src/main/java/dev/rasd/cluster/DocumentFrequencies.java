package dev.rasd.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Inverse document frequencies learned online from every article seen so far, so the weight of
 * "الفائدة" falls as an outlet's economy desk fills the stream while "13.9" stays distinctive.
 * Smoothed: {@code idf(t) = ln((N + P + 1) / (df(t) + 0.5))} with {@link #PRIOR_DOCUMENTS} = P,
 * positive for every term; an unseen term gets the largest weight.
 *
 * <p>Term vectors hold each term's {@link Term} entry, so comparing them needs no look-up by
 * string; an entry caches its IDF until the next document arrives, because every document
 * changes N and a story centroid is compared many times between two documents.
 */
final class DocumentFrequencies {
  /**
   * Pseudo-documents containing none of the terms. Without them the first few articles of a
   * stream are compared through the IDF of a handful of documents, where every word two reports
   * share looks common and every word they do not share looks rare, and the first event splits;
   * with them IDF starts nearly flat and sharpens as the stream grows (dev: event BCubed F1
   * 0.966 → 0.981).
   */
  static final int PRIOR_DOCUMENTS = 50;
  private static final double UNSEEN_DF = 0;
  private final Map<String, Term> terms = new HashMap<>();
  private int documents;

  /** One term, its document frequency and its IDF as of {@code idfAt} documents. */
  static final class Term {
    private final String text;
    private int df;
    private double idf;
    private int idfAt = -1;

    private Term(String text) {
      this.text = text;
    }
  }

  /** Counts one document, given as the vector of its distinct terms. */
  void add(TermVector document) {
    documents++;
    document.forEachTerm(t -> t.df++);
  }

  /** The entry of {@code term}, made (with no documents yet) on first use. */
  Term term(String term) {
    return terms.computeIfAbsent(term, Term::new);
  }

  /** The one instance of {@code term} kept here, so texts kept for digests do not each hold copies. */
  String canonical(String term) {
    Term t = terms.get(term);
    return t == null ? term : t.text;
  }

  double idf(Term term) {
    if (term.idfAt != documents) {
      term.idf = idf(term.df);
      term.idfAt = documents;
    }
    return term.idf;
  }

  double idf(String term) {
    Term t = terms.get(term);
    return t == null ? idf(UNSEEN_DF) : idf(t);
  }

  private double idf(double df) {
    return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (df + 0.5));
  }

  /** Changes whenever any IDF may have changed, so a cached weighted norm can tell it is stale. */
  int version() {
    return documents;
  }
}
