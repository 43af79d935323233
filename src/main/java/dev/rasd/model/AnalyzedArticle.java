package dev.rasd.model;

import java.util.List;

/**
 * An article after the pipeline: the clean text every span points into, and one layer per stage.
 * Immutable; each stage returns a copy with its layer filled ({@code with*}).
 *
 * @param article            the article as ingested
 * @param title              clean title (breadcrumbs and site labels removed)
 * @param text               clean body; all offsets in the layers index into it
 * @param removedBoilerplate body lines removed as web cruft, in order
 * @param contentHash        hash of the normalised title and text, for idempotent ingest
 * @param duplicateOf        id of the earlier article this one near-verbatim copies, else null
 * @param storyId            the story this article joined, else null
 */
public record AnalyzedArticle(Article article, String title, String text, List<String> removedBoilerplate,
                              String contentHash, String duplicateOf, String storyId,
                              List<EntityMention> entities, List<Quote> quotes, List<TimeMention> times) {
  public AnalyzedArticle {
    removedBoilerplate = List.copyOf(removedBoilerplate);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
  }

  public static AnalyzedArticle cleaned(Article article, String title, String text, List<String> removed, String hash) {
    return new AnalyzedArticle(article, title, text, removed, hash, null, null, List.of(), List.of(), List.of());
  }

  public String id() {
    return article.id();
  }

  public AnalyzedArticle withDuplicateOf(String id) {
    return new AnalyzedArticle(article, title, text, removedBoilerplate, contentHash, id, storyId, entities, quotes, times);
  }

  public AnalyzedArticle withStory(String id) {
    return new AnalyzedArticle(article, title, text, removedBoilerplate, contentHash, duplicateOf, id, entities, quotes, times);
  }

  public AnalyzedArticle withEntities(List<EntityMention> layer) {
    return new AnalyzedArticle(article, title, text, removedBoilerplate, contentHash, duplicateOf, storyId, layer, quotes, times);
  }

  public AnalyzedArticle withQuotes(List<Quote> layer) {
    return new AnalyzedArticle(article, title, text, removedBoilerplate, contentHash, duplicateOf, storyId, entities, layer, times);
  }

  public AnalyzedArticle withTimes(List<TimeMention> layer) {
    return new AnalyzedArticle(article, title, text, removedBoilerplate, contentHash, duplicateOf, storyId, entities, quotes, layer);
  }
}
