package dev.rasd.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.Quote;
import dev.rasd.model.TimeMention;
import java.util.List;
import java.util.Map;

/**
 * An article with its layers, the one shape both {@code GET /api/articles/{id}} and
 * {@code rasd analyze --json} print (the contract documented in the README): keys in component
 * order, snake_case whatever mapper writes it, nulls written out, spans indexing into {@code text}.
 * Mentions and quotes carry the entity's current canonical name when the entity is in
 * {@code entities} (a later article may have changed which full form is most frequent).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArticleDocument(String id, String title, String text, String outlet, String published, String url,
                              List<String> removedBoilerplate, String duplicateOf, String story,
                              List<MentionSpan> entities, List<QuoteSpan> quotes, List<TimeSpan> times) {

  public static ArticleDocument of(AnalyzedArticle a, Map<String, Entity> entities) {
    return new ArticleDocument(a.id(), a.title(), a.text(), a.article().outlet(), Documents.iso(a.article().published()),
        a.article().url(), a.removedBoilerplate(), a.duplicateOf(), a.storyId(),
        a.entities().stream().map(m -> MentionSpan.of(m, entities)).toList(),
        a.quotes().stream().map(q -> QuoteSpan.of(q, entities)).toList(),
        a.times().stream().map(TimeSpan::of).toList());
  }

  /** The entity's current canonical name, or {@code fallback} for an unresolved mention or speaker. */
  static String currentName(String entityId, String fallback, Map<String, Entity> entities) {
    Entity e = entityId == null ? null : entities.get(entityId);
    return e != null ? e.canonical() : fallback;
  }

  /** An entity mention; lat/lon only for a located place. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record MentionSpan(String text, String type, String canonical, String entity, int start, int end,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double lat,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double lon) {
    static MentionSpan of(EntityMention m, Map<String, Entity> entities) {
      return new MentionSpan(m.text(), m.type().name(), currentName(m.entityId(), m.canonical(), entities), m.entityId(),
          m.start(), m.end(), m.lat(), m.lon());
    }
  }

  /** A quote; given_to only when the statement was given to a named outlet. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record QuoteSpan(String text, String speaker, String entity, String verb, boolean direct, int start, int end,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String givenTo) {
    static QuoteSpan of(Quote q, Map<String, Entity> entities) {
      return new QuoteSpan(q.text(), currentName(q.entityId(), q.speaker(), entities), q.entityId(), q.verb(), q.direct(),
          q.start(), q.end(), q.givenTo());
    }
  }

  /** A time expression resolved to an ISO value; warning only when the resolution is doubtful. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record TimeSpan(String text, String value, int start, int end,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {
    static TimeSpan of(TimeMention t) {
      return new TimeSpan(t.text(), t.value(), t.start(), t.end(), t.warning());
    }
  }
}
