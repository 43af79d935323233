package dev.rasd.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Entity;
import dev.rasd.pipeline.Pipeline;
import dev.rasd.text.ArabicNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quote and date labels of a gold-news JSONL file (one article per line, see the data's
 * SOURCE.md): the article as a system would receive it, with the label fields kept apart, in
 * publication order as the pipeline expects.
 */
public final class QuoteTimeGold {
  /** A gold direct quotation: canonical speaker (null when unnamed) and the words inside the marks. */
  public record GoldQuote(String speaker, String text) {
  }

  /** A gold date expression and its resolved value. */
  public record GoldTime(String surface, String value) {
  }

  public record GoldArticle(Article article, List<GoldQuote> quotes, List<GoldTime> times) {
    public GoldArticle {
      quotes = List.copyOf(quotes);
      times = List.copyOf(times);
    }
  }

  /** A gold line that cannot be read: {@code where} is "file:line". */
  public static final class GoldFormatException extends RuntimeException {
    public GoldFormatException(String where, String problem) {
      super(where + ": " + problem);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteTimeGold() {
  }

  public static List<GoldArticle> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + " " + e.getMessage();
      throw new UncheckedIOException(why, e);
    }
    List<GoldArticle> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(lines.get(i), file + ":" + (i + 1)));
      }
    }
    out.sort(Comparator.comparing((GoldArticle g) -> g.article().published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  private static GoldArticle parse(String line, String where) {
    JsonNode row;
    try {
      row = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(where, "not JSON (" + e.getOriginalMessage() + ")");
    }
    if (!row.hasNonNull("id")) {
      throw new GoldFormatException(where, "no \"id\"");
    }
    OffsetDateTime published;
    try {
      published = row.hasNonNull("published") ? OffsetDateTime.parse(row.get("published").asText()) : null;
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(where, "\"published\" is not ISO-8601 with offset: " + row.get("published").asText());
    }
    Article article = new Article(row.get("id").asText(), text(row, "outlet"), text(row, "url"), published,
        text(row, "title"), text(row, "body"));
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : row.path("quotes")) {
      quotes.add(new GoldQuote(text(q, "speaker"), text(q, "text")));
    }
    List<GoldTime> times = new ArrayList<>();
    for (JsonNode t : row.path("times")) {
      times.add(new GoldTime(text(t, "surface"), text(t, "value")));
    }
    return new GoldArticle(article, quotes, times);
  }

  /**
   * The pipeline's output for gold articles: {@code articles.get(i)} analyses {@code gold.get(i)};
   * {@code entities} are the resolver's entities after the last article, with the canonical names
   * a reader of the store sees.
   */
  public record Analysis(List<AnalyzedArticle> articles, List<Entity> entities) {
    public Analysis {
      articles = List.copyOf(articles);
      entities = List.copyOf(entities);
    }
  }

  /** Runs the standard pipeline over the gold articles in order, as an ingest would. */
  public static Analysis analyse(List<GoldArticle> gold) {
    Pipeline pipeline = Pipeline.standard();
    List<AnalyzedArticle> articles = gold.stream().map(g -> pipeline.process(g.article())).toList();
    return new Analysis(articles, pipeline.entities());
  }

  /**
   * True when the normalised forms of {@code a} and {@code b} are equal or one contains the
   * other: how a system's span or name is matched to a gold surface or canonical name.
   */
  public static boolean nested(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = ArabicNormalizer.key(a).strip();
    String y = ArabicNormalizer.key(b).strip();
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
