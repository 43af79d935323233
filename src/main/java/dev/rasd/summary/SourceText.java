package dev.rasd.summary;

/** One member article of a story as the summariser sees it: clean title and clean body. */
public record SourceText(String articleId, String title, String text) {
}
