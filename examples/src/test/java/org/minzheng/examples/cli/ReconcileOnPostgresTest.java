package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.MinzhengJson;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.standards2020.Standards2020;

/**
 * {@code minzheng reconcile --ledger jdbc:postgresql://…} on a real PostgreSQL: the months payroll
 * recorded there are reconciled there, with the same outcome as on the file ledger, once and only once.
 */
class ReconcileOnPostgresTest {
  private static final String NOTICE = Path.of("samples/notice-2020-07").toAbsolutePath().toString();

  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
  private final String url = EmbeddedPostgresServer.shared().jdbcUrl();

  private CliRun run(String... args) {
    return CliRun.run(registry, dir, "", args);
  }

  private static JsonNode json(CliRun r) throws Exception {
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return MinzhengJson.mapper().readTree(r.out());
  }

  @Test
  void reconcilesThePostgresLedgerAsItReconcilesTheFileLedger() throws Exception {
    String schema = EmbeddedPostgresServer.newSchema();
    String[] db = {"--ledger", url, "--db-user", "postgres", "--db-schema", schema};
    CliRun paidDb = run(concat(new String[] {"payroll", "--month", "2020-08", "--out", "db", "--migrate"}, db));
    assertThat(paidDb.exitCode()).as(paidDb.toString()).isZero();
    CliRun paidFile = run("payroll", "--month", "2020-08", "--out", "file");
    assertThat(paidFile.exitCode()).as(paidFile.toString()).isZero();
    String[] reconcile = {"reconcile", "--standards", NOTICE, "--from", "2020-07", "--through", "2020-08", "--run-month",
        "2020-09", "--as-of", "2020-09-01", "--format", "json"};

    JsonNode onDb = json(run(concat(reconcile, db))); // no --out: the database is the ledger
    JsonNode onFile = json(run(concat(reconcile, new String[] {"--out", "file"})));
    assertThat(onDb.get("ledger").asText()).isEqualTo(url + " (schema " + schema + ")");
    assertThat(onDb.get("backPayLines").asLong()).isPositive();
    // without --out the reports are not written anywhere: only where they went differs
    assertThat(onDb.get("reportCsv").isNull()).isTrue();
    assertThat(onFile.get("reportCsv").asText()).endsWith("report.csv");
    for (String differs : new String[] {"ledger", "reportCsv", "reportJson"}) {
      ((ObjectNode) onDb).remove(differs);
      ((ObjectNode) onFile).remove(differs);
    }
    assertThat(onDb).isEqualTo(onFile);

    JsonNode again = json(run(concat(reconcile, db)));
    assertThat(again.get("backPayLines").asLong()).isZero();
    assertThat(again.get("recoveryLines").asLong()).isZero();
    assertThat(again.get("ledgerTotals")).isEqualTo(onFile.get("ledgerTotals"));
  }

  @Test
  void withoutOutOrLedgerItSaysWhatIsMissing() {
    CliRun r = run("reconcile", "--through", "2020-01", "--run-month", "2020-02");
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("give --out DIR (the payroll's folder and its ledger) or --ledger URL");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
