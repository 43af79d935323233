package dev.rasd.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.Quote;
import dev.rasd.model.Story;
import dev.rasd.model.TimeMention;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code analyze --json} document, the stable contract documented in the README. Mentions
 * carry the entity's canonical name as it stands after the whole input (a later article may
 * have changed which full form is most frequent).
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
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("text", a.text());
    n.put("outlet", a.article().outlet());
    n.put("published", a.article().published() == null ? null : a.article().published().toString());
    n.put("url", a.article().url());
    ArrayNode removed = n.putArray("removed_boilerplate");
    a.removedBoilerplate().forEach(removed::add);
    n.put("duplicate_of", a.duplicateOf());
    n.put("story", a.storyId());
    ArrayNode mentions = n.putArray("entities");
    for (EntityMention m : a.entities()) {
      ObjectNode mn = mentions.addObject();
      mn.put("text", m.text());
      mn.put("type", m.type().name());
      Entity e = m.entityId() == null ? null : entities.get(m.entityId());
      mn.put("canonical", e != null ? e.canonical() : m.canonical());
      mn.put("entity", m.entityId());
      mn.put("start", m.start());
      mn.put("end", m.end());
      if (m.lat() != null) {
        mn.put("lat", m.lat());
        mn.put("lon", m.lon());
      }
    }
    ArrayNode quotes = n.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode qn = quotes.addObject();
      qn.put("text", q.text());
      Entity e = q.entityId() == null ? null : entities.get(q.entityId());
      qn.put("speaker", e != null ? e.canonical() : q.speaker());
      qn.put("entity", q.entityId());
      qn.put("verb", q.verb());
      qn.put("direct", q.direct());
      qn.put("start", q.start());
      qn.put("end", q.end());
      if (q.givenTo() != null) {
        qn.put("given_to", q.givenTo());
      }
    }
    ArrayNode times = n.putArray("times");
    for (TimeMention t : a.times()) {
      ObjectNode tn = times.addObject();
      tn.put("text", t.text());
      tn.put("value", t.value());
      tn.put("start", t.start());
      tn.put("end", t.end());
      if (t.warning() != null) {
        tn.put("warning", t.warning());
      }
    }
    return n;
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
}
