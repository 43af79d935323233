package dev.rasd.summary;

import java.time.OffsetDateTime;

/** One member article of a story as the summariser sees it: clean title and body, and its publication time (or null). */
public record SourceText(String articleId, OffsetDateTime published, String title, String text) {
}
