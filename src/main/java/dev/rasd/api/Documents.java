package dev.rasd.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.Quote;
import dev.rasd.store.StoredQuote;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents the API returns, as records serialised with snake_case names. Articles are
 * {@link ArticleDocument}s, the shape {@code analyze --json} prints too.
 */
final class Documents {
  private Documents() {
  }

  static String iso(OffsetDateTime time) {
    return time == null ? null : time.toString();
  }

  /** A story as listed: counts and time span, no texts. */
  record StorySummary(String id, String headline, String summary, String storyline, int articles, int outlets,
                      List<String> outletNames, String firstPublished, String lastPublished) {
  }

  record StoryPage(int offset, int limit, long total, List<StorySummary> stories) {
  }

  /** One report in a story's timeline. */
  record Report(String id, String title, String outlet, String published, String url, String duplicateOf) {
    static Report of(AnalyzedArticle a) {
      return new Report(a.id(), a.title(), a.article().outlet(), iso(a.article().published()), a.article().url(),
          a.duplicateOf());
    }
  }

  record OutletCount(String name, int articles) {
  }

  /** An entity as it figures in a story: how often and in how many of its articles. */
  record EntityCount(String id, String canonical, String type, int mentions, int articles) {
  }

  /** A place on the story's map: a located entity (or an unresolved located mention, id null). */
  record Place(String entity, String name, double lat, double lon, int mentions) {
  }

  /** Who said what, with where and when it was reported. */
  record QuoteView(String text, String speaker, String entity, String verb, boolean direct,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String givenTo,
                   String article, String outlet, String published, String story) {
    static QuoteView of(StoredQuote stored, Map<String, Entity> entities) {
      return of(stored.quote(), entities, stored.articleId(), stored.outlet(), iso(stored.published()), stored.storyId());
    }

    static QuoteView of(Quote q, Map<String, Entity> entities, String article, String outlet, String published,
                        String story) {
      return new QuoteView(q.text(), ArticleDocument.currentName(q.entityId(), q.speaker(), entities), q.entityId(), q.verb(),
          q.direct(), q.givenTo(), article, outlet, published, story);
    }
  }

  record QuotePage(int offset, int limit, List<QuoteView> quotes) {
  }

  record StoryDetail(String id, String headline, String summary, String storyline, List<Report> articles,
                     List<OutletCount> outlets, List<EntityCount> entities, List<QuoteView> quotes,
                     List<Place> places, List<StorySummary> storylineStories) {
  }

  record EntityDetail(String id, String canonical, String type, List<String> variants, List<StorySummary> stories,
                      List<QuoteView> quotes) {
  }

  record IngestReport(int received, int stored, int alreadyStored, List<String> ids, List<String> skipped) {
  }

  record ErrorDocument(String error, int status) {
  }
}
