package dev.rasd.eval;

import dev.rasd.model.Article;

/**
 * One labelled article: the article as a system may see it (labels stripped) and its labels.
 * {@code copyOf} is null when the article is not a near-verbatim copy.
 */
public record ClusterGoldArticle(Article article, String event, String storyline, String copyOf) {
}
