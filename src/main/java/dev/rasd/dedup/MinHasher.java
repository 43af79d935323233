package dev.rasd.dedup;

/**
 * MinHash signatures (Broder 1997) over 64-bit shingle hashes: component {@code i} is the
 * minimum of {@code mix(shingle ^ seed_i)}, so two signatures agree on a component with
 * probability equal to the Jaccard similarity of the shingle sets. Seeds are fixed, so
 * signatures are stable across runs and restores.
 */
final class MinHasher {
  private final long[] seeds;

  MinHasher(int size) {
    seeds = new long[size];
    long s = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < size; i++) {
      s = mix(s + i);
      seeds[i] = s;
    }
  }

  int size() {
    return seeds.length;
  }

  long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(sh ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The SplitMix64 finaliser: a cheap bijective mixer with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
