package org.minzheng.testkit.ledger;

import java.nio.file.Path;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;

/** The §11 reconciliation law for {@link FileLedger}, each example in a fresh file. */
class FileLedgerReconciliationTest extends QuickTheoriesReconciliation {
  @Override
  protected Ledger newLedger(Path folder) {
    return FileLedger.open(folder.resolve("payouts.ledger"));
  }
}
