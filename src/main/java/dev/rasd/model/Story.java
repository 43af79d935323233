package dev.rasd.model;

import java.util.List;

/** Articles reporting one event. {@code storyline} links stories of one developing situation (null when alone). */
public record Story(String id, List<String> articleIds, String headline, String summary, String storyline) {
  public Story {
    articleIds = List.copyOf(articleIds);
  }
}
