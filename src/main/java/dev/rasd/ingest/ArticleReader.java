package dev.rasd.ingest;

import dev.rasd.extract.ExtractedPage;
import dev.rasd.extract.HtmlExtractor;
import dev.rasd.model.Article;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, directories and "-" (stdin). Streams: each article is handed to
 * {@code sink} as soon as it is read. Problems are reported, one line per bad input, never thrown.
 * <ul>
 *   <li>{@code .txt}: title and body by {@link TextArticle}; id = file name.</li>
 *   <li>{@code .html}, {@code .htm}: {@link HtmlExtractor}; id = file name.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: {@link JsonArticleReader}.</li>
 *   <li>Directories: recursively, entries in name order so runs are reproducible; hidden entries
 *       and files of other types are skipped silently (a named file of another type is a problem).
 *       Ids of files found inside a directory are their path below it ("sub/report-1.txt").</li>
 *   <li>"-": stdin as JSON Lines when its first non-blank character is "{", else as one text
 *       article with id "stdin".</li>
 * </ul>
 * Bytes are decoded by {@link EncodingDetector}, HTML included: a page's declared charset is not
 * trusted. Every article passes an {@link ArticleScreen}, one per {@code read} call.
 */
public final class ArticleReader {
  private static final String STDIN = "-";
  private static final String STDIN_ID = "stdin";
  /** Leading white space or byte order mark longer than this on stdin is not looked past. */
  private static final int STDIN_PEEK_LIMIT = 1 << 16;
  private static final int UTF8_BOM_FIRST = 0xEF;
  private static final int UTF8_BOM_SECOND = 0xBB;
  private static final int UTF8_BOM_THIRD = 0xBF;

  private enum Format { TEXT, HTML, JSON_LINES, JSON }

  public void read(List<String> paths, Consumer<Article> sink, Consumer<IngestProblem> problems) {
    read(paths, sink, problems, System.in);
  }

  /** As {@link #read(List, Consumer, Consumer)} with "-" read from {@code stdin}. */
  void read(List<String> paths, Consumer<Article> sink, Consumer<IngestProblem> problems, InputStream stdin) {
    Run run = new Run(sink, problems);
    for (String path : paths) {
      if (path.equals(STDIN)) {
        run.readStdin(stdin);
      } else {
        run.readNamed(path);
      }
    }
  }

  /** One {@code read} call: its consumers and its screen (ids are unique within a run). */
  private static final class Run {
    private final Consumer<Article> sink;
    private final Consumer<IngestProblem> problems;
    private final ArticleScreen screen = new ArticleScreen();
    private final JsonArticleReader json;

    Run(Consumer<Article> sink, Consumer<IngestProblem> problems) {
      this.sink = sink;
      this.problems = problems;
      this.json = new JsonArticleReader(this::offer, problems);
    }

    void readNamed(String name) {
      Path path;
      try {
        path = Path.of(name);
      } catch (InvalidPathException e) {
        problem(name, "not a valid path: " + e.getReason());
        return;
      }
      if (Files.isDirectory(path)) {
        readDirectory(path, path);
      } else if (!Files.exists(path)) {
        problem(name, "no such file or directory");
      } else {
        Optional<Format> format = format(path);
        if (format.isPresent()) {
          readFile(path, format.get(), name, path.getFileName().toString());
        } else {
          problem(name, "unknown file type: expected .txt, .html, .htm, .jsonl, .ndjson or .json");
        }
      }
    }

    private void readDirectory(Path dir, Path root) {
      List<Path> entries;
      try (Stream<Path> list = Files.list(dir)) {
        entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      } catch (IOException | UncheckedIOException e) {
        problem(dir.toString(), "cannot list directory: " + reason(e));
        return;
      }
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          readDirectory(entry, root);
        } else {
          String id = root.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
          format(entry).ifPresent(format -> readFile(entry, format, entry.toString(), id));
        }
      }
    }

    private void readFile(Path path, Format format, String where, String id) {
      try {
        switch (format) {
          case JSON_LINES -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
              json.readLines(in, where, path.getFileName().toString());
            }
          }
          case JSON -> json.readDocument(EncodingDetector.decode(Files.readAllBytes(path)), where,
              path.getFileName().toString());
          case TEXT -> offer(where, TextArticle.parse(id, EncodingDetector.decode(Files.readAllBytes(path))));
          case HTML -> {
            ExtractedPage page = new HtmlExtractor().extract(EncodingDetector.decode(Files.readAllBytes(path)), null);
            offer(where, new Article(id, null, null, page.published(), page.title(), page.text()));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        problem(where, "cannot read: " + reason(e));
      }
    }

    void readStdin(InputStream stdin) {
      try {
        BufferedInputStream in = new BufferedInputStream(stdin);
        if (firstNonBlank(in) == '{') {
          json.readLines(in, STDIN, STDIN_ID);
        } else {
          offer(STDIN, TextArticle.parse(STDIN_ID, EncodingDetector.decode(in.readAllBytes())));
        }
      } catch (IOException e) {
        problem(STDIN, "cannot read standard input: " + reason(e));
      }
    }

    /** Peeks past white space and a UTF-8 byte order mark; the stream is left where it was. */
    private static int firstNonBlank(BufferedInputStream in) throws IOException {
      in.mark(STDIN_PEEK_LIMIT);
      int b = in.read();
      for (int peeked = 1; peeked < STDIN_PEEK_LIMIT && b >= 0 && isBlankOrBom(b); peeked++) {
        b = in.read();
      }
      in.reset();
      return b;
    }

    private static boolean isBlankOrBom(int b) {
      return Character.isWhitespace(b) || b == UTF8_BOM_FIRST || b == UTF8_BOM_SECOND || b == UTF8_BOM_THIRD;
    }

    private void offer(String where, Article article) {
      Optional<String> rejection = screen.rejection(article);
      if (rejection.isPresent()) {
        problem(where, rejection.get());
      } else {
        sink.accept(article);
      }
    }

    private void problem(String where, String text) {
      problems.accept(new IngestProblem(where, text));
    }
  }

  private static Optional<Format> format(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(Format.TEXT);
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(Format.HTML);
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(Format.JSON_LINES);
    } else if (name.endsWith(".json")) {
      return Optional.of(Format.JSON);
    }
    return Optional.empty();
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    } else if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
