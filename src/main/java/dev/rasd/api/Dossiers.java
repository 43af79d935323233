package dev.rasd.api;

import dev.rasd.Rasd;
import dev.rasd.api.Documents.EntityCount;
import dev.rasd.api.Documents.EntityDetail;
import dev.rasd.api.Documents.OutletCount;
import dev.rasd.api.Documents.Place;
import dev.rasd.api.Documents.QuotePage;
import dev.rasd.api.Documents.QuoteView;
import dev.rasd.api.Documents.Report;
import dev.rasd.api.Documents.StoryDetail;
import dev.rasd.api.Documents.StoryPage;
import dev.rasd.api.Documents.StorySummary;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.Quote;
import dev.rasd.model.Story;
import dev.rasd.search.SearchQuery;
import dev.rasd.search.SearchResults;
import dev.rasd.search.SearchService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Assembles the API's documents from the store and the search index: what a reader sees of a
 * story (its reports by time, who is in it, who said what, where it happened, its storyline) and
 * of an entity. Read-only; every store access goes through the {@link RasdGate}.
 */
final class Dossiers {
  /** Enough for a page about one entity; the quotes endpoint pages further. */
  static final int ENTITY_STORIES = 50;
  static final int ENTITY_QUOTES = 50;

  private final RasdGate gate;
  private final SearchService search;

  Dossiers(RasdGate gate) {
    this.gate = gate;
    this.search = new SearchService(gate.index(), id -> gate.call(r -> r.story(id).map(Story::headline).orElse(null)));
  }

  SearchResults search(SearchQuery query) {
    return search.search(query);
  }

  /** Stories biggest and newest first; with a text, entity or date filter, as the search ranks them. */
  StoryPage stories(int offset, int limit, LocalDate since, String text, String entityId) {
    if (since == null && text == null && entityId == null) {
      return gate.call(r -> new StoryPage(offset, limit, r.storyCount(),
          r.stories(offset, limit).stream().map(s -> summary(r, s)).toList()));
    }
    SearchQuery query = new SearchQuery(text, null, since, null, entityId,
        text == null ? SearchQuery.Order.DATE : SearchQuery.Order.RELEVANCE, offset, limit);
    SearchResults found = search.search(query);
    return gate.call(r -> new StoryPage(offset, limit, found.totalStories(), found.stories().stream()
        .map(SearchResults.StoryHits::storyId).filter(Objects::nonNull)
        .flatMap(id -> r.story(id).stream()).map(s -> summary(r, s)).toList()));
  }

  StoryDetail story(String id) {
    return gate.call(r -> {
      Story story = r.story(id).orElseThrow(() -> ApiError.notFound("story", id));
      List<AnalyzedArticle> articles = r.articlesOfStory(id);
      Map<String, Entity> entities = entitiesOf(r, articles);
      List<StorySummary> storyline = story.storyline() == null ? List.of()
          : r.storiesOfStoryline(story.storyline()).stream().filter(s -> !s.id().equals(id)).map(s -> summary(r, s)).toList();
      return new StoryDetail(story.id(), story.headline(), story.summary(), story.storyline(),
          articles.stream().map(Report::of).toList(), outlets(articles), entityCounts(articles, entities),
          quotes(articles, entities), places(articles, entities), storyline);
    });
  }

  ArticleDocument article(String id) {
    return gate.call(r -> {
      AnalyzedArticle a = r.article(id).orElseThrow(() -> ApiError.notFound("article", id));
      return ArticleDocument.of(a, entitiesOf(r, List.of(a)));
    });
  }

  EntityDetail entity(String id) {
    return gate.call(r -> {
      Entity e = r.entity(id).orElseThrow(() -> ApiError.notFound("entity", id));
      List<StorySummary> stories = r.storiesOfEntity(id).stream().limit(ENTITY_STORIES)
          .flatMap(s -> r.story(s).stream()).map(s -> summary(r, s)).toList();
      List<QuoteView> quotes = r.quotes(id, ENTITY_QUOTES).stream().map(q -> QuoteView.of(q, Map.of(id, e))).toList();
      return new EntityDetail(e.id(), e.canonical(), e.type().name(), e.variants(), stories, quotes);
    });
  }

  /** Quotes newest first, of one speaker or of everyone. */
  QuotePage quotes(String entityId, int offset, int limit) {
    return gate.call(r -> {
      if (entityId != null && r.entity(entityId).isEmpty()) {
        throw ApiError.notFound("entity", entityId);
      }
      List<QuoteView> page = r.quotes(entityId, offset + limit).stream().skip(offset).map(q -> {
        Map<String, Entity> speaker = new HashMap<>();
        if (q.quote().entityId() != null) {
          r.entity(q.quote().entityId()).ifPresent(e -> speaker.put(e.id(), e));
        }
        return QuoteView.of(q, speaker);
      }).toList();
      return new QuotePage(offset, limit, page);
    });
  }

  private static StorySummary summary(Rasd r, Story s) {
    List<AnalyzedArticle> articles = r.articlesOfStory(s.id());
    Set<String> outlets = new LinkedHashSet<>();
    articles.forEach(a -> {
      if (a.article().outlet() != null) {
        outlets.add(a.article().outlet());
      }
    });
    List<OffsetDateTime> times = articles.stream().map(a -> a.article().published()).filter(Objects::nonNull)
        .sorted(Comparator.comparing(OffsetDateTime::toInstant)).toList();
    return new StorySummary(s.id(), s.headline(), s.summary(), s.storyline(), articles.size(), outlets.size(),
        List.copyOf(outlets), times.isEmpty() ? null : times.get(0).toString(),
        times.isEmpty() ? null : times.get(times.size() - 1).toString());
  }

  /** The current entities the articles' mentions and quotes refer to, by id. */
  private static Map<String, Entity> entitiesOf(Rasd r, Collection<AnalyzedArticle> articles) {
    Set<String> ids = new LinkedHashSet<>();
    for (AnalyzedArticle a : articles) {
      a.entities().stream().map(EntityMention::entityId).filter(Objects::nonNull).forEach(ids::add);
      a.quotes().stream().map(Quote::entityId).filter(Objects::nonNull).forEach(ids::add);
    }
    Map<String, Entity> out = new HashMap<>();
    ids.forEach(id -> r.entity(id).ifPresent(e -> out.put(id, e)));
    return out;
  }

  private static List<OutletCount> outlets(List<AnalyzedArticle> articles) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    articles.stream().map(a -> a.article().outlet()).filter(Objects::nonNull).forEach(o -> counts.merge(o, 1, Integer::sum));
    return counts.entrySet().stream().map(e -> new OutletCount(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(OutletCount::articles).reversed()).toList();
  }

  /** Mentions grouped by entity (by surface text and type when unresolved), most mentioned first. */
  private static List<EntityCount> entityCounts(List<AnalyzedArticle> articles, Map<String, Entity> entities) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (EntityMention m : a.entities()) {
        tallies.computeIfAbsent(mentionKey(m), k -> new Tally(m, entities)).count(a.id());
      }
    }
    return tallies.values().stream().map(t -> new EntityCount(t.id, t.name, t.type, t.mentions, t.articles.size()))
        .sorted(Comparator.comparingInt(EntityCount::mentions).reversed()).toList();
  }

  private static List<Place> places(List<AnalyzedArticle> articles, Map<String, Entity> entities) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (EntityMention m : a.entities()) {
        if (m.lat() != null && m.lon() != null) {
          tallies.computeIfAbsent(mentionKey(m), k -> new Tally(m, entities)).count(a.id());
        }
      }
    }
    return tallies.values().stream().map(t -> new Place(t.id, t.name, t.lat, t.lon, t.mentions))
        .sorted(Comparator.comparingInt(Place::mentions).reversed()).toList();
  }

  private static String mentionKey(EntityMention m) {
    return m.entityId() != null ? m.entityId() : m.type() + "|" + m.text();
  }

  private static List<QuoteView> quotes(List<AnalyzedArticle> articles, Map<String, Entity> entities) {
    List<QuoteView> out = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (Quote q : a.quotes()) {
        out.add(QuoteView.of(q, entities, a.id(), a.article().outlet(), Documents.iso(a.article().published()), a.storyId()));
      }
    }
    return out;
  }

  /** Mentions of one entity across a story: its name, where it is, how often and in which articles. */
  private static final class Tally {
    final String id;
    final String name;
    final String type;
    final Double lat;
    final Double lon;
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;

    Tally(EntityMention first, Map<String, Entity> entities) {
      Entity e = first.entityId() == null ? null : entities.get(first.entityId());
      this.id = first.entityId();
      this.name = e != null ? e.canonical() : first.canonical() != null ? first.canonical() : first.text();
      this.type = first.type().name();
      this.lat = first.lat();
      this.lon = first.lon();
    }

    void count(String articleId) {
      mentions++;
      articles.add(articleId);
    }
  }
}
