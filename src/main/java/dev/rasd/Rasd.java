package dev.rasd;

import dev.rasd.model.Article;
import java.nio.file.Path;
import java.util.List;

/**
 * The public entry point: a store in a data directory plus the pipeline that fills it.
 * {@code try (Rasd rasd = Rasd.open(dir)) { rasd.ingest(articles); }}
 * (Signature stub; the store lands with the core issue.)
 */
public final class Rasd implements AutoCloseable {
  private Rasd() {
  }

  public static Rasd open(Path dataDir) {
    throw new UnsupportedOperationException("store not implemented yet");
  }

  /** Analyses and stores a batch atomically; returns how many were new, duplicates of stored ones, or rejected. */
  public IngestResult ingest(List<Article> batch) {
    throw new UnsupportedOperationException("store not implemented yet");
  }

  @Override
  public void close() {
  }

  /** Counts for one ingested batch. */
  public record IngestResult(int stored, int alreadyStored, int rejected) {
  }
}
