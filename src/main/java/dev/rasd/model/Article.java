package dev.rasd.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One news article as it arrived: the raw title and body before cleaning.
 *
 * @param id        the source's id (JSONL {@code id}) or the file name; unique within a store
 * @param outlet    the publishing outlet's name as written, or null when unknown
 * @param url       canonical address, or null
 * @param published publication time with its offset, or null when the source gives none
 * @param title     headline as written
 * @param body      body text; paragraphs separated by blank lines
 */
public record Article(String id, String outlet, String url, OffsetDateTime published, String title, String body) {
  public Article {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }
}
