package dev.rasd.extract;

import java.time.OffsetDateTime;

/** What a web page yields: the headline without the site suffix, body paragraphs, and the publication time if the page states one. */
public record ExtractedPage(String title, String text, OffsetDateTime published) {
}
