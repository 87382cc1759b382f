package org.minzheng.ledger.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RecordedRun;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;

/**
 * A separate JVM recording one month's run in a PostgreSQL ledger, for the fault tests:
 * {@code LedgerChild URL SCHEMA MONTH HOUSEHOLDS MODE [GO_FILE]}.
 * <ul>
 *   <li>{@code run}: waits until GO_FILE exists (so two children start at the same moment), records
 *       the run and prints {@code RESULT recorded=N skipped=M run=SEQ|none};
 *   <li>{@code hang}: adds the lines, prints {@code HALFWAY} when half of them have reached the server,
 *       and waits to be killed.
 * </ul>
 */
public final class LedgerChild {
  private LedgerChild() {}

  public static void main(String[] args) throws Exception {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(args[0]);
    ds.setUsername("postgres");
    ds.setMaximumPoolSize(2);
    YearMonth month = YearMonth.parse(args[2]);
    int households = Integer.parseInt(args[3]);
    String mode = args[4];
    try (ds; PostgresLedger ledger = PostgresLedger.builder(ds).schema(args[1]).open()) {
      if (mode.equals("run")) {
        Path go = Path.of(args[5]);
        System.out.println("READY");
        while (!Files.exists(go)) {
          Thread.sleep(1);
        }
      }
      long recorded = 0;
      long skipped = 0;
      try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.REGULAR, month, month))) {
        int i = 0;
        for (PayoutLine l : TestLines.month(households, month)) {
          if (tx.add(l)) {
            recorded++;
          } else {
            skipped++;
          }
          if (mode.equals("hang") && ++i == households / 2) {
            System.out.println("HALFWAY");
            System.out.flush();
            Thread.sleep(600_000);
          }
        }
        Optional<RecordedRun> r = tx.commit();
        System.out.println("RESULT recorded=" + recorded + " skipped=" + skipped + " run="
            + r.map(x -> Long.toString(x.sequence())).orElse("none"));
      }
    }
  }
}
