package dev.rasd.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.rasd.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads articles from JSON Lines (one object a line, streamed) or from a JSON document holding
 * one object or an array of objects. Fields: {@code id}, {@code title}, {@code body} (or
 * {@code text}), {@code published}, {@code outlet}, {@code url}; others are ignored. A missing id
 * becomes "file:line", stable across runs. An unparsable {@code published} is reported and the
 * article kept without a date: its text is still worth analysing.
 */
final class JsonArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A JSONL line holds exactly one value; text after it means the line is broken. */
  private static final ObjectReader LINE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final BiConsumer<String, Article> articles;
  private final Consumer<IngestProblem> problems;

  /** {@code articles} receives each article with where it was read ("file:line"). */
  JsonArticleReader(BiConsumer<String, Article> articles, Consumer<IngestProblem> problems) {
    this.articles = articles;
    this.problems = problems;
  }

  /** Reads JSON Lines from {@code in}; {@code source} names it in problems and derived ids. */
  void readLines(InputStream in, String source, String idPrefix) throws IOException {
    ByteLineReader lines = new ByteLineReader(in);
    int number = 0;
    for (byte[] bytes = lines.next(); bytes != null; bytes = lines.next()) {
      number++;
      String line = EncodingDetector.decode(bytes);
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + number;
      try {
        JsonNode node = LINE.readTree(line);
        if (node.isObject()) {
          offer(node, where, idPrefix + ":" + number);
        } else {
          problems.accept(new IngestProblem(where, "expected a JSON object, found " + describe(node)));
        }
      } catch (JsonProcessingException e) {
        problems.accept(new IngestProblem(where, "invalid JSON: " + e.getOriginalMessage()));
      }
    }
  }

  /** Reads a JSON document of one object or an array of objects. */
  void readDocument(String text, String source, String idPrefix) throws IOException {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        readObject(parser, source, idPrefix);
      } else if (first == JsonToken.START_ARRAY) {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null;
            token = parser.nextToken()) {
          if (token == JsonToken.START_OBJECT) {
            readObject(parser, source, idPrefix);
          } else {
            problems.accept(new IngestProblem(source + ":" + parser.currentTokenLocation().getLineNr(),
                "expected a JSON object in the array, found " + token.asString()));
            parser.skipChildren();
          }
        }
      } else {
        problems.accept(new IngestProblem(source, "expected a JSON object or an array of objects"));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.accept(new IngestProblem(line > 0 ? source + ":" + line : source,
          "invalid JSON: " + e.getOriginalMessage() + "; the rest of the file is skipped"));
    }
  }

  private void readObject(JsonParser parser, String source, String idPrefix) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    offer(JSON.readTree(parser), source + ":" + line, idPrefix + ":" + line);
  }

  private void offer(JsonNode node, String where, String fallbackId) {
    String id = text(node, "id");
    String body = text(node, "body");
    articles.accept(where, new Article(id == null ? fallbackId : id, text(node, "outlet"), text(node, "url"),
        published(node, where), text(node, "title"), body == null ? text(node, "text") : body));
  }

  private OffsetDateTime published(JsonNode node, String where) {
    String value = text(node, "published");
    if (value == null) {
      return null;
    }
    try {
      return PublicationTime.parse(value);
    } catch (DateTimeException e) {
      problems.accept(new IngestProblem(where,
          "unparsable published \"" + value + "\" (expected ISO-8601); article kept without a date"));
      return null;
    }
  }

  /** The field as text, or null when it is missing, null or blank. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "null";
    };
  }
}
