package dev.rasd;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Entity;
import dev.rasd.model.Story;
import dev.rasd.pipeline.Pipeline;
import dev.rasd.search.ArticleIndex;
import dev.rasd.store.Store;
import dev.rasd.store.StoredArticle;
import dev.rasd.store.StoredQuote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public entry point: a data directory holding the SQLite store and the Lucene index, and
 * the pipeline that fills them.
 * <pre>{@code
 * try (Rasd rasd = Rasd.open(Path.of("rasd-data"))) {
 *   rasd.ingest(articles);
 *   rasd.stories(0, 20).forEach(System.out::println);
 * }
 * }</pre>
 * Opening replays the stored analyses into the pipeline's online stages (story index, entity
 * registry, per-outlet cruft statistics), so ingest continues where the last run stopped.
 */
public final class Rasd implements AutoCloseable {
  /** Orders a batch by publication time, undated articles after dated ones, otherwise stable. */
  public static final Comparator<Article> PUBLICATION_ORDER = Comparator.comparing(Article::published,
      Comparator.nullsLast(Comparator.comparing(java.time.OffsetDateTime::toInstant)));

  /**
   * The index is only a view of the store (re-indexed from it on open after a crash), so it is
   * committed for durability at this interval and on close, not per batch: a Lucene commit
   * fsyncs every new segment file and cost more than the SQLite commit per batch.
   */
  private static final java.time.Duration INDEX_COMMIT_INTERVAL = java.time.Duration.ofSeconds(30);

  private final Store store;
  private final ArticleIndex index;
  private final Pipeline pipeline;

  private Rasd(Store store, ArticleIndex index, Pipeline pipeline) {
    this.store = store;
    this.index = index;
    this.pipeline = pipeline;
  }

  public static Rasd open(Path dataDir) {
    Store store = Store.open(dataDir);
    ArticleIndex index = ArticleIndex.open(dataDir.resolve("index"));
    Pipeline pipeline = Pipeline.standard();
    store.forEachArticle(0, stored -> pipeline.restore(stored.article()));
    catchUpIndex(store, index);
    return new Rasd(store, index, pipeline);
  }

  /** Indexes what the store committed after the index's last commit (a crash between the two). */
  private static void catchUpIndex(Store store, ArticleIndex index) {
    List<StoredArticle> missing = new ArrayList<>();
    store.forEachArticle(index.lastSeq(), missing::add);
    if (!missing.isEmpty()) {
      index.add(missing);
      index.commit();
    }
  }

  /** Analyses and stores a batch atomically, in the order given; see {@link IngestResult}. */
  public IngestResult ingest(List<Article> batch) {
    return ingest(batch, null);
  }

  /** As {@link #ingest(List)}, adding per-stage nanoseconds into {@code timings} when not null. */
  public IngestResult ingest(List<Article> batch, Map<String, Long> timings) {
    List<AnalyzedArticle> fresh = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> seenIds = new HashSet<>();
    Set<String> seenHashes = new HashSet<>();
    Set<String> seenUrls = new HashSet<>();
    for (Article article : batch) {
      String hash = Pipeline.contentHash(article);
      boolean repeatInBatch = !seenIds.add(article.id()) || !seenHashes.add(hash)
          || (article.url() != null && !seenUrls.add(article.url()));
      if (repeatInBatch || store.findStored(article, hash).isPresent()) {
        skipped.add(article.id());
        continue;
      }
      fresh.add(pipeline.process(article, timings));
    }
    long t0 = System.nanoTime();
    List<StoredArticle> stored =
        store.saveBatch(fresh, pipeline.storyView().drainChanged(), pipeline.entityView().drainChanged());
    index.add(stored);
    index.refresh();
    index.commitEvery(INDEX_COMMIT_INTERVAL);
    if (timings != null) {
      timings.merge("store", System.nanoTime() - t0, Long::sum);
    }
    return new IngestResult(fresh, skipped);
  }

  public List<Story> stories(int offset, int limit) {
    return store.stories(offset, limit);
  }

  public Optional<Story> story(String id) {
    return store.story(id);
  }

  public List<AnalyzedArticle> articlesOfStory(String storyId) {
    return store.articlesOfStory(storyId);
  }

  public Optional<AnalyzedArticle> article(String id) {
    return store.article(id);
  }

  public Optional<Entity> entity(String id) {
    return store.entity(id);
  }

  public List<Entity> findEntities(String name) {
    return store.findEntities(dev.rasd.text.ArabicNormalizer.key(name.strip()));
  }

  public List<String> storiesOfEntity(String entityId) {
    return store.storiesOfEntity(entityId);
  }

  public List<StoredQuote> quotes(String entityId, int limit) {
    return store.quotes(entityId, limit);
  }

  public long articleCount() {
    return store.articleCount();
  }

  public long storyCount() {
    return store.storyCount();
  }

  /** Every story as the pipeline holds it now (with headline, summary and storyline), in creation order. */
  public List<Story> liveStories() {
    return pipeline.stories();
  }

  /** Every entity as the pipeline holds it now. */
  public List<Entity> liveEntities() {
    return pipeline.entities();
  }

  public ArticleIndex index() {
    return index;
  }

  @Override
  public void close() {
    index.commit();
    index.close();
    store.close();
  }

  /** The stories of one storyline, oldest first (added for the web API). */
  public List<Story> storiesOfStoryline(String storyline) {
    return store.storiesOfStoryline(storyline);
  }

  /** What one batch did: the articles analysed and stored, and the ids skipped as already stored. */
  public record IngestResult(List<AnalyzedArticle> stored, List<String> alreadyStored) {
  }
}
