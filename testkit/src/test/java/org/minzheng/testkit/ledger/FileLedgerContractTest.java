package org.minzheng.testkit.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;

/** The ledger contract on {@link FileLedger}, a new file in a temporary folder for each test. */
class FileLedgerContractTest extends LedgerContract {
  @TempDir
  Path dir;

  @Override
  protected Ledger newLedger() throws Exception {
    return FileLedger.open(Files.createTempFile(dir, "contract", ".ledger"));
  }
}
