package dev.rasd.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.model.Article;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of {@code POST /api/articles}: one article object or an array of them, with the
 * JSONL fields {@code id, title, body} (or {@code text}), {@code published, outlet, url}. A
 * published time without an offset is taken as UTC; a bare date as its UTC midnight. Any invalid
 * article rejects the whole request, naming the article by position and id.
 */
final class ArticlePayload {
  static final int MAX_ARTICLES = 1000;

  private ArticlePayload() {
  }

  static List<Article> read(JsonNode body) {
    if (body == null || !(body.isObject() || body.isArray())) {
      throw ApiError.badRequest("the body must be a JSON article object or an array of them");
    }
    List<JsonNode> items = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(items::add);
    } else {
      items.add(body);
    }
    if (items.isEmpty()) {
      throw ApiError.badRequest("the array holds no articles");
    }
    if (items.size() > MAX_ARTICLES) {
      throw ApiError.badRequest("at most " + MAX_ARTICLES + " articles per request, got " + items.size());
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(article(items.get(i), i + 1));
    }
    return out;
  }

  private static Article article(JsonNode n, int position) {
    String where = "article " + position;
    if (!n.isObject()) {
      throw ApiError.badRequest(where + " is not a JSON object");
    }
    String id = field(n, "id", where);
    if (id == null) {
      throw ApiError.badRequest(where + " has no 'id'");
    }
    where += " ('" + id + "')";
    String title = field(n, "title", where);
    String body = field(n, "body", where);
    if (body == null) {
      body = field(n, "text", where);
    }
    if (title == null && body == null) {
      throw ApiError.badRequest(where + " has neither 'title' nor 'body'");
    }
    return new Article(id, field(n, "outlet", where), field(n, "url", where), published(field(n, "published", where), where),
        title, body);
  }

  private static String field(JsonNode n, String name, String where) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest(where + ": '" + name + "' must be a string");
    }
    return v.asText().isBlank() ? null : v.asText();
  }

  private static OffsetDateTime published(String raw, String where) {
    if (raw == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw);
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(raw).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(raw).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          throw ApiError.badRequest(where + ": 'published' must be an ISO date-time such as 2025-05-10T09:00:00+03:00,"
              + " was '" + raw + "'");
        }
      }
    }
  }
}
