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
 * The first ingest replays the stored analyses into the pipeline's online stages (story index,
 * entity registry, per-outlet cruft statistics), so it continues where the last run stopped;
 * opening a store only to read it does not pay for that replay.
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
  private boolean restored;

  private Rasd(Store store, ArticleIndex index, Pipeline pipeline) {
    this.store = store;
    this.index = index;
    this.pipeline = pipeline;
  }

  public static Rasd open(Path dataDir) {
    return open(dataDir, Pipeline.standard());
  }

  /** As {@link #open(Path)}, with stories taking articles for {@code eventWindow} after their first report. */
  public static Rasd open(Path dataDir, java.time.Duration eventWindow) {
    return open(dataDir, Pipeline.standard(eventWindow));
  }

  private static Rasd open(Path dataDir, Pipeline pipeline) {
    Store store = Store.open(dataDir);
    ArticleIndex index = ArticleIndex.open(dataDir.resolve("index"));
    catchUpIndex(store, index);
    return new Rasd(store, index, pipeline);
  }

  /** The pipeline with every stored analysis replayed into its online stages, done once, on first use. */
  private Pipeline pipeline() {
    if (!restored) {
      store.forEachArticle(0, stored -> pipeline.restore(stored.article()));
      restored = true;
    }
    return pipeline;
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

  /**
   * As {@link #ingest(List)}, adding nanoseconds into {@code timings} when not null: each stage's,
   * then "lookup" (content hashes and the already-stored check), "story-digests" (headlines and
   * summaries of the stories the batch changed), "store" (the SQLite transaction) and "index".
   */
  public IngestResult ingest(List<Article> batch, Map<String, Long> timings) {
    long t0 = System.nanoTime();
    String[] hashes = new String[batch.size()];
    boolean[] repeat = new boolean[batch.size()];
    List<Article> candidates = new ArrayList<>(batch.size());
    List<String> candidateHashes = new ArrayList<>(batch.size());
    Set<String> seenIds = new HashSet<>();
    Set<String> seenHashes = new HashSet<>();
    Set<String> seenUrls = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      Article article = batch.get(i);
      hashes[i] = Pipeline.contentHash(article);
      repeat[i] = !seenIds.add(article.id()) || !seenHashes.add(hashes[i])
          || (article.url() != null && !seenUrls.add(article.url()));
      if (!repeat[i]) {
        candidates.add(article);
        candidateHashes.add(hashes[i]);
      }
    }
    Store.StoredKeys storedKeys = store.storedKeys(candidates, candidateHashes);
    long t = lap(timings, "lookup", t0);
    List<AnalyzedArticle> fresh = new ArrayList<>(candidates.size());
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Article article = batch.get(i);
      if (repeat[i] || storedKeys.contains(article, hashes[i])) {
        skipped.add(article.id());
      } else {
        fresh.add(pipeline().process(article, hashes[i], timings));
      }
    }
    t = System.nanoTime();
    List<Story> changedStories = pipeline().storyView().drainChanged();
    t = lap(timings, "story-digests", t);
    List<StoredArticle> stored = store.saveBatch(fresh, changedStories, pipeline().entityView().drainChanged());
    t = lap(timings, "store", t);
    index.add(stored);
    index.refresh();
    index.commitEvery(INDEX_COMMIT_INTERVAL);
    lap(timings, "index", t);
    return new IngestResult(fresh, skipped);
  }

  /** Adds the time since {@code start} to {@code timings[name]} (when timing) and returns now. */
  private static long lap(Map<String, Long> timings, String name, long start) {
    long now = System.nanoTime();
    if (timings != null) {
      timings.merge(name, now - start, Long::sum);
    }
    return now;
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
    return pipeline().stories();
  }

  /** Every entity as the pipeline holds it now. */
  public List<Entity> liveEntities() {
    return pipeline().entities();
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
