package org.minzheng.payout;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.minzheng.internal.payout.LongHashSet;

/**
 * The idempotency-key index of one open run: what decides, line by line, what {@link
 * Ledger.Transaction#add} does. For implementers of {@link Ledger}; {@link InMemoryLedger},
 * {@link FileLedger} and the PostgreSQL ledger all decide through it, so they behave alike by
 * construction.
 *
 * <p>{@link #admit} gives, for a line:
 * <ul>
 *   <li>{@code false} when a committed run recorded its key (the line is skipped: a re-run records nothing);
 *   <li>{@link DuplicatePayoutException} when this run already admitted its key (one run paying a
 *       beneficiary twice: the caller must close the transaction, recording nothing of it);
 *   <li>{@code true} otherwise: the line is new, and the ledger records it with the run.
 * </ul>
 * Keys are held as 64-bit fingerprints ({@link PayoutLine#keyFingerprint()}), per partition of
 * (kind, run month) (equal keys always share one, see {@link Ledger}). The committed keys of a
 * partition are asked of the ledger once, the first time a line of that partition is admitted, so a
 * run holds the keys of only the partitions its lines fall in (about 16 bytes a key).
 *
 * <p>Make one per transaction and drop it (or {@link #clear} it) when the transaction ends. Not
 * thread-safe: the ledger calls it under its own lock. Arguments are not null.
 *
 * @param <X> the checked exception reading the committed keys may throw ({@link RuntimeException} if none)
 * @since 0.4
 */
public final class RunKeyIndex<X extends Exception> {

  /**
   * Reads the committed keys of one partition.
   *
   * @param <X> the checked exception reading may throw
   * @since 0.4
   */
  @FunctionalInterface
  public interface CommittedKeys<X extends Exception> {
    /**
     * Hands {@code sink} the {@link PayoutLine#keyFingerprint() key fingerprint} of every line of
     * {@code kind} paid in {@code runMonth} that a committed run recorded.
     *
     * @implSpec Called at most once per partition and index, before the partition's first line is
     *     admitted. A ledger that serializes writers per partition takes that lock here (the
     *     PostgreSQL ledger takes an advisory lock), so that what it reads stays true until the run ends.
     * @param kind the kind of the lines
     * @param runMonth the run month of the lines
     * @param sink receives each committed key's fingerprint
     * @throws X if the keys cannot be read
     */
    void load(PayoutKind kind, YearMonth runMonth, LongConsumer sink) throws X;
  }

  /**
   * Receives the number of lines a run admitted in one partition.
   *
   * @since 0.4
   */
  @FunctionalInterface
  public interface PartitionCount {
    /**
     * @param kind the kind of the lines
     * @param runMonth the run month of the lines
     * @param admitted the number of lines admitted, at least 1
     */
    void accept(PayoutKind kind, YearMonth runMonth, int admitted);
  }

  /** One partition: the keys committed before the run, and the run's own. */
  private static final class Part {
    final LongHashSet committed;
    final LongHashSet added = new LongHashSet();

    Part(LongHashSet committed) {
      this.committed = committed;
    }
  }

  private final CommittedKeys<X> committedKeys;
  private final Map<Long, Part> parts = new HashMap<>();
  private long lastPartition = Long.MIN_VALUE;
  private Part last;

  private RunKeyIndex(CommittedKeys<X> committedKeys) {
    this.committedKeys = committedKeys;
  }

  /**
   * @param <X> the checked exception {@code committedKeys} may throw
   * @param committedKeys reads a partition's committed keys, not null
   * @return an empty index for one run
   */
  public static <X extends Exception> RunKeyIndex<X> of(CommittedKeys<X> committedKeys) {
    return new RunKeyIndex<>(requireNonNull(committedKeys, "committedKeys"));
  }

  /**
   * Decides what becomes of a line added to the run.
   *
   * @param line the line, not null
   * @return true if the line is new (record it with the run); false if a committed run recorded its key (skip it)
   * @throws DuplicatePayoutException if this index already admitted a line with the same key
   * @throws X if the committed keys of the line's partition cannot be read; the line is then not admitted
   */
  public boolean admit(PayoutLine line) throws X {
    requireNonNull(line, "line");
    long p = KeyPartitions.of(line.kind(), line.runMonth());
    if (p != lastPartition) {
      Part part = parts.get(p);
      if (part == null) {
        LongHashSet committed = new LongHashSet(1 << 10);
        committedKeys.load(line.kind(), line.runMonth(), committed::add);
        part = new Part(committed);
        parts.put(p, part);
      }
      lastPartition = p;
      last = part;
    }
    long k = line.keyFingerprint();
    if (last.committed.contains(k)) {
      return false;
    }
    if (!last.added.add(k)) {
      throw new DuplicatePayoutException(line);
    }
    return true;
  }

  /**
   * Hands {@code action}, for each partition in which lines were admitted, how many.
   *
   * @param action receives each partition's count, not null
   */
  public void forEachPartitionAdmitted(PartitionCount action) {
    requireNonNull(action, "action");
    for (Map.Entry<Long, Part> e : parts.entrySet()) {
      int added = e.getValue().added.size();
      if (added > 0) {
        action.accept(KeyPartitions.kind(e.getKey()), KeyPartitions.runMonth(e.getKey()), added);
      }
    }
  }

  /** @return the number of key fingerprints held: committed keys of the partitions loaded, and the run's own */
  public long indexedKeyCount() {
    long n = 0;
    for (Part p : parts.values()) {
      n += p.committed.size() + p.added.size();
    }
    return n;
  }

  /** Drops every key held; the index is then as new. */
  public void clear() {
    parts.clear();
    last = null;
    lastPartition = Long.MIN_VALUE;
  }
}
