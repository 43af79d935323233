package dev.rasd.dedup;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands}
 * bands of {@code rows} components, and two fingerprints are candidates when any band is
 * identical. With 32 bands of 2 rows a pair at Jaccard 0.4 is retrieved with probability 0.997
 * and one at 0.05 with 0.08, so lookups touch few entries whatever the archive size.
 *
 * <p>Entries leave in arrival order once older than the window before the newest publication
 * time seen (wire copies appear within hours), or once the index holds {@code capacity} entries,
 * which bounds undated streams.
 *
 * <p>Buckets hold {@link Entry entries} compared by identity, with their band keys computed once;
 * a look-up marks each entry it has taken with the look-up's number, so collecting candidates
 * from many bands needs no set and never hashes a fingerprint's contents.
 */
final class LshIndex {
  private final int bands;
  private final int rows;
  private final Duration window;
  private final int capacity;
  private final Map<Long, List<Entry>> buckets = new HashMap<>();
  private final ArrayDeque<Entry> arrivals = new ArrayDeque<>();
  private OffsetDateTime newest;
  private long lookups;

  /** An indexed fingerprint, its band keys, and the last look-up that collected it. */
  private static final class Entry {
    private final Fingerprint fingerprint;
    private final long[] bandKeys;
    private long collectedBy;

    private Entry(Fingerprint fingerprint, long[] bandKeys) {
      this.fingerprint = fingerprint;
      this.bandKeys = bandKeys;
    }
  }

  LshIndex(int bands, int rows, Duration window, int capacity) {
    this.bands = bands;
    this.rows = rows;
    this.window = window;
    this.capacity = capacity;
  }

  /** Indexed fingerprints sharing a band with {@code f}, band by band and in arrival order within one, without repeats. */
  List<Fingerprint> candidates(Fingerprint f) {
    long lookup = ++lookups;
    List<Fingerprint> out = new ArrayList<>();
    for (int b = 0; b < bands; b++) {
      List<Entry> bucket = buckets.get(bandKey(f.signature(), b));
      if (bucket == null) {
        continue;
      }
      for (Entry e : bucket) {
        if (e.collectedBy != lookup) {
          e.collectedBy = lookup;
          out.add(e.fingerprint);
        }
      }
    }
    return out;
  }

  void add(Fingerprint f) {
    if (f.shingles().length == 0) {
      return;
    }
    if (f.published() != null && (newest == null || f.published().isAfter(newest))) {
      newest = f.published();
    }
    evict();
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = bandKey(f.signature(), b);
    }
    Entry entry = new Entry(f, keys);
    for (long key : keys) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entry);
    }
    arrivals.addLast(entry);
  }

  int size() {
    return arrivals.size();
  }

  private void evict() {
    while (!arrivals.isEmpty() && (arrivals.size() >= capacity || isStale(arrivals.peekFirst().fingerprint))) {
      Entry old = arrivals.removeFirst();
      for (long key : old.bandKeys) {
        List<Entry> bucket = buckets.get(key);
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
