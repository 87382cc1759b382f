package org.minzheng.ledger.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.Reconciliation;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;
import org.minzheng.standards2020.Standards2020;

/**
 * Reading one benefit month of a long ledger reads that month's lines only: counted as the rows the
 * server hands the client from {@code payout_line} (a data source that counts every {@code ResultSet}
 * row of a query on that table), and shown by the server's own plan (EXPLAIN ANALYZE of the ledger's
 * query: the index {@code payout_line_period}, no row read and dropped). Before 0.4 the ledger read every
 * line of every run and dropped the other months' in Java.
 */
class PostgresMonthReadTest {
  private static final int HOUSEHOLDS = 5_000;
  private static final int MONTHS = 12;
  private static final YearMonth JAN = YearMonth.of(2020, 1);
  private static final YearMonth MAR = YearMonth.of(2020, 3);

  private static CountingDataSource counting;
  private static PostgresLedger ledger;
  private static String schema;

  @BeforeAll
  static void aYearOfPayouts() {
    counting = new CountingDataSource(EmbeddedPostgresServer.shared().sharedPool());
    schema = EmbeddedPostgresServer.newSchema();
    ledger = PostgresLedger.builder(counting.dataSource()).schema(schema).migrate(true).open();
    for (int i = 0; i < MONTHS; i++) {
      YearMonth m = JAN.plusMonths(i);
      try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.REGULAR, m, m))) {
        TestLines.month(HOUSEHOLDS, m).forEach(tx::add);
        tx.commit();
      }
    }
    try (Connection c = EmbeddedPostgresServer.shared().sharedPool().getConnection(); Statement st = c.createStatement()) {
      st.execute("ANALYZE " + schema + ".payout_line"); // the planner sees the table as it is
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void close() {
    ledger.close();
  }

  @Test
  void readingOneMonthFetchesOnlyThatMonthsRows() {
    assertThat(ledger.lineCount()).isEqualTo((long) HOUSEHOLDS * MONTHS);
    counting.reset();
    List<PayoutLine> read = new ArrayList<>();
    ledger.forEachLineOf(Set.of(MAR), read::add);
    assertThat(read).hasSize(HOUSEHOLDS).allMatch(l -> l.period().equals(MAR));
    assertThat(counting.lineRowsFetched()).isEqualTo(HOUSEHOLDS);

    counting.reset();
    read.clear();
    ledger.forEachLineOf(Set.of(MAR, JAN.plusMonths(7)), read::add);
    assertThat(read).hasSize(2 * HOUSEHOLDS);
    assertThat(counting.lineRowsFetched()).isEqualTo(2L * HOUSEHOLDS);
  }

  @Test
  void reconcilingOneMonthOfTheYearReadsOnlyThatMonth() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    BenefitCalculator calculator = BenefitCalculator.builder(registry).explanations(false).build();
    counting.reset();
    // no household is left in the caseload: every pair paid for March is an overpayment, held for review
    Reconciliation.Report report = Reconciliation.of(calculator, registry).reconcile(
        new Reconciliation.Request(MAR, MAR, YearMonth.of(2020, 12), LocalDate.of(2020, 12, 1), false),
        List.<EnrolledHousehold>of(), ledger);
    assertThat(report.reviewItems()).hasSize(HOUSEHOLDS).allMatch(i -> i.months().equals(List.of(MAR)));
    // March's lines, read twice (net paid, then the last line of each pair gone from the caseload): none of another month
    assertThat(counting.lineRowsFetched()).isEqualTo(2L * HOUSEHOLDS);
  }

  @Test
  void theServerReadsTheMonthThroughItsIndexAndDropsNoRow() throws Exception {
    String sql = counting.lineQueries().stream().filter(s -> s.contains("AND period = ?")).findFirst().orElseGet(() -> {
      ledger.forEachLineOf(Set.of(MAR), l -> { });
      return counting.lineQueries().stream().filter(s -> s.contains("AND period = ?")).findFirst().orElseThrow();
    });
    try (Connection c = EmbeddedPostgresServer.shared().sharedPool().getConnection()) {
      List<Long> runIds = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM " + schema
          + ".payout_run ORDER BY seq")) {
        while (rs.next()) {
          runIds.add(rs.getLong(1));
        }
      }
      for (int i = 0; i < runIds.size(); i++) {
        JsonNode plan = explain(c, sql, runIds.get(i));
        String text = plan.toString();
        assertThat(text).as("plan of run %d: %s", i, text).contains("payout_line_period").doesNotContain("Seq Scan")
            .doesNotContain("Rows Removed by Filter");
        long rows = plan.path(0).path("Plan").path("Actual Rows").asLong();
        assertThat(rows).as("rows of run %d", i).isEqualTo(JAN.plusMonths(i).equals(MAR) ? HOUSEHOLDS : 0);
      }
    }
  }

  private static JsonNode explain(Connection c, String sql, long runId) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)) {
      ps.setLong(1, runId);
      ps.setDate(2, Date.valueOf(MAR.atDay(1)));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new ObjectMapper().readTree(rs.getString(1));
      }
    }
  }

  /** A data source counting the rows clients read from queries on {@code payout_line}. */
  static final class CountingDataSource {
    private final DataSource target;
    private final AtomicLong lineRows = new AtomicLong();
    private final Map<String, Boolean> lineQueries = new ConcurrentHashMap<>();

    CountingDataSource(DataSource target) {
      this.target = target;
    }

    void reset() {
      lineRows.set(0);
    }

    long lineRowsFetched() {
      return lineRows.get();
    }

    List<String> lineQueries() {
      return List.copyOf(lineQueries.keySet());
    }

    /** The data source to hand the ledger. */
    DataSource dataSource() {
      return proxy(DataSource.class, target, (m, args, result) -> result instanceof Connection c ? connection(c) : result);
    }

    private Connection connection(Connection c) {
      return proxy(Connection.class, c, (m, args, result) -> {
        if (result instanceof PreparedStatement ps && args != null && args[0] instanceof String sql) {
          return statement(PreparedStatement.class, ps, sql);
        }
        if (result instanceof Statement st && !(result instanceof PreparedStatement)) {
          return statement(Statement.class, st, null);
        }
        return result;
      });
    }

    private <S extends Statement> S statement(Class<S> type, S st, String prepared) {
      return proxy(type, st, (m, args, result) -> {
        String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        if (result instanceof ResultSet rs && sql != null && sql.contains("payout_line ")) {
          lineQueries.put(sql, true);
          return proxy(ResultSet.class, rs, (m2, a2, r2) -> {
            if (m2.getName().equals("next") && Boolean.TRUE.equals(r2)) {
              lineRows.incrementAndGet();
            }
            return r2;
          });
        }
        return result;
      });
    }

    @FunctionalInterface
    private interface After {
      Object apply(java.lang.reflect.Method m, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
      InvocationHandler h = (p, m, args) -> {
        Object result;
        try {
          result = m.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
        return after.apply(m, args, result);
      };
      return (T) Proxy.newProxyInstance(PostgresMonthReadTest.class.getClassLoader(), new Class<?>[] {type}, h);
    }
  }
}
