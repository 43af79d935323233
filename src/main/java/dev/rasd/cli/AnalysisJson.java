package dev.rasd.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.api.ArticleDocument;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.Story;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code analyze --json} document, the stable contract documented in the README. Articles
 * are the API's {@link ArticleDocument}, so the CLI and the server print one shape; mentions
 * carry the entity's canonical name as it stands after the whole input.
 */
final class AnalysisJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {
  }

  static ObjectNode document(List<AnalyzedArticle> articles, List<Story> stories, List<Entity> entities) {
    Map<String, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    ObjectNode doc = MAPPER.createObjectNode();
    ArrayNode articleNodes = doc.putArray("articles");
    articles.forEach(a -> articleNodes.add(article(a, byId)));
    ArrayNode storyNodes = doc.putArray("stories");
    stories.forEach(s -> storyNodes.add(story(s)));
    ArrayNode entityNodes = doc.putArray("entities");
    entities.forEach(e -> entityNodes.add(entity(e)));
    return doc;
  }

  static ObjectNode article(AnalyzedArticle a, Map<String, Entity> entities) {
    return MAPPER.valueToTree(ArticleDocument.of(a, entities));
  }

  static ObjectNode story(Story s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", s.id());
    ArrayNode ids = n.putArray("articles");
    s.articleIds().forEach(ids::add);
    n.put("headline", s.headline());
    n.put("summary", s.summary());
    n.put("storyline", s.storyline());
    return n;
  }

  static ObjectNode entity(Entity e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("canonical", e.canonical());
    n.put("type", e.type().name());
    ArrayNode variants = n.putArray("variants");
    e.variants().forEach(variants::add);
    return n;
  }

  /** The document as indented JSON, the form every {@code --json} option prints. */
  static String pretty(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree built in memory could not be written", e);
    }
  }
}
