package org.minzheng.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PaidAmounts;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RecordedRun;
import org.minzheng.payout.RunHeader;

/** A database ledger that owns its connection pool: closing the ledger closes the pool. */
final class PooledLedger implements Ledger {
  private final Ledger ledger;
  private final HikariDataSource pool;

  PooledLedger(Ledger ledger, HikariDataSource pool) {
    this.ledger = ledger;
    this.pool = pool;
  }

  @Override
  public Transaction begin(RunHeader header) {
    return ledger.begin(header);
  }

  @Override
  public boolean contains(PayoutLine line) {
    return ledger.contains(line);
  }

  @Override
  public List<RecordedRun> runs() {
    return ledger.runs();
  }

  @Override
  public long lineCount() {
    return ledger.lineCount();
  }

  @Override
  public void forEachLine(Consumer<? super PayoutLine> action) {
    ledger.forEachLine(action);
  }

  @Override
  public void forEachLineOf(java.util.Set<YearMonth> periods, Consumer<? super PayoutLine> action) {
    ledger.forEachLineOf(periods, action);
  }

  @Override
  public PaidAmounts paidFor(YearMonth period) {
    return ledger.paidFor(period);
  }

  @Override
  public boolean hasRegularRun(YearMonth period) {
    return ledger.hasRegularRun(period);
  }

  @Override
  public void close() {
    try {
      ledger.close();
    } finally {
      pool.close();
    }
  }

  @Override
  public String toString() {
    return ledger.toString();
  }
}
