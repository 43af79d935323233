package dev.rasd.search;

import dev.rasd.search.SearchResults.ArticleHit;
import dev.rasd.search.SearchResults.StoryHits;
import dev.rasd.store.StoreException;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Arabic full-text search over the article index, grouped by story.
 * <ol>
 *   <li>The reader's text becomes a {@link UserQuery}; outlet, date range and entity are added as
 *       non-scoring filters. Without text, the filters alone select the articles, newest first.</li>
 *   <li>The best {@link #MAX_COLLECTED} articles are collected in the requested order (relevance or
 *       publication time), then grouped by story: a story ranks where its best article ranks.</li>
 *   <li>The requested page of stories is cut from the groups, and only its articles are highlighted
 *       with Lucene's UnifiedHighlighter re-analysing the stored clean text, so every {@code <mark>}
 *       wraps characters of the original text (the analyzer's offsets are never shifted by
 *       normalisation or stemming).</li>
 * </ol>
 */
public final class SearchService {
  /** Hits gathered before grouping; beyond it, story counts are a lower bound. */
  public static final int MAX_COLLECTED = 1000;
  /** Articles shown under one story; the rest are counted. */
  public static final int HITS_PER_STORY = 3;
  private static final int SNIPPET_PASSAGES = 2;
  private static final int PLAIN_SNIPPET_CHARS = 240;
  private static final String ELLIPSIS = " … ";

  private final ArticleIndex index;
  private final Function<String, String> headlineOfStory;

  /** {@code headlineOfStory} gives a story's current headline (from the store), or null. */
  public SearchService(ArticleIndex index, Function<String, String> headlineOfStory) {
    this.index = index;
    this.headlineOfStory = headlineOfStory;
  }

  public SearchResults search(SearchQuery query) {
    Query text = UserQuery.parse(query.text(), index.analyzer());
    if (text == null && !query.text().isEmpty()) {
      // Only stopwords were typed: nothing can match meaningfully, and listing everything would mislead.
      return new SearchResults(0, 0, query.offset(), query.limit(), List.of());
    }
    if (text == null && !query.hasFilter()) {
      throw new IllegalArgumentException("give words to search for, or at least one filter (outlet, from, to, entity)");
    }
    return index.withSearcher(searcher -> {
      try {
        return run(searcher, query, text);
      } catch (IOException e) {
        throw new StoreException("searching for '" + query.text() + "' failed: " + e.getMessage(), e);
      }
    });
  }

  private SearchResults run(IndexSearcher searcher, SearchQuery query, Query text) throws IOException {
    Query selection = withFilters(text == null ? new MatchAllDocsQuery() : text, query);
    boolean byDate = text == null || query.order() == SearchQuery.Order.DATE;
    TopDocs top = byDate
        ? searcher.search(selection, MAX_COLLECTED, new Sort(new SortField(ArticleIndex.PUBLISHED, SortField.Type.LONG, true)), true)
        : searcher.search(selection, MAX_COLLECTED);
    StoredFields stored = searcher.storedFields();
    Map<String, List<ScoreDoc>> byStory = new LinkedHashMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc);
      String story = doc.get(ArticleIndex.STORY);
      byStory.computeIfAbsent(story == null ? "article:" + doc.get(ArticleIndex.ID) : story, k -> new ArrayList<>()).add(hit);
    }
    List<Map.Entry<String, List<ScoreDoc>>> groups = new ArrayList<>(byStory.entrySet());
    List<Map.Entry<String, List<ScoreDoc>>> page =
        groups.subList(Math.min(query.offset(), groups.size()), Math.min(query.offset() + query.limit(), groups.size()));
    List<ScoreDoc> shown = new ArrayList<>();
    page.forEach(g -> shown.addAll(g.getValue().subList(0, Math.min(HITS_PER_STORY, g.getValue().size()))));
    Map<Integer, ArticleHit> hits = describe(searcher, text, shown);
    List<StoryHits> stories = new ArrayList<>();
    for (Map.Entry<String, List<ScoreDoc>> g : page) {
      List<ArticleHit> storyHits = g.getValue().stream().limit(HITS_PER_STORY).map(d -> hits.get(d.doc)).toList();
      String storyId = g.getKey().startsWith("article:") ? null : g.getKey();
      stories.add(new StoryHits(storyId, storyId == null ? null : headlineOfStory.apply(storyId), g.getValue().size(), storyHits));
    }
    return new SearchResults(top.totalHits.value(), groups.size(), query.offset(), query.limit(), stories);
  }

  private static Query withFilters(Query main, SearchQuery query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
    if (query.outlet() != null) {
      b.add(new TermQuery(new Term(ArticleIndex.OUTLET, query.outlet())), Occur.FILTER);
    }
    if (query.entityId() != null) {
      b.add(new TermQuery(new Term(ArticleIndex.ENTITY, query.entityId())), Occur.FILTER);
    }
    if (query.from() != null || query.to() != null) {
      long from = query.from() == null ? Long.MIN_VALUE : startOf(query.from());
      long to = query.to() == null ? Long.MAX_VALUE : startOf(query.to().plusDays(1)) - 1;
      b.add(LongPoint.newRangeQuery(ArticleIndex.PUBLISHED, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  /** The shown articles' fields, highlighted when there is text to highlight. */
  private Map<Integer, ArticleHit> describe(IndexSearcher searcher, Query text, List<ScoreDoc> shown) throws IOException {
    String[] titles = null;
    String[] snippets = null;
    TopDocs docs = new TopDocs(new TotalHits(shown.size(), TotalHits.Relation.EQUAL_TO), shown.toArray(ScoreDoc[]::new));
    if (text != null && !shown.isEmpty()) {
      titles = highlighter(searcher, WholeBreakIterator::new).highlight(ArticleIndex.TITLE, text, docs, 1);
      snippets = highlighter(searcher, () -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("ar")))
          .highlight(ArticleIndex.TEXT, text, docs, SNIPPET_PASSAGES);
    }
    StoredFields stored = searcher.storedFields();
    Map<Integer, ArticleHit> out = new LinkedHashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      ScoreDoc hit = shown.get(i);
      Document doc = stored.document(hit.doc);
      String title = doc.get(ArticleIndex.TITLE);
      Number published = doc.getField(ArticleIndex.PUBLISHED) == null ? null : doc.getField(ArticleIndex.PUBLISHED).numericValue();
      out.put(hit.doc, new ArticleHit(doc.get(ArticleIndex.ID), title, doc.get(ArticleIndex.OUTLET),
          published == null ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(published.longValue()), ZoneOffset.UTC),
          Float.isNaN(hit.score) ? 0f : hit.score,
          titles != null && titles[i] != null ? titles[i] : HtmlText.escape(title),
          snippets != null && snippets[i] != null ? snippets[i] : HtmlText.escape(opening(doc.get(ArticleIndex.TEXT)))));
    }
    return out;
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher, Supplier<BreakIterator> breaks) {
    return UnifiedHighlighter.builder(searcher, index.analyzer())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", ELLIPSIS, true))
        .withBreakIterator(breaks)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .build();
  }

  /** The start of a text cut at a word boundary, for results listed without search words. */
  private static String opening(String text) {
    if (text == null || text.length() <= PLAIN_SNIPPET_CHARS) {
      return text == null ? "" : text;
    }
    int cut = text.lastIndexOf(' ', PLAIN_SNIPPET_CHARS);
    return text.substring(0, cut > 0 ? cut : PLAIN_SNIPPET_CHARS) + "…";
  }
}
