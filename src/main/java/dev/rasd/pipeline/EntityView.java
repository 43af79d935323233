package dev.rasd.pipeline;

import dev.rasd.model.Entity;
import java.util.List;

/** The entities a resolver has built so far, with their current canonical names and variants. */
public interface EntityView {
  List<Entity> entities();

  /** Entities created or changed since the last call, for incremental persistence. */
  List<Entity> drainChanged();
}
