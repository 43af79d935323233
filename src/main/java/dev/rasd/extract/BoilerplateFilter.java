package dev.rasd.extract;

import dev.rasd.model.Article;
import java.util.List;

/** Removes web cruft from already-extracted article text. (Placeholder: removes nothing yet.) */
public final class BoilerplateFilter {
  public CleanText clean(Article article) {
    return new CleanText(article.title().strip(), article.body().strip(), List.of());
  }

  /** Learns from an article of an earlier run (per-outlet recurring lines) without cleaning it. */
  public void observe(Article article) {
  }
}
