package dev.rasd.pipeline;

import dev.rasd.model.Story;
import java.util.List;

/** The stories an online clusterer has built so far. */
public interface StoryView {
  /** Every story, in creation order, with its current headline, summary and storyline. */
  List<Story> stories();

  /** Stories created or changed since the last call, for incremental persistence. */
  List<Story> drainChanged();
}
