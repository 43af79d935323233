package dev.rasd.search;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.EntityMention;
import dev.rasd.store.StoreException;
import dev.rasd.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index beside the SQLite store, analysed with Lucene's ArabicAnalyzer
 * (normalisation, light stemming, stopwords). SQLite is the source of truth: every commit records
 * the highest store sequence number indexed, and on open the articles stored after it (a crash
 * between the two commits) are indexed again, so the index always catches up.
 */
public final class ArticleIndex implements AutoCloseable {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String PUBLISHED = "published";
  static final String STORY = "story";
  static final String ENTITY = "entity";
  private static final String LAST_SEQ = "rasd.lastSeq";

  private final Directory directory;
  private final Analyzer analyzer = new ArabicAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private long lastSeq;
  private long lastCommitNanos = System.nanoTime();

  private ArticleIndex(Directory directory, IndexWriter writer, long lastSeq) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.lastSeq = lastSeq;
    this.searchers = new SearcherManager(writer, null);
  }

  public static ArticleIndex open(Path dir) {
    try {
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(new ArabicAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      // Every ingest batch refreshes the searcher, flushing a small segment. By default each
      // refresh also waits up to 500 ms for merges of those segments; background merging is enough.
      config.setMaxFullFlushMergeWaitMillis(0);
      // Flushed segments are short-lived (merged soon): packing each into a compound file writes it twice.
      config.setUseCompoundFile(false);
      IndexWriter writer = new IndexWriter(directory, config);
      long lastSeq = 0;
      Iterable<Map.Entry<String, String>> commitData = writer.getLiveCommitData();
      if (commitData != null) {
        for (Map.Entry<String, String> e : commitData) {
          if (LAST_SEQ.equals(e.getKey())) {
            lastSeq = Long.parseLong(e.getValue());
          }
        }
      }
      return new ArticleIndex(directory, writer, lastSeq);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The highest store sequence number already in the index. */
  public long lastSeq() {
    return lastSeq;
  }

  /** Adds (or replaces) the articles; visible to searches after {@link #commit()}. */
  public void add(List<StoredArticle> articles) {
    try {
      for (StoredArticle stored : articles) {
        writer.updateDocument(new Term(ID, stored.article().id()), document(stored.article()));
        lastSeq = Math.max(lastSeq, stored.seq());
      }
    } catch (IOException e) {
      throw new StoreException("indexing failed: " + e.getMessage(), e);
    }
  }

  /** Makes everything added so far visible to searches (near-real-time: flushed, not fsynced). */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("refreshing the search index failed: " + e.getMessage(), e);
    }
  }

  /** Commits when the last commit is older than {@code interval}. */
  public void commitEvery(java.time.Duration interval) {
    if (System.nanoTime() - lastCommitNanos >= interval.toNanos()) {
      commit();
    }
  }

  public void commit() {
    lastCommitNanos = System.nanoTime();
    try {
      writer.setLiveCommitData(Map.of(LAST_SEQ, Long.toString(lastSeq)).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("committing the search index failed: " + e.getMessage(), e);
    }
  }

  private static Document document(AnalyzedArticle a) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
    doc.add(new TextField(TEXT, a.text(), Field.Store.YES));
    if (a.article().outlet() != null) {
      doc.add(new StringField(OUTLET, a.article().outlet(), Field.Store.YES));
    }
    if (a.article().published() != null) {
      long epoch = a.article().published().toEpochSecond();
      doc.add(new LongPoint(PUBLISHED, epoch));
      doc.add(new NumericDocValuesField(PUBLISHED, epoch));
      doc.add(new StoredField(PUBLISHED, epoch));
    }
    if (a.storyId() != null) {
      doc.add(new StringField(STORY, a.storyId(), Field.Store.YES));
    }
    for (EntityMention m : a.entities()) {
      if (m.entityId() != null) {
        doc.add(new StringField(ENTITY, m.entityId(), Field.Store.NO));
      }
    }
    return doc;
  }

  /** A near-real-time reader over everything added so far, committed or not. */
  public DirectoryReader openReader() {
    try {
      return DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new StoreException("opening a search reader failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code search} on a shared searcher that sees everything committed so far. Searches run
   * concurrently with each other and with indexing; the searcher is released afterwards.
   */
  public <T> T withSearcher(Function<IndexSearcher, T> search) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException("searching the index failed: " + e.getMessage(), e);
    }
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new StoreException("closing the search index failed: " + e.getMessage(), e);
    }
  }
}
