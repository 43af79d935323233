package dev.rasd.entity;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every mention of one name within an article the same type. The tagger decides token by
 * token from local context, so "المشرق" can come out as an outlet in one sentence and a place in
 * the next; an article means one thing by one name, and two types would make two entities of it.
 *
 * <p>The type kept, in order: MEDIA when any mention is one (that type comes from the outlet list,
 * not from the tagger's guess); LOC when any mention was located in the gazetteer; else the type
 * most mentions carry, the earliest mention breaking a tie.
 */
final class OneTypePerName {
  private OneTypePerName() {
  }

  static List<EntityMention> apply(List<EntityMention> mentions) {
    Map<String, List<EntityMention>> byName = new HashMap<>();
    for (EntityMention m : mentions) {
      byName.computeIfAbsent(EntityLexicon.phraseKey(m.text()), k -> new ArrayList<>()).add(m);
    }
    Map<String, EntityType> chosen = new HashMap<>();
    byName.forEach((name, same) -> chosen.put(name, typeOf(same)));
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      EntityType t = chosen.get(EntityLexicon.phraseKey(m.text()));
      out.add(t == m.type() ? m
          : new EntityMention(m.text(), t, m.start(), m.end(), m.entityId(), m.canonical(), m.lat(), m.lon()));
    }
    return out;
  }

  private static EntityType typeOf(List<EntityMention> same) {
    if (same.stream().anyMatch(m -> m.type() == EntityType.MEDIA)) {
      return EntityType.MEDIA;
    }
    if (same.stream().anyMatch(m -> m.type() == EntityType.LOC && m.lat() != null)) {
      return EntityType.LOC;
    }
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    EntityType best = same.get(0).type();
    for (EntityMention m : same) {
      int v = votes.merge(m.type(), 1, Integer::sum);
      if (v > votes.getOrDefault(best, 0)) {
        best = m.type();
      }
    }
    return best;
  }
}
