package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.minzheng.internal.payout.LongHashSet;
import org.minzheng.standard.Money;

/**
 * A {@link Ledger} held in memory, lines included: for tests, simulations and small hosts.
 *
 * @since 0.1
 */
public final class InMemoryLedger implements Ledger {
  private final List<PayoutLine> lines = new ArrayList<>();
  private final List<RecordedRun> runs = new ArrayList<>();
  private final LongHashSet keys = new LongHashSet();
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
    return keys.contains(line.keyFingerprint());
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
    private final LongHashSet pendingKeys = new LongHashSet();
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
        long k = line.keyFingerprint();
        if (keys.contains(k) || !pendingKeys.add(k)) {
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
          return Optional.empty();
        }
        Money total = Money.ZERO;
        for (PayoutLine l : pending) {
          total = total.plus(l.amount());
        }
        lines.addAll(pending);
        keys.addAll(pendingKeys);
        RecordedRun r = new RecordedRun(runs.size() + 1L, header, pending.size(), total);
        runs.add(r);
        return Optional.of(r);
      }
    }

    @Override
    public void close() {
      synchronized (InMemoryLedger.this) {
        done = true;
        if (open == this) {
          open = null;
        }
      }
    }
  }
}
