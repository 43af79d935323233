package dev.rasd.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a feeds file: one http(s) URL per line; blank lines and {@code #} comments ignored; duplicates once. */
public final class FeedList {
  private FeedList() {
  }

  /** The feeds in {@code file}; a line that is not an http(s) URL is an {@link IllegalArgumentException} naming file and line. */
  public static List<URI> read(Path file) throws IOException {
    Set<URI> feeds = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("(^|\\s)#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!UrlArticleSource.isUrl(line)) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not an http(s) URL: " + line);
      }
      try {
        feeds.add(URI.create(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed URL: " + line, e);
      }
    }
    return new ArrayList<>(feeds);
  }
}
