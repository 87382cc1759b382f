package org.minzheng.ledger.jdbc;

import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema: created only when asked, by the shipped migrations, with the idempotency key unique in the database itself. */
class PostgresLedgerSchemaTest {
  private static HikariDataSource pool;

  @BeforeAll
  static void connect() {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    pool = server.pool(2);
    System.out.println("PostgreSQL under test: " + server.version());
  }

  @AfterAll
  static void disconnect() {
    pool.close();
  }

  @Test
  void aSchemaWithoutTheTablesIsRefusedAndNothingIsCreated() throws SQLException {
    String schema = EmbeddedPostgresServer.newSchema();
    assertThatThrownBy(() -> PostgresLedger.builder(pool).schema(schema).open())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("schema '" + schema + "' has no minzheng ledger tables: create them with"
            + " PostgresLedger.migrate(dataSource, \"" + schema + "\") or builder(dataSource).migrate(true)");
    try (Connection c = pool.getConnection(); var rs = c.getMetaData().getSchemas(null, schema)) {
      assertThat(rs.next()).as("schema %s created behind the user's back", schema).isFalse();
    }
  }

  @Test
  void migratingAppliesTheShippedMigrationsOnce() {
    String schema = EmbeddedPostgresServer.newSchema();
    assertThat(PostgresLedger.migrate(pool, schema)).isEqualTo(Migrations.NAMES.size());
    assertThat(PostgresLedger.migrate(pool, schema)).isZero();
    try (PostgresLedger ledger = PostgresLedger.builder(pool).schema(schema).open()) {
      assertThat(ledger.runs()).isEmpty();
    }
  }

  @Test
  void theDatabaseItselfRefusesASecondLineWithTheSameKey() throws SQLException {
    String schema = EmbeddedPostgresServer.newSchema();
    PostgresLedger.migrate(pool, schema);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      st.execute("SET search_path TO " + schema);
      st.execute("INSERT INTO payout_stamp (library_version, modules, parameter_hash) VALUES ('0.1.0', '{}', 'x')");
      st.execute("INSERT INTO payout_run (seq, kind, period, run_month) VALUES (1, 'REGULAR', '2020-09-01', '2020-09-01')");
      String row = "INSERT INTO payout_line (run_id, line_no, idempotency_key, run_month, period, scheme, beneficiary, payee,"
          + " household_id, region, kind, amount_fen, persons, stamp_id) SELECT r.id, %d, '2020-09|DIBAO|HOUSEHOLD:h1|REGULAR',"
          + " '2020-09-01', '2020-09-01', 'DIBAO', 'HOUSEHOLD:h1', 'HOUSEHOLD:h1', 'h1', '410402', 'REGULAR', 100, 1, s.id"
          + " FROM payout_run r, payout_stamp s";
      st.execute(String.format(row, 1));
      assertThatThrownBy(() -> st.execute(String.format(row, 2)))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"))
          .hasMessageContaining("payout_line_idempotency_key");
    }
  }

  @Test
  void theDatabaseRefusesAnAmountOfTheWrongSignForItsKind() throws SQLException {
    String schema = EmbeddedPostgresServer.newSchema();
    PostgresLedger.migrate(pool, schema);
    try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
      String row = "INSERT INTO " + schema + ".payout_line (run_id, line_no, idempotency_key, run_month, period, scheme,"
          + " beneficiary, payee, household_id, region, kind, amount_fen, persons, stamp_id) VALUES (1, %d, 'k%d',"
          + " '2020-09-01', '2020-09-01', 'DIBAO', 'HOUSEHOLD:h1', 'HOUSEHOLD:h1', 'h1', '410402', '%s', %d, 1, 1)";
      st.execute(String.format(row, 1, 1, "RECOVERY", -100));
      st.execute(String.format(row, 2, 2, "REGULAR", 0));
      st.execute(String.format(row, 6, 6, "WAIVER", -100));
      for (String bad : new String[] {String.format(row, 3, 3, "RECOVERY", 100), String.format(row, 4, 4, "REGULAR", -1),
          String.format(row, 5, 5, "BACK_PAY", 0), String.format(row, 7, 7, "WAIVER", 100)}) {
        assertThatThrownBy(() -> st.execute(bad)).hasMessageContaining("payout_line_amount_sign");
      }
      // only a correction says what it corrects
      assertThatThrownBy(() -> st.execute("UPDATE " + schema + ".payout_line SET corrects = 'g0 0>100' WHERE kind = 'REGULAR'"))
          .hasMessageContaining("payout_line_corrects");
      st.execute("UPDATE " + schema + ".payout_line SET corrects = 'g0 0>-100' WHERE kind = 'RECOVERY'");
    }
  }

  @Test
  void everyMigrationFileIsListedAndEveryListedOneIsShipped() throws IOException, URISyntaxException {
    Path folder = Path.of(Migrations.class.getResource(Migrations.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(Migrations.NAMES);
    }
    assertThat(Migrations.NAMES.get(Migrations.NAMES.size() - 1)).startsWith("V" + Migrations.LATEST + "__");
  }
}
