package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.MinzhengJson;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.standards2020.Standards2020;

/** {@code minzheng payroll --ledger jdbc:postgresql://…}: the same job recorded in a real PostgreSQL. */
class PayrollOnPostgresTest {
  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
  private final String url = EmbeddedPostgresServer.shared().jdbcUrl();

  private CliRun payroll(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "payroll";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(registry, dir, "", all);
  }

  private static long recorded(CliRun r) throws Exception {
    long n = 0;
    for (JsonNode run : MinzhengJson.mapper().readTree(r.out()).get("runs")) {
      n += run.get("linesRecorded").asLong();
    }
    return n;
  }

  @Test
  void theJobRecordsInPostgresOnceAndReportsAsTheFileLedgerDoes() throws Exception {
    String schema = EmbeddedPostgresServer.newSchema();
    CliRun first = payroll("--ledger", url, "--db-user", "postgres", "--db-schema", schema, "--migrate",
        "--month", "2020-03", "--format", "json", "--out", "db");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(recorded(first)).isPositive();
    assertThat(MinzhengJson.mapper().readTree(first.out()).get("ledger").asText()).isEqualTo(url + " (schema " + schema + ")");
    assertThat(dir.resolve("db").resolve("payouts.ledger")).doesNotExist();

    CliRun again = payroll("--ledger", url, "--db-user", "postgres", "--db-schema", schema, "--month", "2020-03",
        "--format", "json", "--out", "db-again");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(recorded(again)).isZero();

    CliRun file = payroll("--month", "2020-03", "--format", "json", "--out", "file");
    assertThat(file.exitCode()).as(file.toString()).isZero();
    assertThat(recorded(file)).isEqualTo(recorded(first));
    assertThat(Files.readString(dir.resolve("db-again/report.csv"))).isEqualTo(Files.readString(dir.resolve("file/report.csv")));
  }

  @Test
  void withoutTablesItSaysHowToCreateThemAndCreatesNothing() {
    String schema = EmbeddedPostgresServer.newSchema();
    CliRun r = payroll("--ledger", url, "--db-user", "postgres", "--db-schema", schema, "--month", "2020-01");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("schema '" + schema + "' has no minzheng ledger tables").contains("(or add --migrate)");
  }

  @Test
  void aUrlThatIsNotPostgresIsRefusedByName() {
    CliRun r = payroll("--ledger", "jdbc:mysql://localhost/x", "--month", "2020-01");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("--ledger jdbc:mysql://localhost/x: not a PostgreSQL JDBC URL");
  }
}
