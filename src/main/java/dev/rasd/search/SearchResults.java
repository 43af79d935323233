package dev.rasd.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One page of search results grouped by story.
 *
 * @param totalArticles articles matching the query
 * @param totalStories  stories those articles belong to (counted over the first
 *                      {@link SearchService#MAX_COLLECTED} hits)
 * @param stories       this page of stories, best (or newest) first
 */
public record SearchResults(long totalArticles, int totalStories, int offset, int limit, List<StoryHits> stories) {
  public SearchResults {
    stories = List.copyOf(stories);
  }

  /**
   * A story and its best matching articles (at most {@link SearchService#HITS_PER_STORY}) out of
   * {@code matchingArticles}; {@code headline} is null when the store has no such story.
   */
  public record StoryHits(String storyId, String headline, int matchingArticles, List<ArticleHit> hits) {
    public StoryHits {
      hits = List.copyOf(hits);
    }
  }

  /**
   * A matching article. {@code titleHtml} and {@code snippetHtml} are HTML-escaped excerpts of the
   * clean title and text with the matched words wrapped in {@code <mark>}.
   */
  public record ArticleHit(String articleId, String title, String outlet, OffsetDateTime published, float score,
                           String titleHtml, String snippetHtml) {
  }
}
