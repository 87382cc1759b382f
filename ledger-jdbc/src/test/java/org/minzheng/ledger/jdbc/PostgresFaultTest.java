package org.minzheng.ledger.jdbc;

import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RecordedRun;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;

/**
 * Concurrency and faults on a real PostgreSQL server: two processes starting the same month at once,
 * a process killed with {@code kill -9} mid-run, the server restarted mid-run, a connection cut
 * mid-run, and a connection lost between the commit and its acknowledgement. Child JVMs run
 * {@link LedgerChild} with this JVM's class path.
 */
class PostgresFaultTest {
  private static final YearMonth SEP = YearMonth.of(2020, 9);
  private static EmbeddedPostgresServer server;
  private static HikariDataSource pool;

  @TempDir
  Path temp;

  @BeforeAll
  static void connect() {
    server = EmbeddedPostgresServer.shared();
    pool = server.pool(4);
  }

  @AfterAll
  static void disconnect() {
    pool.close();
  }

  private static String migratedSchema() {
    String schema = EmbeddedPostgresServer.newSchema();
    PostgresLedger.migrate(pool, schema);
    return schema;
  }

  private static RunHeader regular(YearMonth m) {
    return new RunHeader(RunKind.REGULAR, m, m);
  }

  private static Optional<RecordedRun> record(Ledger ledger, List<PayoutLine> lines) {
    try (Ledger.Transaction tx = ledger.begin(regular(SEP))) {
      lines.forEach(tx::add);
      return tx.commit();
    }
  }

  /** A child JVM whose output lines arrive in a queue. */
  private record Child(Process process, BlockingQueue<String> out) {
    String await(String prefix) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      List<String> seen = new ArrayList<>();
      while (System.nanoTime() < deadline) {
        String line = out.poll(1, TimeUnit.SECONDS);
        if (line != null) {
          seen.add(line);
          if (line.startsWith(prefix)) {
            return line;
          }
        } else if (!process.isAlive() && out.isEmpty()) {
          break;
        }
      }
      throw new AssertionError("child printed no " + prefix + " line; it printed: " + String.join("\n", seen));
    }
  }

  private static Child child(String schema, int households, String mode, Path go) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), LedgerChild.class.getName(), server.jdbcUrl(), schema, SEP.toString(),
        Integer.toString(households), mode, go.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    BlockingQueue<String> out = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          out.add(line);
        }
      } catch (IOException ignored) {
        // the process was killed
      }
    });
    reader.setDaemon(true);
    reader.start();
    return new Child(p, out);
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void twoProcessesStartingTheSameMonthAtOnceRecordItOnce() throws Exception {
    String schema = migratedSchema();
    int n = 30_000;
    Path go = temp.resolve("go");
    Child a = child(schema, n, "run", go);
    Child b = child(schema, n, "run", go);
    a.await("READY");
    b.await("READY");
    Files.createFile(go); // both start now
    List<String> results = List.of(a.await("RESULT"), b.await("RESULT"));
    assertThat(a.process().waitFor(60, TimeUnit.SECONDS) && b.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(a.process().exitValue()).isZero();
    assertThat(b.process().exitValue()).isZero();
    assertThat(results).containsExactlyInAnyOrder("RESULT recorded=" + n + " skipped=0 run=1",
        "RESULT recorded=0 skipped=" + n + " run=none");
    try (PostgresLedger ledger = PostgresLedger.builder(pool).schema(schema).open()) {
      assertThat(ledger.runs()).hasSize(1);
      assertThat(ledger.lineCount()).isEqualTo(n);
    }
    assertThat(count("SELECT count(*) FROM " + schema + ".payout_line")).isEqualTo(n);
    System.out.println("two processes at once: " + results);
  }

  @Test
  void aRunKilledMidWayLeavesNothingAndTheNextRunCompletesIt() throws Exception {
    String schema = migratedSchema();
    int n = 40_000;
    Child c = child(schema, n, "hang", temp.resolve("unused"));
    c.await("HALFWAY");
    // the child's COPY is under way on the server: its transaction is open and has sent lines
    assertThat(count("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY \"" + schema + "\".payout_line%'"))
        .isEqualTo(1);
    c.process().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
    assertThat(c.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (PostgresLedger ledger = PostgresLedger.builder(pool).schema(schema).open()) {
      assertThat(ledger.runs()).isEmpty();
      assertThat(ledger.lineCount()).isZero();
      assertThat(count("SELECT count(*) FROM " + schema + ".payout_line")).isZero();
      assertThat(count("SELECT count(*) FROM " + schema + ".payout_run")).isZero();
      RecordedRun r = record(ledger, TestLines.month(n, SEP)).orElseThrow();
      assertThat(r.lines()).isEqualTo(n);
      assertThat(ledger.lineCount()).isEqualTo(n);
    }
  }

  /** What a fault half-way through a run does. */
  @FunctionalInterface
  private interface Fault {
    void strike() throws Exception;
  }

  /** A run of {@code lines} hit by {@code fault} half-way fails clearly and records nothing; running it again records it whole. */
  private static void assertFailsCleanlyAndRetrySucceeds(PostgresLedger ledger, List<PayoutLine> lines, Fault fault, String what) {
    assertThatThrownBy(() -> {
      try (Ledger.Transaction tx = ledger.begin(regular(SEP))) {
        for (int i = 0; i < lines.size(); i++) {
          tx.add(lines.get(i));
          if (i == lines.size() / 2) {
            fault.strike();
          }
        }
        tx.commit();
      }
    }).isInstanceOfSatisfying(LedgerDatabaseException.class, e -> {
      assertThat(e.mayBeRecorded()).isFalse();
      assertThat(e.getMessage()).contains("the run REGULAR 2020-09 failed", "nothing of it is recorded, run it again");
      System.out.println(what + ": " + e.getMessage());
    });
    assertThat(ledger.lineCount()).isZero();
    assertThat(ledger.runs()).isEmpty();
    assertThat(record(ledger, lines).orElseThrow().lines()).isEqualTo(lines.size());
    assertThat(ledger.lineCount()).isEqualTo(lines.size());
  }

  @Test
  void aConnectionCutMidRunFailsClearlyAndLeavesNothing() {
    String schema = migratedSchema();
    try (PostgresLedger ledger = PostgresLedger.builder(pool).schema(schema).open()) {
      assertFailsCleanlyAndRetrySucceeds(ledger, TestLines.month(20_000, SEP), () -> count(
          "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'COPY \"" + schema + "\"%'"),
          "connection cut mid-run");
    }
  }

  @Test
  void theServerRestartedMidRunFailsTheRunClearlyAndARetrySucceeds() {
    try (EmbeddedPostgresServer own = EmbeddedPostgresServer.start(); HikariDataSource ds = own.pool(4);
        PostgresLedger ledger = PostgresLedger.builder(ds).schema("minzheng").migrate(true).open()) {
      assertFailsCleanlyAndRetrySucceeds(ledger, TestLines.month(20_000, SEP), own::restart, "server restarted mid-run");
    }
  }

  @Test
  void aConnectionLostBetweenCommitAndAcknowledgementIsSafeToRetry() throws Exception {
    String schema = migratedSchema();
    int n = 5_000;
    List<PayoutLine> lines = TestLines.month(n, SEP);
    PostgresLedger lossy = PostgresLedger.builder(pool).schema(schema).afterCommit(() -> {
      throw new LedgerDatabaseException("the connection failed while committing the run REGULAR 2020-09",
          new SQLException("An I/O error occurred while sending to the backend.", "08006"), true);
    }).open();
    assertThatThrownBy(() -> record(lossy, lines)).isInstanceOfSatisfying(LedgerDatabaseException.class,
        e -> assertThat(e.mayBeRecorded()).isTrue());
    lossy.close();
    // the caller does not know whether the run was recorded, so it runs it again
    try (PostgresLedger ledger = PostgresLedger.builder(pool).schema(schema).open()) {
      assertThat(record(ledger, lines)).isEmpty();
      assertThat(ledger.runs()).hasSize(1);
      assertThat(ledger.lineCount()).isEqualTo(n);
    }
  }
}
