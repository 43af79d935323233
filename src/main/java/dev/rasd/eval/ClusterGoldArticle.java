package dev.rasd.eval;

import dev.rasd.model.Article;

/**
 * One labelled article: the article as a system may see it (labels stripped) and its labels.
 * {@code copyOf} is null when the article is not a near-verbatim copy.
 */
public record ClusterGoldArticle(Article article, String event, String storyline, String copyOf) {
  /**
   * The same labelled article with less evidence: without its body (a headline feed) and/or
   * without its publication time (an undated source), to measure each evidence regime on one gold.
   */
  public ClusterGoldArticle reduced(boolean dropBody, boolean dropDate) {
    Article a = article;
    return new ClusterGoldArticle(new Article(a.id(), a.outlet(), a.url(), dropDate ? null : a.published(),
        a.title(), dropBody ? "" : a.body()), event, storyline, copyOf);
  }
}
