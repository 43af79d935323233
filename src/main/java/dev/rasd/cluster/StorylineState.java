package dev.rasd.cluster;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A developing situation: the stories linked into it and the centroid of all their articles. */
final class StorylineState {
  final String id;
  final int number;
  final List<StoryState> stories = new ArrayList<>();
  final TermVector centroid = new TermVector();
  final Map<String, Integer> entities = new HashMap<>();
  OffsetDateTime lastPublished;

  StorylineState(String id, int number) {
    this.id = id;
    this.number = number;
  }

  void seen(OffsetDateTime at) {
    if (at != null && (lastPublished == null || at.isAfter(lastPublished))) {
      lastPublished = at;
    }
  }

  /** The id shown on stories: null while the story is alone in its storyline. */
  String visibleId() {
    return stories.size() > 1 ? id : null;
  }
}
