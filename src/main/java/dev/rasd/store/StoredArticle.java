package dev.rasd.store;

import dev.rasd.model.AnalyzedArticle;

/** An analysed article with its ingest sequence number (the store's arrival order). */
public record StoredArticle(long seq, AnalyzedArticle article) {
}
