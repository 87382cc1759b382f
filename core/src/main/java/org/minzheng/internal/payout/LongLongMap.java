package org.minzheng.internal.payout;

import java.util.function.LongBinaryOperator;

/** An open-addressing map from a 64-bit fingerprint to a long (an amount in fen), no boxing. */
public final class LongLongMap {
  private static final LongBinaryOperator SUM = Math::addExact;

  private long[] keys;
  private long[] values;
  private boolean[] used;
  private int size;

  public LongLongMap() {
    this(8);
  }

  /** A map sized for {@code expected} entries without growing. */
  public LongLongMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected / 3 * 4 + 4) - 1) << 1;
    keys = new long[cap];
    values = new long[cap];
    used = new boolean[cap];
  }

  public int size() {
    return size;
  }

  /** @return the value, or {@code absent} */
  public long get(long key, long absent) {
    int i = indexOf(key);
    return i < 0 ? absent : values[i];
  }

  public boolean containsKey(long key) {
    return indexOf(key) >= 0;
  }

  /** Adds {@code delta} to the value of {@code key} (0 if absent), exactly. */
  public void add(long key, long delta) {
    merge(key, delta, SUM);
  }

  /** Sets the value to {@code f(present, v)}, or to {@code v} if absent. */
  public void merge(long key, long v, LongBinaryOperator f) {
    if ((size + 1) * 4 > keys.length * 3) { // load at most 3/4
      grow();
    }
    int mask = keys.length - 1;
    int i = LongHashSet.mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = f.applyAsLong(values[i], v);
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = v;
    size++;
  }

  private int indexOf(long key) {
    int mask = keys.length - 1;
    for (int i = LongHashSet.mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return i;
      }
    }
    return -1;
  }

  /** Approximate bytes held. */
  public long footprintBytes() {
    return 17L * keys.length;
  }

  /** Calls {@code action} for each entry, in no particular order. */
  public void forEach(Entry action) {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  /** An entry visitor. */
  public interface Entry {
    void accept(long key, long value);
  }

  private void grow() {
    long[] ok = keys;
    long[] ov = values;
    boolean[] ou = used;
    keys = new long[ok.length * 2];
    values = new long[ok.length * 2];
    used = new boolean[ok.length * 2];
    size = 0;
    for (int i = 0; i < ok.length; i++) {
      if (ou[i]) {
        add(ok[i], ov[i]);
      }
    }
  }
}
