package dev.rasd.entity;

/**
 * Open-addressing map from non-zero 64-bit feature hashes to dense row numbers, assigned in
 * insertion order. Linear probing at most half full; no boxing, since every tagged token looks
 * up dozens of features.
 */
final class LongIntMap {
  private long[] keys;
  private int[] rows;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    rows = new int[cap];
  }

  int size() {
    return size;
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return rows[i];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  /** The row of {@code key}, adding it as the next row when absent. */
  int getOrAdd(long key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    for (; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return rows[i];
      }
    }
    keys[i] = key;
    rows[i] = size;
    size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  /** Keys in row order. */
  long[] keysByRow() {
    long[] out = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[rows[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        rows[i] = oldRows[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }
}
