package org.minzheng.ledger.jdbc;

import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.minzheng.payout.Ledger;
import org.minzheng.testkit.ledger.LedgerContract;

/** The ledger contract on {@link PostgresLedger}, on a real PostgreSQL server, a new schema for each test. */
class PostgresLedgerContractTest extends LedgerContract {
  private static HikariDataSource pool;

  @BeforeAll
  static void connect() {
    pool = EmbeddedPostgresServer.shared().pool(4);
  }

  @AfterAll
  static void disconnect() {
    pool.close();
  }

  @Override
  protected Ledger newLedger() {
    return PostgresLedger.builder(pool).schema(EmbeddedPostgresServer.newSchema()).migrate(true).open();
  }
}
