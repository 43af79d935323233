package dev.rasd.text;

/** A sentence at {@code [start, end)} of its text, trimmed of surrounding white space. */
public record Sentence(String text, int start, int end) {
}
