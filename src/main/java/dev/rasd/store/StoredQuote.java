package dev.rasd.store;

import dev.rasd.model.Quote;
import java.time.OffsetDateTime;

/** A quote with the article, outlet, time and story it appeared in. */
public record StoredQuote(String articleId, String outlet, OffsetDateTime published, String storyId, Quote quote) {
}
