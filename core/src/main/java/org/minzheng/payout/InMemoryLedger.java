package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.minzheng.standard.Money;

/**
 * A {@link Ledger} held in memory, lines included: for tests, simulations and small hosts.
 *
 * <p>Like {@link FileLedger} it keeps no key index between runs: a transaction builds the index of
 * only the (kind, run month) partitions its lines fall in, from the committed runs holding lines of
 * them, and drops it when it ends.
 *
 * @since 0.1
 */
public final class InMemoryLedger implements Ledger {
  private final List<PayoutLine> lines = new ArrayList<>();
  private final List<RecordedRun> runs = new ArrayList<>();
  /** Per partition, the [from, to) index ranges of {@link #lines} of the committed runs holding lines of it. */
  private final Map<Long, List<int[]>> partitions = new HashMap<>();
  private Tx open;
  private boolean closed;

  /** An empty ledger. */
  public InMemoryLedger() {}

  @Override
  public synchronized Transaction begin(RunHeader header) {
    requireNonNull(header, "header");
    checkState(!closed, "ledger is closed");
    checkState(open == null, "a transaction for %s is already open", open == null ? null : open.header);
    open = new Tx(header);
    return open;
  }

  @Override
  public synchronized boolean contains(PayoutLine line) {
    long p = KeyPartitions.of(line.kind(), line.runMonth());
    long k = line.keyFingerprint();
    for (int[] range : partitions.getOrDefault(p, List.of())) {
      for (int i = range[0]; i < range[1]; i++) {
        PayoutLine l = lines.get(i);
        if (KeyPartitions.of(l.kind(), l.runMonth()) == p && l.keyFingerprint() == k) {
          return true;
        }
      }
    }
    return false;
  }

  /** Hands {@code sink} the committed keys of the partition of (kind, run month). */
  private void loadPartition(PayoutKind kind, java.time.YearMonth runMonth, java.util.function.LongConsumer sink) {
    long p = KeyPartitions.of(kind, runMonth);
    for (int[] range : partitions.getOrDefault(p, List.of())) {
      for (int i = range[0]; i < range[1]; i++) {
        PayoutLine l = lines.get(i);
        if (KeyPartitions.of(l.kind(), l.runMonth()) == p) {
          sink.accept(l.keyFingerprint());
        }
      }
    }
  }

  /**
   * The number of key fingerprints held in memory: those of the partitions the open transaction has
   * loaded (committed and its own), 0 with no transaction open. For tests of the memory bound.
   */
  synchronized long indexedKeyCount() {
    return open != null && !open.done ? open.keys.indexedKeyCount() : 0;
  }

  @Override
  public synchronized List<RecordedRun> runs() {
    return List.copyOf(runs);
  }

  @Override
  public synchronized long lineCount() {
    return lines.size();
  }

  /** @return a copy of every committed line, in order */
  public synchronized List<PayoutLine> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void forEachLine(Consumer<? super PayoutLine> action) {
    requireNonNull(action, "action");
    lines().forEach(action);
  }

  @Override
  public synchronized void close() {
    closed = true;
    open = null;
  }

  @Override
  public synchronized String toString() {
    return "InMemoryLedger[" + runs.size() + " runs, " + lines.size() + " lines]";
  }

  private final class Tx implements Transaction {
    private final RunHeader header;
    private final List<PayoutLine> pending = new ArrayList<>();
    private final RunKeyIndex<RuntimeException> keys = RunKeyIndex.of(InMemoryLedger.this::loadPartition);
    private boolean done;

    Tx(RunHeader header) {
      this.header = header;
    }

    @Override
    public RunHeader header() {
      return header;
    }

    @Override
    public boolean add(PayoutLine line) {
      requireNonNull(line, "line");
      synchronized (InMemoryLedger.this) {
        checkState(!done && open == this, "transaction for %s is finished", header);
        if (!keys.admit(line)) {
          return false;
        }
        pending.add(line);
        return true;
      }
    }

    @Override
    public long size() {
      return pending.size();
    }

    @Override
    public Optional<RecordedRun> commit() {
      synchronized (InMemoryLedger.this) {
        checkState(!done && open == this, "transaction for %s is finished", header);
        done = true;
        open = null;
        if (pending.isEmpty()) {
          keys.clear();
          return Optional.empty();
        }
        Money total = Money.ZERO;
        for (PayoutLine l : pending) {
          total = total.plus(l.amount());
        }
        int from = lines.size();
        lines.addAll(pending);
        int to = lines.size();
        keys.forEachPartitionAdmitted((kind, runMonth, n) ->
            partitions.computeIfAbsent(KeyPartitions.of(kind, runMonth), x -> new ArrayList<>()).add(new int[] {from, to}));
        keys.clear();
        RecordedRun r = new RecordedRun(runs.size() + 1L, header, pending.size(), total);
        runs.add(r);
        return Optional.of(r);
      }
    }

    @Override
    public void close() {
      synchronized (InMemoryLedger.this) {
        done = true;
        keys.clear();
        if (open == this) {
          open = null;
        }
      }
    }
  }
}
