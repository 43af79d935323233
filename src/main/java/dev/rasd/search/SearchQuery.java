package dev.rasd.search;

import java.time.LocalDate;

/**
 * What a reader asks the search for. Every filter is optional (null); {@code from} and {@code to}
 * are inclusive UTC calendar days. {@code offset} and {@code limit} page over stories, not articles.
 *
 * @param text     words and "quoted phrases"; blank to list by the filters alone
 * @param outlet   exact outlet name
 * @param entityId articles mentioning this entity
 * @param order    relevance or newest first
 */
public record SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String entityId, Order order,
                          int offset, int limit) {
  public static final int MAX_LIMIT = 100;

  /** How hits are ranked; grouping keeps each story at the rank of its best hit. */
  public enum Order { RELEVANCE, DATE }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    order = order == null ? Order.RELEVANCE : order;
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** The first {@code limit} stories matching {@code text}, by relevance, unfiltered. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, null, null, Order.RELEVANCE, 0, limit);
  }

  boolean hasFilter() {
    return outlet != null || from != null || to != null || entityId != null;
  }
}
