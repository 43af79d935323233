package dev.rasd.bench;

import dev.rasd.model.Article;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The first {@code limit} articles of a JSONL file; closing it closes the file. */
final class FirstArticles implements Iterator<Article>, AutoCloseable {
  private final ArticleJsonl rows;
  private final int limit;
  private int taken;

  FirstArticles(ArticleJsonl rows, int limit) {
    this.rows = rows;
    this.limit = limit;
  }

  @Override
  public boolean hasNext() {
    return taken < limit && rows.hasNext();
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    taken++;
    return rows.next().article();
  }

  @Override
  public void close() {
    rows.close();
  }
}
