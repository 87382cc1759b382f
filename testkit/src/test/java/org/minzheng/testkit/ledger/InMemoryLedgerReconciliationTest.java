package org.minzheng.testkit.ledger;

import java.nio.file.Path;
import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.Ledger;

/** The §11 reconciliation law for {@link InMemoryLedger}. */
class InMemoryLedgerReconciliationTest extends QuickTheoriesReconciliation {
  @Override
  protected Ledger newLedger(Path folder) {
    return new InMemoryLedger();
  }
}
