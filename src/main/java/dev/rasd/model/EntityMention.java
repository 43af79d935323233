package dev.rasd.model;

/**
 * A named-entity mention: {@code [start, end)} is a range of the article's clean text and excludes
 * attached clitics (و ف ب ل ك). {@code entityId} and {@code canonical} are filled by variant
 * resolution; {@code lat}/{@code lon} by place linking (null when not a linked place).
 */
public record EntityMention(String text, EntityType type, int start, int end,
                            String entityId, String canonical, Double lat, Double lon) {
  public EntityMention(String text, EntityType type, int start, int end) {
    this(text, type, start, end, null, null, null, null);
  }

  public EntityMention resolvedTo(String id, String canonicalName) {
    return new EntityMention(text, type, start, end, id, canonicalName, lat, lon);
  }

  public EntityMention located(double latitude, double longitude) {
    return new EntityMention(text, type, start, end, entityId, canonical, latitude, longitude);
  }
}
