package dev.rasd.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.model.Article;
import dev.rasd.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads JSONL articles one line at a time ({@code id, outlet, url, published, title, body}, plus the
 * optional labels {@code event, copy_of, entities} of the team's corpora). Lazy, so a large input
 * file is never held in memory; a bad line fails with its line number.
 */
final class ArticleJsonl implements Iterator<SourceArticle>, AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String name;
  private final BufferedReader reader;
  private int lineNumber;
  private SourceArticle next;

  ArticleJsonl(String name, BufferedReader reader) {
    this.name = name;
    this.reader = reader;
    advance();
  }

  /** Every article of a small corpus, in file order. */
  static List<SourceArticle> readAll(String name, BufferedReader reader) {
    List<SourceArticle> out = new ArrayList<>();
    try (ArticleJsonl rows = new ArticleJsonl(name, reader)) {
      rows.forEachRemaining(out::add);
    }
    return out;
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public SourceArticle next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    SourceArticle current = next;
    advance();
    return current;
  }

  private void advance() {
    next = null;
    try {
      String line;
      while (next == null && (line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank()) {
          next = parse(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name + " at line " + (lineNumber + 1), e);
    }
  }

  private SourceArticle parse(String line) {
    try {
      JsonNode row = MAPPER.readTree(line);
      String id = text(row, "id");
      if (id == null) {
        throw new IllegalArgumentException("no \"id\"");
      }
      String published = text(row, "published");
      Article article = new Article(id, text(row, "outlet"), text(row, "url"),
          published == null ? null : OffsetDateTime.parse(published), text(row, "title"), text(row, "body"));
      String event = text(row, "event");
      return new SourceArticle(article, event == null ? id : event, text(row, "copy_of"), names(row.path("entities")));
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(name + ":" + lineNumber + ": not a JSON article (" + e.getMessage() + ")", e);
    }
  }

  private static List<SourceArticle.Name> names(JsonNode entities) {
    List<SourceArticle.Name> out = new ArrayList<>();
    for (JsonNode e : entities) {
      String surface = text(e, "surface");
      String canonical = text(e, "canonical");
      String type = text(e, "type");
      if (surface != null && canonical != null && type != null) {
        out.add(new SourceArticle.Name(surface, canonical, EntityType.valueOf(type)));
      }
    }
    return out;
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name, e);
    }
  }
}
