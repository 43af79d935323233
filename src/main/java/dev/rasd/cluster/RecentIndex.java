package dev.rasd.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An inverted index from terms to the groups (stories or storylines) active within a time
 * window, so finding candidates for a new article costs the postings of its top terms among
 * recent groups, never a scan of the archive.
 *
 * <p>Each touch of a group is queued with its time; a group leaves the index when its latest
 * touch is older than the window before the newest time seen. Undated streams are bounded by
 * {@code capacity} groups instead, dropping the least recently touched. A group dropped so is
 * handed to {@code onEvicted}, so its owner can let go of what only comparisons needed.
 */
final class RecentIndex<G> {
  private record Touch<G>(G group, OffsetDateTime at, long sequence) {
  }

  private final Duration window;
  private final int capacity;
  private final Consumer<G> onEvicted;
  private final Map<String, Set<G>> postings = new HashMap<>();
  private final Map<G, Set<String>> termsOf = new HashMap<>();
  private final Map<G, Long> lastTouch = new HashMap<>();
  private final ArrayDeque<Touch<G>> touches = new ArrayDeque<>();
  private OffsetDateTime newest;
  private long sequence;

  RecentIndex(Duration window, int capacity, Consumer<G> onEvicted) {
    this.window = window;
    this.capacity = capacity;
    this.onEvicted = onEvicted;
  }

  /** Registers {@code terms} for {@code group} and marks it active at {@code at} (null when undated). */
  void touch(G group, Collection<String> terms, OffsetDateTime at) {
    if (at != null && (newest == null || at.isAfter(newest))) {
      newest = at;
    }
    Set<String> own = termsOf.computeIfAbsent(group, g -> new HashSet<>());
    for (String t : terms) {
      if (own.add(t)) {
        postings.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(group);
      }
    }
    long seq = ++sequence;
    lastTouch.put(group, seq);
    touches.addLast(new Touch<>(group, at, seq));
    evict();
  }

  /** Active groups indexed under any of {@code terms}, in first-indexed order. */
  List<G> candidates(Collection<String> terms) {
    Set<G> out = new LinkedHashSet<>();
    for (String t : terms) {
      Set<G> p = postings.get(t);
      if (p != null) {
        out.addAll(p);
      }
    }
    return new ArrayList<>(out);
  }

  int size() {
    return termsOf.size();
  }

  boolean contains(G group) {
    return termsOf.containsKey(group);
  }

  private void evict() {
    while (!touches.isEmpty()) {
      Touch<G> first = touches.peekFirst();
      Long last = lastTouch.get(first.group());
      boolean superseded = last == null || last != first.sequence();
      if (superseded) {
        touches.removeFirst();
      } else if (termsOf.size() > capacity || isStale(first.at())) {
        touches.removeFirst();
        remove(first.group());
        onEvicted.accept(first.group());
      } else {
        return;
      }
    }
  }

  private boolean isStale(OffsetDateTime at) {
    return at != null && newest != null && at.isBefore(newest.minus(window));
  }

  /** Takes {@code group} out of the index at once (a storyline dissolved into another). */
  void remove(G group) {
    lastTouch.remove(group);
    Set<String> terms = termsOf.remove(group);
    if (terms == null) {
      return;
    }
    for (String t : terms) {
      Set<G> p = postings.get(t);
      p.remove(group);
      if (p.isEmpty()) {
        postings.remove(t);
      }
    }
  }
}
