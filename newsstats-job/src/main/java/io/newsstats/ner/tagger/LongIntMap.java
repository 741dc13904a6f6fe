package io.newsstats.ner.tagger;

/**
 * An open-addressing map from long keys to non-negative ints (-1 for absent), compact in memory.
 * Each slot's key and value sit side by side in one array (value -1: empty slot), so a probe
 * touches one cache line: the tagger looks up about forty features per token in a map of
 * millions, and separate key, value and used arrays made that three memory reads per probe.
 */
final class LongIntMap {
  private static final long EMPTY = -1;
  private long[] slots;  // key at 2s, value at 2s + 1
  private int size;
  private int mask;      // over slot indexes

  LongIntMap(int expected) {
    allocate(Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1);
  }

  private void allocate(int capacity) {
    slots = new long[capacity * 2];
    for (int s = 1; s < slots.length; s += 2) {
      slots[s] = EMPTY;
    }
    mask = capacity - 1;
    size = 0;
  }

  int size() {
    return size;
  }

  int get(long key) {
    long[] table = slots;
    int slot = (int) Hashing.mix(key) & mask;
    while (true) {
      long value = table[2 * slot + 1];
      if (value == EMPTY) {
        return -1;
      }
      if (table[2 * slot] == key) {
        return (int) value;
      }
      slot = (slot + 1) & mask;
    }
  }

  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are non-negative: " + value);
    }
    if ((size + 1) * 4 > slots.length) {  // more than half the slots used
      grow();
    }
    int slot = (int) Hashing.mix(key) & mask;
    while (slots[2 * slot + 1] != EMPTY) {
      if (slots[2 * slot] == key) {
        slots[2 * slot + 1] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = key;
    slots[2 * slot + 1] = value;
    size++;
  }

  /** What {@link #forEach} calls with each entry; may throw, e.g. while writing a model file. */
  interface EntryVisitor<E extends Exception> {
    void visit(long key, int value) throws E;
  }

  /** Calls the visitor with every key and value. */
  <E extends Exception> void forEach(EntryVisitor<E> visitor) throws E {
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s + 1] != EMPTY) {
        visitor.visit(slots[s], (int) slots[s + 1]);
      }
    }
  }

  private void grow() {
    long[] old = slots;
    allocate(old.length);  // twice the slots: old.length / 2 slots before
    for (int s = 0; s < old.length; s += 2) {
      if (old[s + 1] != EMPTY) {
        put(old[s], (int) old[s + 1]);
      }
    }
  }
}
