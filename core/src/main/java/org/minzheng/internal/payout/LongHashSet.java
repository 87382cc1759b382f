package org.minzheng.internal.payout;

import java.util.Arrays;

/**
 * An open-addressing set of 64-bit values (idempotency-key fingerprints): 8 bytes a slot, load at
 * most 1/2, no boxing. Zero is kept in a flag since it marks an empty slot.
 */
public final class LongHashSet {
  private long[] slots;
  private int size;
  private boolean hasZero;

  public LongHashSet() {
    this(16);
  }

  public LongHashSet(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[cap];
  }

  public int size() {
    return size + (hasZero ? 1 : 0);
  }

  public boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return false;
      }
      if (s == v) {
        return true;
      }
    }
  }

  /** @return true if {@code v} was not in the set */
  public boolean add(long v) {
    if (v == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        slots[i] = v;
        size++;
        return true;
      }
      if (s == v) {
        return false;
      }
    }
  }

  public void addAll(LongHashSet other) {
    if (other.hasZero) {
      hasZero = true;
    }
    for (long s : other.slots) {
      if (s != 0) {
        add(s);
      }
    }
  }

  public void clear() {
    Arrays.fill(slots, 0L);
    size = 0;
    hasZero = false;
  }

  /** Approximate bytes held, for tests and benchmarks. */
  public long footprintBytes() {
    return 8L * slots.length;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long s : old) {
      if (s != 0) {
        add(s);
      }
    }
  }

  static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
