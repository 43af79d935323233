package dev.rasd.model;

/**
 * A date expression at {@code [start, end)} of the clean text. {@code value} is an ISO date
 * (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); null when it cannot be resolved without a
 * publication date. {@code warning} explains a contradiction (e.g. a weekday that does not match
 * the computed date), else null.
 */
public record TimeMention(String text, String value, int start, int end, String warning) {
}
