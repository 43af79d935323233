package dev.rasd.model;

import java.util.List;

/** A resolved entity: its canonical name is the most frequent full form among its variants. */
public record Entity(String id, String canonical, EntityType type, List<String> variants) {
  public Entity {
    variants = List.copyOf(variants);
  }
}
