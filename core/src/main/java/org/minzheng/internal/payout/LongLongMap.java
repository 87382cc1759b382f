package org.minzheng.internal.payout;

/** An open-addressing map from a 64-bit fingerprint to a long (an amount in fen), no boxing. */
public final class LongLongMap {
  private long[] keys;
  private long[] values;
  private boolean[] used;
  private int size;

  public LongLongMap() {
    keys = new long[16];
    values = new long[16];
    used = new boolean[16];
  }

  public int size() {
    return size;
  }

  /** @return the value, or {@code absent} */
  public long get(long key, long absent) {
    int mask = keys.length - 1;
    for (int i = LongHashSet.mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return absent;
  }

  public boolean containsKey(long key) {
    int mask = keys.length - 1;
    for (int i = LongHashSet.mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code delta} to the value of {@code key} (0 if absent), exactly. */
  public void add(long key, long delta) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = LongHashSet.mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = Math.addExact(values[i], delta);
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = delta;
    size++;
  }

  /** Sets the value to the larger of the present one and {@code v}; inserts if absent. */
  public void max(long key, long v) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = LongHashSet.mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = Math.max(values[i], v);
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = v;
    size++;
  }

  /** Sets the value to {@code f(present, v)}, or to {@code v} if absent. */
  public void merge(long key, long v, java.util.function.LongBinaryOperator f) {
    if ((size + 1) * 2 > keys.length) {
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
