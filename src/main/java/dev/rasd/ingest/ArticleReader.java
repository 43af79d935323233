package dev.rasd.ingest;

import dev.rasd.model.Article;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories (recursively) and "-" (stdin). Streams: each article is
 * handed to {@code sink} as soon as it is read. Problems are reported, never thrown.
 * (Placeholder until the readers land.)
 */
public final class ArticleReader {
  public void read(List<String> paths, Consumer<Article> sink, Consumer<IngestProblem> problems) {
    for (String p : paths) {
      problems.accept(new IngestProblem(p, "reading files is not implemented yet"));
    }
  }
}
