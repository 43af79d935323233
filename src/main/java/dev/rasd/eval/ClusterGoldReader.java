package dev.rasd.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads labelled JSONL for cluster evaluation. Two layouts are understood: gold-news articles
 * ({@code id, outlet, url, published, title, body, event, storyline, copy_of}) and headline
 * clusters ({@code id, title, family}, where {@code family} is the event). Articles are returned
 * in publication order, undated ones last in file order, with every label kept out of the
 * {@link Article}.
 */
public final class ClusterGoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterGoldReader() {
  }

  /** Thrown with the file and line that could not be read. */
  public static final class GoldFormatException extends IOException {
    GoldFormatException(String message) {
      super(message);
    }
  }

  public static List<ClusterGoldArticle> read(Path file) throws IOException {
    List<ClusterGoldArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          out.add(parse(line, file, n));
        }
      }
    }
    List<ClusterGoldArticle> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing((ClusterGoldArticle g) -> g.article().published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  private static ClusterGoldArticle parse(String line, Path file, int lineNumber) throws GoldFormatException {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (IOException e) {
      throw new GoldFormatException(file + ":" + lineNumber + ": not JSON");
    }
    String id = text(n, "id");
    String event = n.hasNonNull("event") ? text(n, "event") : text(n, "family");
    if (id == null || event == null) {
      throw new GoldFormatException(file + ":" + lineNumber + ": needs \"id\" and \"event\" (or \"family\")");
    }
    try {
      String published = text(n, "published");
      Article a = new Article(id, text(n, "outlet"), text(n, "url"),
          published == null ? null : OffsetDateTime.parse(published), text(n, "title"), text(n, "body"));
      return new ClusterGoldArticle(a, event, text(n, "storyline"), text(n, "copy_of"));
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(file + ":" + lineNumber + ": \"published\" is not an ISO-8601 time with offset");
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
