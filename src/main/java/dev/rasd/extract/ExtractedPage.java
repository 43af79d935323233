package dev.rasd.extract;

import java.time.OffsetDateTime;

/**
 * What a web page yields: the headline without the site suffix, body paragraphs (separated by
 * blank lines), the publication time if the page states one, and the site's own name
 * ({@code og:site_name}) or null.
 */
public record ExtractedPage(String title, String text, OffsetDateTime published, String siteName) {
  public ExtractedPage(String title, String text, OffsetDateTime published) {
    this(title, text, published, null);
  }
}
