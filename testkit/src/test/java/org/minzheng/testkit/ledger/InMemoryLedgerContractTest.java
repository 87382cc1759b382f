package org.minzheng.testkit.ledger;

import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.Ledger;

/** The ledger contract on {@link InMemoryLedger}. */
class InMemoryLedgerContractTest extends LedgerContract {
  @Override
  protected Ledger newLedger() {
    return new InMemoryLedger();
  }
}
