package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;

/** Where {@link LedgerOptions} records: the file by default, PostgreSQL by URL, the user from the environment. */
class LedgerOptionsTest {
  @TempDir
  Path dir;

  @Test
  void withoutAUrlItIsTheFileLedger() {
    LedgerOptions o = new LedgerOptions(Map.<String, String>of()::get);
    try (Ledger l = o.open(dir.resolve("payouts.ledger"))) {
      assertThat(l).isInstanceOf(FileLedger.class);
    }
    assertThat(o.describe("out/payouts.ledger")).isEqualTo("out/payouts.ledger");
  }

  @Test
  void theUserComesFromTheEnvironmentWhenNoOptionGivesIt() {
    String url = EmbeddedPostgresServer.shared().jdbcUrl();
    LedgerOptions o = new LedgerOptions(Map.of(LedgerOptions.USER_ENV, "postgres")::get);
    o.url = url;
    o.schema = EmbeddedPostgresServer.newSchema();
    o.migrate = true;
    try (Ledger l = o.open(dir.resolve("unused.ledger"))) {
      assertThat(l.lineCount()).isZero();
    }
    assertThat(o.describe("unused")).isEqualTo(url + " (schema " + o.schema + ")");
    assertThat(dir.resolve("unused.ledger")).doesNotExist();

    LedgerOptions nobody = new LedgerOptions(Map.of(LedgerOptions.USER_ENV, "nobody_here")::get);
    nobody.url = url;
    assertThatThrownBy(() -> nobody.open(dir.resolve("unused.ledger"))).isInstanceOf(CliException.class)
        .hasMessageStartingWith("--ledger " + url + ": cannot connect as nobody_here: ").hasMessageContaining("nobody_here\"");
  }
}
