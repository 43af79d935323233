package dev.rasd.dedup;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.pipeline.Stage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Marks near-verbatim copies: an article whose body is, shingle for shingle, contained in (or
 * contains) an earlier article's body, and whose headline and lead state the same numbers, gets
 * {@code duplicateOf} = that earlier article (the first of its copy group, so chains of copies
 * point at one original).
 *
 * <p>Algorithm: word 3-shingles → 64-component MinHash → LSH (32 bands × 2 rows) for candidates
 * among articles of the last {@link #WINDOW}; each candidate is verified by exact containment
 * (shared shingles over the smaller set ≥ {@value #MIN_CONTAINMENT}: a cut sentence, an added
 * paragraph or left-over web cruft lowers Jaccard but not containment) and by
 * {@link FactAgreement}. The best-containing candidate wins, ties to the earliest. Cost per
 * article depends on the window's traffic, not on the archive.
 */
public final class Deduplicator implements Stage {
  static final Duration WINDOW = Duration.ofDays(7);
  static final double MIN_CONTAINMENT = 0.6;
  private static final int BANDS = 32;
  private static final int ROWS = 2;
  private static final int CAPACITY = 200_000;
  /** Remembered originals of recent copies; bounded like the index so memory does not grow with the archive. */
  private static final int ORIGINS_CAPACITY = 200_000;

  private final MinHasher hasher = new MinHasher(BANDS * ROWS);
  private final LshIndex index = new LshIndex(BANDS, ROWS, WINDOW, CAPACITY);
  private final Map<String, String> originOf = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > ORIGINS_CAPACITY;
    }
  };

  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    Fingerprint f = fingerprint(article);
    String original = findOriginal(f);
    remember(f, original);
    return original == null ? article : article.withDuplicateOf(original);
  }

  @Override
  public void restore(AnalyzedArticle earlier) {
    remember(fingerprint(earlier), earlier.duplicateOf());
  }

  private Fingerprint fingerprint(AnalyzedArticle a) {
    return Fingerprint.of(a.id(), a.article().published(), a.title(), a.text(), hasher);
  }

  private String findOriginal(Fingerprint f) {
    Fingerprint best = null;
    double bestContainment = MIN_CONTAINMENT;
    for (Fingerprint c : index.candidates(f)) {
      double containment = f.containment(c);
      if (containment >= bestContainment && (best == null || containment > bestContainment)
          && FactAgreement.agree(f, c)) {
        best = c;
        bestContainment = containment;
      }
    }
    return best == null ? null : originOf.getOrDefault(best.articleId(), best.articleId());
  }

  private void remember(Fingerprint f, String original) {
    if (original != null) {
      originOf.put(f.articleId(), originOf.getOrDefault(original, original));
    }
    index.add(f);
  }

  /** How many articles are currently candidates for comparison; bounded by the window. */
  int indexedCount() {
    return index.size();
  }
}
