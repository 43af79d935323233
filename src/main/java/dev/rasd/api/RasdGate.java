package dev.rasd.api;

import dev.rasd.Rasd;
import dev.rasd.search.ArticleIndex;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The one door to the store for every request thread. {@link Rasd} holds a single SQLite
 * connection (with an open transaction between batches) and a pipeline that is not thread-safe,
 * so reads and ingests take turns; ingests are thereby serialised (one writer). Store reads take
 * milliseconds; a large ingest delays reads until its batch commits. Lucene searches do not pass
 * here: the index's searchers are safe to share.
 */
final class RasdGate {
  private final Rasd rasd;
  private final ReentrantLock turn = new ReentrantLock(true);

  RasdGate(Rasd rasd) {
    this.rasd = rasd;
  }

  <T> T call(Function<Rasd, T> work) {
    turn.lock();
    try {
      return work.apply(rasd);
    } finally {
      turn.unlock();
    }
  }

  /** The index, for searches that run outside the gate. */
  ArticleIndex index() {
    return rasd.index();
  }
}
