package dev.rasd.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.model.Quote;
import dev.rasd.model.Story;
import dev.rasd.model.TimeMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The embedded store: one SQLite database in the data directory, the source of truth for
 * articles with their analysis layers, stories, entities, mentions and quotes.
 * WAL with synchronous=FULL, and one transaction per ingested batch: after {@link #saveBatch}
 * returns, the batch survives a kill -9 or power loss; a batch interrupted before its commit
 * leaves no trace.
 */
public final class Store implements AutoCloseable {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
  private static final TypeReference<List<EntityMention>> MENTIONS = new TypeReference<>() { };
  private static final TypeReference<List<Quote>> QUOTES = new TypeReference<>() { };
  private static final TypeReference<List<TimeMention>> TIMES = new TypeReference<>() { };

  private static final String ARTICLE_COLUMNS =
      "seq, id, outlet, url, published, raw_title, raw_body, title, text, removed, content_hash, duplicate_of, story_id, entities, quotes, times";

  private static final int WAL_CHECKPOINT_PAGES = 16_384;
  /** Articles per look-up query: three parameters each, well under SQLite's 32766-parameter limit. */
  private static final int LOOKUP_CHUNK = 1_000;
  private static final String INSERT_ARTICLE = "INSERT INTO articles (id, outlet, url, published, published_epoch,"
      + " raw_title, raw_body, title, text, removed, content_hash, duplicate_of, story_id, entities, quotes, times)"
      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String INSERT_MENTION =
      "INSERT INTO mentions (article_id, entity_id, text, type, start, end) VALUES (?,?,?,?,?,?)";
  private static final String INSERT_QUOTE = "INSERT INTO quotes (article_id, entity_id, speaker, text, verb, direct,"
      + " start, end, given_to, published_epoch) VALUES (?,?,?,?,?,?,?,?,?,?)";
  private static final String UPSERT_STORY = "INSERT INTO stories (id, headline, summary, storyline, article_ids, size)"
      + " VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET headline=excluded.headline, summary=excluded.summary,"
      + " storyline=excluded.storyline, article_ids=excluded.article_ids, size=excluded.size";
  private static final String UPSERT_ENTITY = "INSERT INTO entities (id, canonical, canonical_key, type, variants)"
      + " VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET canonical=excluded.canonical,"
      + " canonical_key=excluded.canonical_key, type=excluded.type, variants=excluded.variants";

  private final Connection db;
  private final Path file;
  /** The write statements, prepared once and reused by every batch (SQLite re-parses nothing then). */
  private final Map<String, PreparedStatement> writes = new HashMap<>();

  private Store(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** Opens (creating when absent) the database {@code rasd.db} in {@code dataDir}. */
  public static Store open(Path dataDir) {
    Path file = dataDir.resolve("rasd.db");
    try {
      Files.createDirectories(dataDir);
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("PRAGMA synchronous=FULL");
        // A batch writes megabytes, so the default checkpoint (every 1000 pages, 4 MB) ran after
        // nearly every batch, copying hot index pages and fsyncing the database each time.
        st.execute("PRAGMA wal_autocheckpoint=" + WAL_CHECKPOINT_PAGES);
        st.execute("PRAGMA foreign_keys=ON");
        st.execute("PRAGMA busy_timeout=10000");
        for (String ddl : Schema.STATEMENTS) {
          st.execute(ddl);
        }
      }
      db.setAutoCommit(false);
      return new Store(db, file);
    } catch (Exception e) {
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
  }

  /** The id of a stored article with the same id, url or content hash, if any. */
  public Optional<String> findStored(Article article, String contentHash) {
    String sql = "SELECT id FROM articles WHERE id = ? OR content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, article.id());
      ps.setString(2, contentHash);
      ps.setString(3, article.url());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("looking up article " + article.id(), e);
    }
  }

  /**
   * The ids, urls and content hashes of stored articles that share any of them with one of
   * {@code articles} ({@code contentHashes} in the same order): the batch form of
   * {@link #findStored}, one query per {@value #LOOKUP_CHUNK} articles instead of one per article.
   */
  public StoredKeys storedKeys(List<Article> articles, List<String> contentHashes) {
    StoredKeys keys = new StoredKeys(new HashSet<>(), new HashSet<>(), new HashSet<>());
    for (int from = 0; from < articles.size(); from += LOOKUP_CHUNK) {
      int to = Math.min(articles.size(), from + LOOKUP_CHUNK);
      String marks = String.join(",", Collections.nCopies(to - from, "?"));
      String sql = "SELECT id, url, content_hash FROM articles WHERE id IN (" + marks + ") OR content_hash IN (" + marks
          + ") OR url IN (" + marks + ")";
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        int n = to - from;
        for (int i = 0; i < n; i++) {
          Article a = articles.get(from + i);
          ps.setString(1 + i, a.id());
          ps.setString(1 + n + i, contentHashes.get(from + i));
          ps.setString(1 + 2 * n + i, a.url());
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.ids().add(rs.getString(1));
            if (rs.getString(2) != null) {
              keys.urls().add(rs.getString(2));
            }
            keys.contentHashes().add(rs.getString(3));
          }
        }
      } catch (SQLException e) {
        throw failure("looking up " + articles.size() + " articles", e);
      }
    }
    return keys;
  }

  /** Keys of stored articles, as found by {@link #storedKeys}. */
  public record StoredKeys(Set<String> ids, Set<String> urls, Set<String> contentHashes) {
    /** Whether a stored article has the same id, url or content hash as {@code article}. */
    public boolean contains(Article article, String contentHash) {
      return ids.contains(article.id()) || contentHashes.contains(contentHash)
          || (article.url() != null && urls.contains(article.url()));
    }
  }

  /**
   * Writes a batch of analysed articles and the stories and entities they changed, in one
   * transaction, and returns the articles with the sequence numbers the store gave them.
   */
  public List<StoredArticle> saveBatch(List<AnalyzedArticle> articles, List<Story> stories, List<Entity> entities) {
    try {
      insertArticles(articles);
      upsertStories(stories);
      upsertEntities(entities);
      long lastSeq = lastInsertedSeq();
      db.commit();
      // One writer, one transaction: the batch's rows took consecutive sequence numbers.
      List<StoredArticle> stored = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        stored.add(new StoredArticle(lastSeq - articles.size() + 1 + i, articles.get(i)));
      }
      return stored;
    } catch (SQLException e) {
      rollbackQuietly();
      clearWrites();
      throw failure("saving a batch of " + articles.size() + " articles", e);
    }
  }

  private void insertArticles(List<AnalyzedArticle> articles) throws SQLException {
    PreparedStatement ps = write(INSERT_ARTICLE);
    PreparedStatement mention = write(INSERT_MENTION);
    PreparedStatement quote = write(INSERT_QUOTE);
    for (AnalyzedArticle a : articles) {
      Article raw = a.article();
      Long epoch = raw.published() == null ? null : raw.published().toEpochSecond();
      ps.setString(1, raw.id());
      ps.setString(2, raw.outlet());
      ps.setString(3, raw.url());
      ps.setString(4, raw.published() == null ? null : raw.published().toString());
      ps.setObject(5, epoch);
      ps.setString(6, raw.title());
      ps.setString(7, raw.body());
      ps.setString(8, a.title());
      ps.setString(9, a.text());
      ps.setString(10, Json.write(a.removedBoilerplate()));
      ps.setString(11, a.contentHash());
      ps.setString(12, a.duplicateOf());
      ps.setString(13, a.storyId());
      ps.setString(14, Json.write(a.entities()));
      ps.setString(15, Json.write(a.quotes()));
      ps.setString(16, Json.write(a.times()));
      ps.addBatch();
      for (EntityMention m : a.entities()) {
        mention.setString(1, raw.id());
        mention.setString(2, m.entityId());
        mention.setString(3, m.text());
        mention.setString(4, m.type().name());
        mention.setInt(5, m.start());
        mention.setInt(6, m.end());
        mention.addBatch();
      }
      for (Quote q : a.quotes()) {
        quote.setString(1, raw.id());
        quote.setString(2, q.entityId());
        quote.setString(3, q.speaker());
        quote.setString(4, q.text());
        quote.setString(5, q.verb());
        quote.setInt(6, q.direct() ? 1 : 0);
        quote.setInt(7, q.start());
        quote.setInt(8, q.end());
        quote.setString(9, q.givenTo());
        quote.setObject(10, epoch);
        quote.addBatch();
      }
    }
    ps.executeBatch();
    mention.executeBatch();
    quote.executeBatch();
  }

  private long lastInsertedSeq() throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private void upsertStories(List<Story> stories) throws SQLException {
    PreparedStatement ps = write(UPSERT_STORY);
    for (Story s : stories) {
      ps.setString(1, s.id());
      ps.setString(2, s.headline());
      ps.setString(3, s.summary());
      ps.setString(4, s.storyline());
      ps.setString(5, Json.write(s.articleIds()));
      ps.setInt(6, s.articleIds().size());
      ps.addBatch();
    }
    ps.executeBatch();
  }

  private void upsertEntities(List<Entity> entities) throws SQLException {
    PreparedStatement ps = write(UPSERT_ENTITY);
    for (Entity e : entities) {
      ps.setString(1, e.id());
      ps.setString(2, e.canonical());
      ps.setString(3, dev.rasd.text.ArabicNormalizer.key(e.canonical()));
      ps.setString(4, e.type().name());
      ps.setString(5, Json.write(e.variants()));
      ps.addBatch();
    }
    ps.executeBatch();
  }

  private PreparedStatement write(String sql) throws SQLException {
    PreparedStatement ps = writes.get(sql);
    if (ps == null) {
      ps = db.prepareStatement(sql);
      writes.put(sql, ps);
    }
    return ps;
  }

  /** Streams every stored article in the order it was ingested (for restoring pipeline state and re-indexing). */
  public void forEachArticle(long afterSeq, Consumer<StoredArticle> sink) {
    String sql = "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE seq > ? ORDER BY seq";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setLong(1, afterSeq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(new StoredArticle(rs.getLong("seq"), toAnalyzed(rs)));
        }
      }
    } catch (SQLException e) {
      throw failure("reading stored articles", e);
    }
  }

  public Optional<AnalyzedArticle> article(String id) {
    List<AnalyzedArticle> found = articles("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?", id);
    return found.stream().findFirst();
  }

  /** A story's articles, oldest first (undated ones last). */
  public List<AnalyzedArticle> articlesOfStory(String storyId) {
    return articles("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE story_id = ?"
        + " ORDER BY published_epoch IS NULL, published_epoch, seq", storyId);
  }

  private List<AnalyzedArticle> articles(String sql, String param) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, param);
      List<AnalyzedArticle> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(toAnalyzed(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("reading articles", e);
    }
  }

  public long articleCount() {
    return count("SELECT COUNT(*) FROM articles");
  }

  public long storyCount() {
    return count("SELECT COUNT(*) FROM stories");
  }

  private long count(String sql) {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw failure("counting", e);
    }
  }

  /** Stories, biggest and newest first: ordered by size, then by their latest article. */
  public List<Story> stories(int offset, int limit) {
    String sql = "SELECT s.id, s.headline, s.summary, s.storyline, s.article_ids FROM stories s"
        + " LEFT JOIN (SELECT story_id, MAX(published_epoch) latest, MAX(seq) last_seq FROM articles GROUP BY story_id) a"
        + " ON a.story_id = s.id ORDER BY s.size DESC, a.latest DESC, a.last_seq DESC LIMIT ? OFFSET ?";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setInt(1, limit);
      ps.setInt(2, offset);
      return readStories(ps);
    } catch (SQLException e) {
      throw failure("listing stories", e);
    }
  }

  public Optional<Story> story(String id) {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT id, headline, summary, storyline, article_ids FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      return readStories(ps).stream().findFirst();
    } catch (SQLException e) {
      throw failure("reading story " + id, e);
    }
  }

  private static List<Story> readStories(PreparedStatement ps) throws SQLException {
    List<Story> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Story(rs.getString(1), Json.read(rs.getString(5), STRINGS), rs.getString(2), rs.getString(3),
            rs.getString(4)));
      }
    }
    return out;
  }

  public Optional<Entity> entity(String id) {
    return entities("SELECT id, canonical, type, variants FROM entities WHERE id = ?", id).stream().findFirst();
  }

  /** Entities whose canonical name or a variant has {@code nameKey} (an {@code ArabicNormalizer} key) as a substring. */
  public List<Entity> findEntities(String nameKey) {
    return entities("SELECT id, canonical, type, variants FROM entities WHERE canonical_key LIKE ? OR variants LIKE ?"
        + " ORDER BY length(canonical)", "%" + nameKey + "%");
  }

  private List<Entity> entities(String sql, String param) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
        ps.setString(i, param);
      }
      List<Entity> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Entity(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
              Json.read(rs.getString(4), STRINGS)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("reading entities", e);
    }
  }

  /** Ids of the stories in which an entity is mentioned, most mentions first. */
  public List<String> storiesOfEntity(String entityId) {
    String sql = "SELECT a.story_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
        + " GROUP BY a.story_id ORDER BY COUNT(*) DESC, MAX(a.published_epoch) DESC";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, entityId);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("reading stories of entity " + entityId, e);
    }
  }

  /** Quotes attributed to an entity (all quotes when null), newest first. */
  public List<StoredQuote> quotes(String entityId, int limit) {
    String sql = "SELECT q.article_id, a.outlet, a.published, a.story_id, q.text, q.speaker, q.entity_id, q.verb, q.direct,"
        + " q.start, q.end, q.given_to FROM quotes q JOIN articles a ON a.id = q.article_id"
        + (entityId == null ? "" : " WHERE q.entity_id = ?")
        + " ORDER BY q.published_epoch IS NULL, q.published_epoch DESC, a.seq DESC LIMIT ?";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      int i = 1;
      if (entityId != null) {
        ps.setString(i++, entityId);
      }
      ps.setInt(i, limit);
      List<StoredQuote> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Quote q = new Quote(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) == 1,
              rs.getInt(10), rs.getInt(11), rs.getString(12));
          String published = rs.getString(3);
          out.add(new StoredQuote(rs.getString(1), rs.getString(2),
              published == null ? null : OffsetDateTime.parse(published), rs.getString(4), q));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("reading quotes", e);
    }
  }

  private static AnalyzedArticle toAnalyzed(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    Article raw = new Article(rs.getString("id"), rs.getString("outlet"), rs.getString("url"),
        published == null ? null : OffsetDateTime.parse(published), rs.getString("raw_title"), rs.getString("raw_body"));
    return new AnalyzedArticle(raw, rs.getString("title"), rs.getString("text"), Json.read(rs.getString("removed"), STRINGS),
        rs.getString("content_hash"), rs.getString("duplicate_of"), rs.getString("story_id"),
        Json.read(rs.getString("entities"), MENTIONS), Json.read(rs.getString("quotes"), QUOTES),
        Json.read(rs.getString("times"), TIMES));
  }

  /** Drops rows a failed batch left queued in the reused statements, so the next batch starts clean. */
  private void clearWrites() {
    for (PreparedStatement ps : writes.values()) {
      try {
        ps.clearBatch();
      } catch (SQLException ignored) {
        // A statement that cannot even clear is closed with the connection; the batch failure is what matters.
      }
    }
  }

  private void rollbackQuietly() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // The original failure is what the caller needs to see; SQLite rolls back on close anyway.
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(what + " in " + file + " failed: " + e.getMessage(), e);
  }

  /** The stories linked into one storyline, oldest article first (added for the web API's sibling stories). */
  public List<Story> storiesOfStoryline(String storyline) {
    String sql = "SELECT s.id, s.headline, s.summary, s.storyline, s.article_ids FROM stories s"
        + " LEFT JOIN (SELECT story_id, MIN(published_epoch) earliest FROM articles GROUP BY story_id) a"
        + " ON a.story_id = s.id WHERE s.storyline = ? ORDER BY a.earliest IS NULL, a.earliest, s.id";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, storyline);
      return readStories(ps);
    } catch (SQLException e) {
      throw failure("reading storyline " + storyline, e);
    }
  }

  @Override
  public void close() {
    try {
      for (PreparedStatement ps : writes.values()) {
        ps.close();
      }
      db.close();
    } catch (SQLException e) {
      throw failure("closing", e);
    }
  }
}
