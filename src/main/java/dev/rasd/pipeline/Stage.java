package dev.rasd.pipeline;

import dev.rasd.model.AnalyzedArticle;

/**
 * One pipeline stage: adds its layer to an article and returns the new copy. Online stages
 * (dedup, clustering, entity resolution) keep state across articles; they see articles in
 * arrival order and never revisit earlier decisions.
 */
public interface Stage {
  AnalyzedArticle apply(AnalyzedArticle article);

  /**
   * Rebuilds this stage's state from an article analysed in an earlier run, without changing
   * its layers, so a reopened store continues where it stopped. Stateless stages ignore it.
   */
  default void restore(AnalyzedArticle earlier) {
  }
}
