package dev.rasd.summary;

/** A summary sentence and where it came from: {@code [start, end)} of that article's clean text. */
public record SummarySentence(String articleId, int start, int end, String text) {
}
