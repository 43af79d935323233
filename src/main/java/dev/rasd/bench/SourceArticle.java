package dev.rasd.bench;

import dev.rasd.model.Article;
import dev.rasd.model.EntityType;
import java.util.List;

/**
 * One article of a source corpus with the labels the bench uses when they are present: the event
 * it reports, the article it copies, and the names it mentions. Without labels an article is its
 * own event, copies nothing and has no names to swap.
 *
 * @param article the article as read
 * @param event   the event label, or the article's own id when unlabelled
 * @param copyOf  id of the article this one near-verbatim copies, else null
 * @param names   labelled name surfaces (people and places are swapped between synthetic events)
 */
public record SourceArticle(Article article, String event, String copyOf, List<Name> names) {
  public SourceArticle {
    names = List.copyOf(names);
  }

  /** The article whose recombination choices this one repeats: its original when it is a copy. */
  String origin() {
    return copyOf == null ? article.id() : copyOf;
  }

  /** A labelled name surface and the canonical name it refers to. */
  public record Name(String surface, String canonical, EntityType type) {
  }
}
