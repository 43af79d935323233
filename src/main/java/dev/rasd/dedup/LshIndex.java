package dev.rasd.dedup;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands}
 * bands of {@code rows} components, and two fingerprints are candidates when any band is
 * identical. With 32 bands of 2 rows a pair at Jaccard 0.4 is retrieved with probability 0.997
 * and one at 0.05 with 0.08, so lookups touch few entries whatever the archive size.
 *
 * <p>Entries leave in arrival order once older than the window before the newest publication
 * time seen (wire copies appear within hours), or once the index holds {@code capacity} entries,
 * which bounds undated streams.
 */
final class LshIndex {
  private final int bands;
  private final int rows;
  private final Duration window;
  private final int capacity;
  private final Map<Long, List<Fingerprint>> buckets = new HashMap<>();
  private final ArrayDeque<Fingerprint> arrivals = new ArrayDeque<>();
  private OffsetDateTime newest;

  LshIndex(int bands, int rows, Duration window, int capacity) {
    this.bands = bands;
    this.rows = rows;
    this.window = window;
    this.capacity = capacity;
  }

  /** Indexed fingerprints sharing a band with {@code f}, in arrival order, without repeats. */
  List<Fingerprint> candidates(Fingerprint f) {
    Set<Fingerprint> out = new LinkedHashSet<>();
    for (int b = 0; b < bands; b++) {
      List<Fingerprint> bucket = buckets.get(bandKey(f.signature(), b));
      if (bucket != null) {
        out.addAll(bucket);
      }
    }
    return new ArrayList<>(out);
  }

  void add(Fingerprint f) {
    if (f.shingles().length == 0) {
      return;
    }
    if (f.published() != null && (newest == null || f.published().isAfter(newest))) {
      newest = f.published();
    }
    evict();
    for (int b = 0; b < bands; b++) {
      buckets.computeIfAbsent(bandKey(f.signature(), b), k -> new ArrayList<>(2)).add(f);
    }
    arrivals.addLast(f);
  }

  int size() {
    return arrivals.size();
  }

  private void evict() {
    while (!arrivals.isEmpty() && (arrivals.size() >= capacity || isStale(arrivals.peekFirst()))) {
      Fingerprint old = arrivals.removeFirst();
      for (int b = 0; b < bands; b++) {
        long key = bandKey(old.signature(), b);
        List<Fingerprint> bucket = buckets.get(key);
        bucket.remove(old);
        if (bucket.isEmpty()) {
          buckets.remove(key);
        }
      }
    }
  }

  private boolean isStale(Fingerprint f) {
    return newest != null && f.published() != null && f.published().isBefore(newest.minus(window));
  }

  /** One hash per band, salted with the band number so equal rows in different bands do not collide. */
  private long bandKey(long[] signature, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = MinHasher.mix(h ^ signature[r]);
    }
    return h;
  }
}
