package org.minzheng.ledger.jdbc;

import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.payout.Ledger;
import org.minzheng.testkit.ledger.LedgerContract;

/** The ledger contract on {@link PostgresLedger}, on a real PostgreSQL server, a new schema for each test. */
class PostgresLedgerContractTest extends LedgerContract {
  @Override
  protected Ledger newLedger() {
    return PostgresLedger.builder(EmbeddedPostgresServer.shared().sharedPool()).schema(EmbeddedPostgresServer.newSchema())
        .migrate(true).open();
  }
}
