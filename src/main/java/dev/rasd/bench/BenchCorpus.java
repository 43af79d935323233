package dev.rasd.bench;

import dev.rasd.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** Where the bench's articles come from: recombined from a source corpus, or read from a JSONL file. */
public sealed interface BenchCorpus {
  /**
   * A fresh stream of at most {@code limit} articles in arrival order; the seed picks the variant
   * of a recombined stream (a file ignores it). Close it when it is {@link AutoCloseable}.
   */
  Iterator<Article> open(int limit, long seed);

  /** One line for the report. */
  String description();

  /** The synthetic stream of {@link SyntheticStream}, about {@code perDay} articles a day. */
  record Recombined(SourceCorpus sources, int perDay) implements BenchCorpus {
    @Override
    public Iterator<Article> open(int limit, long seed) {
      return new SyntheticStream(sources, limit, perDay, seed);
    }

    @Override
    public String description() {
      return "recombined from " + sources.size() + " source articles in " + sources.eventCount() + " events ("
          + String.join(", ", sources.origins()) + "), ~" + perDay + " articles/day";
    }
  }

  /** The articles of a JSONL file in file order, which must be publication order. */
  record JsonlFile(Path file) implements BenchCorpus {
    @Override
    public Iterator<Article> open(int limit, long seed) {
      try {
        return new FirstArticles(new ArticleJsonl(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8)), limit);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }

    @Override
    public String description() {
      return "read from " + file;
    }
  }
}
