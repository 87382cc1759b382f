package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.household.HouseholdId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/** The ledgers' key index holds one run's partitions at a time, and still finds every duplicate. */
class LedgerKeyIndexTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);
  static final int HOUSEHOLDS = 300;

  @TempDir
  Path dir;

  static PayoutLine regular(int i, YearMonth m) {
    return PayoutFixtures.line("h" + i, m, 100 + i);
  }

  static PayoutLine correction(int i, YearMonth period, YearMonth runMonth, long yuan) {
    Beneficiary b = Beneficiary.household("h" + i);
    return new PayoutLine(runMonth, period, Scheme.DIBAO, b, b, HouseholdId.of("h" + i), PayoutFixtures.XINHUA,
        yuan > 0 ? PayoutKind.BACK_PAY : PayoutKind.RECOVERY, Money.ofYuan(yuan), 2, PayoutFixtures.stamp());
  }

  /** Adds the lines in one run; returns the new-line count and checks the index size just before commit. */
  static <L extends Ledger> Optional<RecordedRun> run(L ledger, ToLongFunction<? super L> indexed, RunHeader h, List<PayoutLine> lines,
      long maxIndexed) {
    try (Ledger.Transaction tx = ledger.begin(h)) {
      for (PayoutLine l : lines) {
        tx.add(l);
      }
      assertThat(indexed.applyAsLong(ledger)).as("keys in memory during %s", h).isLessThanOrEqualTo(maxIndexed);
      Optional<RecordedRun> r = tx.commit();
      assertThat(indexed.applyAsLong(ledger)).as("keys in memory after %s", h).isZero();
      return r;
    }
  }

  static List<PayoutLine> month(YearMonth m) {
    List<PayoutLine> out = new ArrayList<>();
    for (int i = 0; i < HOUSEHOLDS; i++) {
      out.add(regular(i, m));
    }
    return out;
  }

  /** 24 months of regular runs plus a recomputation each month: the index never holds more than one run's lines. */
  <L extends Ledger> void manyMonthsStayBoundedByOneMonth(L ledger, ToLongFunction<? super L> indexed) {
    for (int k = 0; k < 24; k++) {
      YearMonth m = JAN.plusMonths(k);
      // HOUSEHOLDS keys, never the (k + 1) * HOUSEHOLDS of the history
      assertThat(run(ledger, indexed, new RunHeader(RunKind.REGULAR, m, m), month(m), HOUSEHOLDS).orElseThrow().lines())
          .isEqualTo(HOUSEHOLDS);
      if (k > 0) {
        // 10 back-pay and 10 recovery lines for the previous month, paid in m: 20 keys
        List<PayoutLine> corr = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          corr.add(correction(i, m.minusMonths(1), m, 5));
          corr.add(correction(100 + i, m.minusMonths(1), m, -5));
        }
        assertThat(run(ledger, indexed, new RunHeader(RunKind.RECOMPUTE, m.minusMonths(1), m), corr, 20).orElseThrow().lines())
            .isEqualTo(20);
        // the same corrections again: the partitions loaded from the ledger know them all
        assertThat(run(ledger, indexed, new RunHeader(RunKind.RECOMPUTE, m.minusMonths(1), m), corr, 20)).isEmpty();
      }
    }
    // re-running an old month loads that month's partition only (HOUSEHOLDS keys) and records nothing
    YearMonth march = JAN.plusMonths(2);
    assertThat(run(ledger, indexed, new RunHeader(RunKind.REGULAR, march, march), month(march), HOUSEHOLDS)).isEmpty();
    assertThat(ledger.lineCount()).isEqualTo(24L * HOUSEHOLDS + 23L * 20);
    assertThat(ledger.contains(regular(7, march))).isTrue();
    assertThat(ledger.contains(correction(3, march, march.plusMonths(1), 5))).isTrue();
    assertThat(ledger.contains(correction(3, march, march.plusMonths(2), 5))).isFalse();
    assertThat(ledger.contains(regular(HOUSEHOLDS, march))).isFalse();
  }

  @Test
  void fileLedgerIndexStaysWithinOneMonth() {
    try (FileLedger l = FileLedger.open(dir.resolve("l"))) {
      manyMonthsStayBoundedByOneMonth(l, FileLedger::indexedKeyCount);
    }
  }

  @Test
  void inMemoryLedgerIndexStaysWithinOneMonth() {
    try (InMemoryLedger l = new InMemoryLedger()) {
      manyMonthsStayBoundedByOneMonth(l, InMemoryLedger::indexedKeyCount);
    }
  }

  @Test
  void reRunsAfterReopeningRecordNothing() throws Exception {
    Path f = dir.resolve("l");
    YearMonth feb = JAN.plusMonths(1);
    YearMonth mar = JAN.plusMonths(2);
    List<PayoutLine> corr = List.of(correction(1, JAN, mar, 10), correction(2, JAN, mar, -10));
    try (FileLedger l = FileLedger.open(f)) {
      run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.REGULAR, JAN, JAN), month(JAN), HOUSEHOLDS);
      run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.REGULAR, feb, feb), month(feb), HOUSEHOLDS);
      run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.RECOMPUTE, JAN, mar), corr, 2);
    }
    byte[] before = Files.readAllBytes(f);
    try (FileLedger l = FileLedger.open(f)) {
      assertThat(run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.REGULAR, JAN, JAN), month(JAN), HOUSEHOLDS)).isEmpty();
      assertThat(run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.REGULAR, feb, feb), month(feb), HOUSEHOLDS)).isEmpty();
      assertThat(run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.RECOMPUTE, JAN, mar), corr, 2)).isEmpty();
      assertThat(l.contains(corr.get(0))).isTrue();
      assertThat(l.contains(regular(0, feb))).isTrue();
    }
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
    try (FileLedger l = FileLedger.open(f)) {
      // a new household in February is new: the rest of the month is still known after reopening
      List<PayoutLine> feb2 = new ArrayList<>(month(feb));
      feb2.add(regular(HOUSEHOLDS, feb));
      RecordedRun r = run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.REGULAR, feb, feb), feb2, HOUSEHOLDS + 1)
          .orElseThrow();
      // 1 new line of 100 + 300 = 400 yuan
      assertThat(r.lines()).isEqualTo(1);
      assertThat(r.amount()).isEqualTo(Money.ofYuan(400));
    }
  }

  @Test
  void anAbortedRunLeavesNoKeysBehind() {
    try (FileLedger l = FileLedger.open(dir.resolve("l"))) {
      try (Ledger.Transaction tx = l.begin(new RunHeader(RunKind.REGULAR, JAN, JAN))) {
        tx.add(regular(1, JAN));
        assertThat(l.indexedKeyCount()).isEqualTo(1);
      } // closed without commit
      assertThat(l.indexedKeyCount()).isZero();
      assertThat(l.contains(regular(1, JAN))).isFalse();
      assertThat(run(l, FileLedger::indexedKeyCount, new RunHeader(RunKind.REGULAR, JAN, JAN), List.of(regular(1, JAN)), 1))
          .isPresent();
    }
  }
}
