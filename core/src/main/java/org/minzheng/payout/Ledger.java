package org.minzheng.payout;

import java.io.Closeable;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The record of every payout line the bureau has made, run by run.
 *
 * <p>A ledger records a run <em>atomically</em> and <em>idempotently</em>:
 * <ul>
 *   <li>lines are added inside a {@link Transaction}; {@link Transaction#commit()} records all the
 *       new lines of the run at once; closing a transaction that was not committed (because the
 *       engine, the sink or the writer failed) records nothing of it;
 *   <li>a line whose {@link PayoutLine#idempotencyKey() idempotency key} is already recorded by a
 *       committed run is skipped, so running the same month twice records nothing new and leaves the
 *       ledger unchanged;
 *   <li>a line whose key was already added to the <em>open</em> transaction is an error,
 *       {@link DuplicatePayoutException}: one run paying a beneficiary twice means its input is wrong
 *       (a household listed twice, a person in two households), and skipping the second line would
 *       silently pay whichever came first.
 * </ul>
 * Keys are indexed by their 64-bit fingerprint ({@link PayoutLine#keyFingerprint()}), per
 * partition of (kind, run month): equal keys always share a partition, and a run loads the index of
 * only the partitions its lines fall in, so the index held does not grow with the ledger's history.
 * Two distinct keys of one partition with the same fingerprint would make the second look recorded;
 * with n keys in a partition the chance of any such collision is about n²/2⁶⁵ (under 10⁻⁶ for 6
 * million keys).
 *
 * <p><b>Implementing a ledger.</b> Let one {@link RunKeyIndex} per transaction decide what
 * {@link Transaction#add} does (skip, duplicate, or new) and only store what it admits: the ledgers of
 * this library all do, so the rules above hold alike by construction. The ledger supplies the committed
 * keys of a partition when the index first asks for them; the contract tests in
 * {@code org.minzheng.testkit.ledger} ({@code LedgerContract}, {@code ReconciliationContract}) check the rest.
 *
 * <p>One transaction at a time; implementations are thread-safe otherwise.
 *
 * @since 0.1
 */
public interface Ledger extends Closeable {

  /**
   * Opens a transaction for one run.
   *
   * @param header what the run is, not null
   * @return the transaction
   * @throws IllegalStateException if another transaction is open or the ledger is closed
   */
  Transaction begin(RunHeader header);

  /**
   * Whether a line with this key is recorded. Not for hot loops: no index is kept between runs, so
   * this reads the committed lines of the line's partition (a file ledger, from its file).
   *
   * @param line a line, not null
   * @return true if a committed line with the same idempotency key is recorded
   */
  boolean contains(PayoutLine line);

  /** @return the committed runs, in order */
  List<RecordedRun> runs();

  /** @return the number of committed lines */
  long lineCount();

  /**
   * Hands every committed line, in the order recorded, to {@code action}. A file ledger reads them
   * from disk, so memory does not grow with the ledger.
   *
   * @param action receives each line, not null
   * @throws java.io.UncheckedIOException if the lines cannot be read
   */
  void forEachLine(Consumer<? super PayoutLine> action);

  /**
   * Hands every committed line of some benefit months, in the order recorded, to {@code action}: what
   * {@link #forEachLine} hands out, less the lines of other months. The default filters
   * {@link #forEachLine}; a ledger that can pass over other months' lines cheaply overrides it (a
   * {@link FileLedger} reads a line's month from its bytes and parses only the lines asked for; a
   * database can select by month).
   *
   * @param periods the benefit months wanted, not null
   * @param action receives each line of those months, not null
   * @throws java.io.UncheckedIOException if the lines cannot be read
   * @since 0.3
   */
  default void forEachLineOf(Set<YearMonth> periods, Consumer<? super PayoutLine> action) {
    java.util.Objects.requireNonNull(periods, "periods");
    java.util.Objects.requireNonNull(action, "action");
    forEachLine(l -> {
      if (periods.contains(l.period())) {
        action.accept(l);
      }
    });
  }

  /**
   * The net amounts recorded for one benefit month, per (scheme, beneficiary).
   *
   * @param period the benefit month, not null
   * @return the net amounts
   */
  default PaidAmounts paidFor(YearMonth period) {
    return PaidAmounts.of(this, period);
  }

  /**
   * @param period a benefit month, not null
   * @return true if a regular run for {@code period} has been recorded
   */
  default boolean hasRegularRun(YearMonth period) {
    return runs().stream().anyMatch(r -> r.header().kind() == RunKind.REGULAR && r.header().period().equals(period));
  }

  /** Closes the ledger; an open transaction is aborted. */
  @Override
  void close();

  /**
   * The lines of one run, recorded together or not at all.
   *
   * @since 0.1
   */
  interface Transaction extends AutoCloseable {
    /** @return what the run is */
    RunHeader header();

    /**
     * Adds a line unless its idempotency key is already recorded.
     *
     * @param line the line, not null
     * @return true if the line is new and will be recorded on commit; false if a committed run recorded its key
     * @throws DuplicatePayoutException if a line with the same key was already added to this
     *     transaction; the caller must then close it, and nothing of the run is recorded
     * @throws IllegalStateException if the transaction is committed or closed
     * @throws java.io.UncheckedIOException if a file ledger cannot write; the transaction must then be closed
     */
    boolean add(PayoutLine line);

    /** @return the number of new lines added so far */
    long size();

    /**
     * Records every line added, all at once (for a file, durably: the commit record is forced to
     * disk before this returns). A run with no new line records nothing.
     *
     * @return the recorded run, or an empty result if there was nothing new
     * @throws IllegalStateException if already committed or closed
     * @throws java.io.UncheckedIOException if a file ledger cannot write; nothing of the run is then recorded
     */
    java.util.Optional<RecordedRun> commit();

    /** Ends the transaction; if it was not committed, nothing of it is recorded. */
    @Override
    void close();
  }
}
