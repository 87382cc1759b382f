package org.minzheng.ledger.jdbc;

import java.nio.file.Path;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.payout.Ledger;
import org.minzheng.testkit.ledger.ReconciliationContract;

/**
 * The §11 reconciliation invariant (rules.md) on {@link PostgresLedger}, on a real PostgreSQL server,
 * a new schema for each example: corrections keyed by what they correct, waivers, and stamps calculated
 * as known on a date are stored and read back; a re-run records nothing; and the runs, lines and report
 * read back equal to a file ledger's after reconciliations and a waiver. A reconciliation holds its
 * run's connection while it reads the ledger on a second one: the shared pool has four.
 */
class PostgresLedgerReconciliationTest extends ReconciliationContract {
  @Override
  protected Ledger newLedger(Path folder) {
    return PostgresLedger.builder(EmbeddedPostgresServer.shared().sharedPool()).schema(EmbeddedPostgresServer.newSchema())
        .migrate(true).open();
  }
}
