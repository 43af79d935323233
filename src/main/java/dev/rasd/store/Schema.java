package dev.rasd.store;

import java.util.List;

/** The SQLite schema. Layers are JSON columns; mentions and quotes are also rows, for queries by entity. */
final class Schema {
  static final List<String> STATEMENTS = List.of(
      """
      CREATE TABLE IF NOT EXISTS articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        outlet TEXT, url TEXT, published TEXT, published_epoch INTEGER,
        raw_title TEXT NOT NULL, raw_body TEXT NOT NULL,
        title TEXT NOT NULL, text TEXT NOT NULL, removed TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        duplicate_of TEXT, story_id TEXT,
        entities TEXT NOT NULL, quotes TEXT NOT NULL, times TEXT NOT NULL)""",
      "CREATE INDEX IF NOT EXISTS articles_url ON articles(url)",
      "CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)",
      "CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id)",
      """
      CREATE TABLE IF NOT EXISTS stories (
        id TEXT PRIMARY KEY, headline TEXT, summary TEXT, storyline TEXT,
        article_ids TEXT NOT NULL, size INTEGER NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS entities (
        id TEXT PRIMARY KEY, canonical TEXT NOT NULL, canonical_key TEXT NOT NULL, type TEXT NOT NULL,
        variants TEXT NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS mentions (
        article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT, text TEXT NOT NULL, type TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL)""",
      "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id)",
      """
      CREATE TABLE IF NOT EXISTS quotes (
        article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT, speaker TEXT, text TEXT NOT NULL,
        verb TEXT, direct INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, given_to TEXT,
        published_epoch INTEGER)""",
      "CREATE INDEX IF NOT EXISTS quotes_entity ON quotes(entity_id, published_epoch)");

  private Schema() {
  }
}
