package dev.rasd.feed;

import java.time.OffsetDateTime;

/**
 * One RSS item or Atom entry: its link (the article's id), title, text as plain paragraphs
 * (separated by blank lines) and the item's own date, or null.
 */
public record FeedItem(String link, String title, String text, OffsetDateTime published) {
}
