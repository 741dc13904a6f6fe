package io.newsstats.ner.tagger;

/** An open-addressing map from long keys to non-negative ints (-1 for absent), compact in memory. */
final class LongIntMap {
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  int get(long key) {
    int slot = (int) Hashing.mix(key) & mask;
    while (used[slot]) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int slot = (int) Hashing.mix(key) & mask;
    while (used[slot]) {
      if (keys[slot] == key) {
        values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    used[slot] = true;
    keys[slot] = key;
    values[slot] = value;
    size++;
  }

  /** What {@link #forEach} calls with each entry; may throw, e.g. while writing a model file. */
  interface EntryVisitor<E extends Exception> {
    void visit(long key, int value) throws E;
  }

  /** Calls the visitor with every key and value. */
  <E extends Exception> void forEach(EntryVisitor<E> visitor) throws E {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        visitor.visit(keys[i], values[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    int capacity = oldKeys.length * 2;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
