package org.minzheng.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.household.HouseholdId;
import org.minzheng.payout.DuplicatePayoutException;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PaidAmounts;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RecordedRun;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;
import org.minzheng.report.ReportAggregator;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * The guarantees every {@link Ledger} owes, as a JUnit 5 test class: an implementation extends it,
 * gives a fresh, empty ledger, and runs its build as usual.
 *
 * <pre>{@code
 * class MyLedgerContractTest extends LedgerContract {
 *   @Override protected Ledger newLedger() { return MyLedger.open(...); }
 * }
 * }</pre>
 *
 * It checks that a run is atomic (a committed run is recorded whole, an uncommitted, aborted or
 * failed one not at all), that runs are idempotent (a line whose key is recorded is skipped, so a
 * re-run records nothing and no run), that a key twice in one run is a
 * {@link DuplicatePayoutException} leaving nothing recorded, that {@code runs()}, {@code lineCount()},
 * {@code forEachLine}, {@code forEachLineOf}, {@code contains} and {@code paidFor} tell what was recorded, and that every
 * line, run and report reads back equal to a {@link FileLedger}'s for the same runs (identifiers with
 * tabs, backslashes, '|' and Chinese included).
 *
 * @since 0.1
 */
public abstract class LedgerContract {
  /** A stamp as the engine writes one. */
  protected static final Stamp STAMP = new Stamp("0.1.0", Map.of("standards-2020", "2020.1"), "9f2c41d0a7");
  /** A second stamp: the standards changed. */
  protected static final Stamp STAMP_2 = new Stamp("0.1.0", Map.of("standards-2020", "2020.2", "ruzhou", "1"), "77aa01");
  /** The benefit month most lines are for. */
  protected static final YearMonth JAN = YearMonth.of(2020, 1);
  private static final RegionCode XINHUA = RegionCode.of("410402");
  private static final RegionCode YEXIAN = RegionCode.of("410422");

  private Ledger ledger;
  @TempDir
  Path temp;

  /** For subclasses. */
  protected LedgerContract() {}

  /**
   * @return a new, empty ledger of the implementation under test; the contract closes it
   * @throws Exception if it cannot be made
   */
  protected abstract Ledger newLedger() throws Exception;

  @BeforeEach
  void openLedger() throws Exception {
    ledger = newLedger();
    assertEquals(0, ledger.lineCount(), "newLedger() must give an empty ledger");
  }

  @AfterEach
  void closeLedger() {
    if (ledger != null) {
      ledger.close();
    }
  }

  /** @return the ledger under test of the running test */
  protected final Ledger ledger() {
    return ledger;
  }

  /**
   * A regular line of a household's minimum living guarantee.
   *
   * @param household the household id (the beneficiary is the household)
   * @param month the benefit and run month
   * @param fen the amount in fen
   * @return the line
   */
  protected static PayoutLine regular(String household, YearMonth month, long fen) {
    return new PayoutLine(month, month, Scheme.DIBAO, Beneficiary.household(household), Beneficiary.household(household),
        HouseholdId.of(household), XINHUA, PayoutKind.REGULAR, Money.ofFen(fen), 2, STAMP);
  }

  /** A correction (back pay or recovery) of a person's old-age allowance for {@code period}, paid in {@code runMonth}. */
  private static PayoutLine correction(String person, YearMonth period, YearMonth runMonth, long fen) {
    return new PayoutLine(runMonth, period, Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(person), Beneficiary.person(person),
        HouseholdId.of("h-" + person), YEXIAN, fen > 0 ? PayoutKind.BACK_PAY : PayoutKind.RECOVERY, Money.ofFen(fen), 1,
        STAMP_2);
  }

  /**
   * A reconciliation's lines (since 0.2): corrections saying what they correct, two of one pair-month in
   * one run month, and a waiver with its reason, on a stamp calculated as known on a past date.
   */
  private static List<PayoutLine> reconciled(YearMonth runMonth) {
    Stamp asKnown = new Stamp("0.2.0", Map.of("standards-2020", "2020.2"), "5e7a", Optional.of(JAN.atEndOfMonth()));
    Beneficiary p = Beneficiary.person("410422194001010011");
    Beneficiary q = Beneficiary.person("410422194001010022");
    return List.of(
        new PayoutLine(runMonth, JAN, Scheme.OLD_AGE_ALLOWANCE, p, p, HouseholdId.of("h-p"), YEXIAN, PayoutKind.BACK_PAY,
            Money.ofFen(1_000), 1, asKnown, "g1 5000>6000"),
        new PayoutLine(runMonth, JAN, Scheme.OLD_AGE_ALLOWANCE, p, p, HouseholdId.of("h-p"), YEXIAN, PayoutKind.BACK_PAY,
            Money.ofFen(500), 1, asKnown, "g2 6000>6500"),
        new PayoutLine(runMonth, JAN, Scheme.OLD_AGE_ALLOWANCE, q, q, HouseholdId.of("h-q"), YEXIAN, PayoutKind.WAIVER,
            Money.ofFen(-2_500), 1, STAMP_2, "g1 -2500>-5000 waived: 家庭困难\t不追回"));
  }

  private static RunHeader regularRun(YearMonth month) {
    return new RunHeader(RunKind.REGULAR, month, month);
  }

  /** Records {@code lines} as one run and returns what commit returned. */
  private static Optional<RecordedRun> run(Ledger l, RunHeader header, List<PayoutLine> lines) {
    try (Ledger.Transaction tx = l.begin(header)) {
      for (PayoutLine line : lines) {
        tx.add(line);
      }
      return tx.commit();
    }
  }

  private static List<PayoutLine> lines(Ledger l) {
    List<PayoutLine> out = new ArrayList<>();
    l.forEachLine(out::add);
    return out;
  }

  private static List<PayoutLine> month(int households, YearMonth month) {
    List<PayoutLine> out = new ArrayList<>();
    for (int i = 0; i < households; i++) {
      out.add(regular(String.format("410402-%06d", i), month, 50_000 + i));
    }
    return out;
  }

  private void assertEmpty(Ledger l) {
    assertEquals(List.of(), l.runs(), "runs");
    assertEquals(0, l.lineCount(), "lineCount");
    assertEquals(List.of(), lines(l), "lines");
  }

  @Test
  void aCommittedRunIsRecordedWholeAndReadsBackInOrder() {
    List<PayoutLine> lines = List.of(regular("h1", JAN, 66_000), regular("h2", JAN, 0), regular("h3", JAN, 12_345));
    Optional<RecordedRun> r = run(ledger, regularRun(JAN), lines);
    RecordedRun expected = new RecordedRun(1, regularRun(JAN), 3, Money.ofFen(78_345));
    assertEquals(Optional.of(expected), r);
    assertEquals(List.of(expected), ledger.runs());
    assertEquals(3, ledger.lineCount());
    assertEquals(lines, lines(ledger));
    for (PayoutLine l : lines) {
      assertTrue(ledger.contains(l), () -> "contains " + l.idempotencyKey());
    }
    assertFalse(ledger.contains(regular("h4", JAN, 1)));
    assertTrue(ledger.hasRegularRun(JAN));
    assertFalse(ledger.hasRegularRun(JAN.plusMonths(1)));
  }

  @Test
  void aTransactionClosedWithoutCommitRecordsNothing() {
    try (Ledger.Transaction tx = ledger.begin(regularRun(JAN))) {
      assertTrue(tx.add(regular("h1", JAN, 100)));
      assertTrue(tx.add(regular("h2", JAN, 200)));
      assertEquals(2, tx.size());
    }
    assertEmpty(ledger);
    assertFalse(ledger.contains(regular("h1", JAN, 100)));
    // the ledger takes the run afterwards, as if the first attempt never happened
    assertEquals(2, run(ledger, regularRun(JAN), List.of(regular("h1", JAN, 100), regular("h2", JAN, 200))).orElseThrow().lines());
  }

  @Test
  void aRunAbortedByAnExceptionRecordsNothing() {
    IllegalStateException failure = new IllegalStateException("the calculation failed half-way");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      try (Ledger.Transaction tx = ledger.begin(regularRun(JAN))) {
        for (PayoutLine l : month(500, JAN)) {
          tx.add(l);
        }
        throw failure;
      }
    });
    assertEquals(failure, thrown);
    assertEmpty(ledger);
    assertEquals(500, run(ledger, regularRun(JAN), month(500, JAN)).orElseThrow().lines());
  }

  @Test
  void reRunningARecordedMonthRecordsNothing() {
    run(ledger, regularRun(JAN), month(1_000, JAN));
    List<PayoutLine> before = lines(ledger);
    try (Ledger.Transaction tx = ledger.begin(regularRun(JAN))) {
      for (PayoutLine l : month(1_000, JAN)) {
        assertFalse(tx.add(l), () -> "recorded again: " + l.idempotencyKey());
      }
      assertEquals(0, tx.size());
      assertEquals(Optional.empty(), tx.commit());
    }
    assertEquals(1, ledger.runs().size());
    assertEquals(1_000, ledger.lineCount());
    assertEquals(before, lines(ledger));
  }

  @Test
  void aRunWithSomeRecordedLinesRecordsOnlyTheNewOnes() {
    run(ledger, regularRun(JAN), month(10, JAN));
    List<PayoutLine> again = new ArrayList<>(month(12, JAN)); // two households joined
    RecordedRun second = run(ledger, regularRun(JAN), again).orElseThrow();
    assertEquals(new RecordedRun(2, regularRun(JAN), 2, Money.ofFen(50_010 + 50_011)), second);
    assertEquals(12, ledger.lineCount());
    assertEquals(again, lines(ledger));
  }

  @Test
  void aKeyTwiceInOneRunIsAnErrorAndNothingOfTheRunIsRecorded() {
    PayoutLine first = regular("h1", JAN, 100);
    PayoutLine second = regular("h1", JAN, 999); // same key, another amount: which one is right is for a person to decide
    DuplicatePayoutException e = assertThrows(DuplicatePayoutException.class, () -> {
      try (Ledger.Transaction tx = ledger.begin(regularRun(JAN))) {
        tx.add(regular("h0", JAN, 1));
        tx.add(first);
        tx.add(second);
        tx.commit();
      }
    });
    assertEquals(second, e.line());
    assertEmpty(ledger);
    assertEquals(2, run(ledger, regularRun(JAN), List.of(regular("h0", JAN, 1), first)).orElseThrow().lines());
  }

  @Test
  void aRunWithNothingNewIsNotARun() {
    assertEquals(Optional.empty(), run(ledger, regularRun(JAN), List.of()));
    assertEmpty(ledger);
  }

  @Test
  void oneTransactionAtATimeAndAFinishedOneRefusesLines() {
    Ledger.Transaction tx = ledger.begin(regularRun(JAN));
    assertThrows(IllegalStateException.class, () -> ledger.begin(regularRun(JAN.plusMonths(1))));
    tx.add(regular("h1", JAN, 100));
    tx.commit();
    assertThrows(IllegalStateException.class, () -> tx.add(regular("h2", JAN, 100)));
    assertThrows(IllegalStateException.class, tx::commit);
    tx.close();
    assertEquals(1, ledger.lineCount());
    ledger.begin(regularRun(JAN.plusMonths(1))).close(); // the ledger is free again
  }

  @Test
  void aClosedLedgerRefusesRuns() {
    ledger.close();
    assertThrows(IllegalStateException.class, () -> ledger.begin(regularRun(JAN)));
  }

  @Test
  void correctionsAreKeyedByTheirRunMonthAndPaidForNetsEveryLineOfAMonth() {
    YearMonth feb = JAN.plusMonths(1);
    YearMonth mar = JAN.plusMonths(2);
    run(ledger, regularRun(JAN), List.of(regular("h1", JAN, 60_000), regular("h2", JAN, 30_000)));
    run(ledger, regularRun(feb), List.of(regular("h1", feb, 61_000)));
    RunHeader inFeb = new RunHeader(RunKind.RECOMPUTE, JAN, feb);
    RunHeader inMar = new RunHeader(RunKind.RECOMPUTE, JAN, mar);
    PayoutLine backPay = correction("410422194001010011", JAN, feb, 5_000);
    PayoutLine recoveryInFeb = correction("410422194001010022", JAN, feb, -2_500);
    PayoutLine recoveryInMar = correction("410422194001010022", JAN, mar, -500);
    run(ledger, inFeb, List.of(backPay, recoveryInFeb));
    // the same person corrected again in a later run month is a new line, not a duplicate
    assertEquals(1, run(ledger, inMar, List.of(recoveryInMar)).orElseThrow().lines());
    // the same corrections again record nothing
    assertEquals(Optional.empty(), run(ledger, inFeb, List.of(backPay, recoveryInFeb)));

    PaidAmounts jan = ledger.paidFor(JAN);
    assertEquals(JAN, jan.period());
    assertEquals(Money.ofFen(60_000), jan.paid(Scheme.DIBAO, Beneficiary.household("h1")));
    assertEquals(Money.ofFen(30_000), jan.paid(Scheme.DIBAO, Beneficiary.household("h2")));
    assertEquals(Money.ofFen(5_000), jan.paid(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person("410422194001010011")));
    assertEquals(Money.ofFen(-3_000), jan.paid(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person("410422194001010022")));
    assertEquals(4, jan.size());
    assertFalse(jan.contains(Scheme.DIBAO, Beneficiary.household("h3")));
    assertEquals(Money.ofFen(61_000), ledger.paidFor(feb).paid(Scheme.DIBAO, Beneficiary.household("h1")));
    assertEquals(0, ledger.paidFor(mar).size());
    assertEquals(List.of(1L, 2L, 3L, 4L), ledger.runs().stream().map(RecordedRun::sequence).toList());
    assertEquals(6, ledger.lineCount());
  }

  /** {@code forEachLineOf} hands out, in order, exactly the lines of the months asked for (since 0.3). */
  @Test
  void aReadOfSomeMonthsHandsOutExactlyTheirLines() {
    YearMonth feb = JAN.plusMonths(1);
    YearMonth mar = JAN.plusMonths(2);
    run(ledger, regularRun(JAN), List.of(regular("h1", JAN, 60_000), regular("h2\"p\":\"2020-02", JAN, 30_000)));
    run(ledger, regularRun(feb), List.of(regular("h1", feb, 61_000)));
    run(ledger, new RunHeader(RunKind.RECOMPUTE, JAN, mar), List.of(correction("410422194001010011", JAN, mar, 5_000),
        correction("410422194001010011", feb, mar, -1_000)));
    List<PayoutLine> all = lines(ledger);
    for (Set<YearMonth> months : List.of(Set.of(JAN), Set.of(feb), Set.of(mar), Set.of(JAN, feb), Set.<YearMonth>of())) {
      List<PayoutLine> read = new ArrayList<>();
      ledger.forEachLineOf(months, read::add);
      assertEquals(all.stream().filter(l -> months.contains(l.period())).toList(), read, "the lines of " + months);
    }
  }

  @Test
  void everyLineRunAndReportReadsBackEqualToAFileLedgers() throws IOException {
    YearMonth feb = JAN.plusMonths(1);
    List<List<PayoutLine>> runs = List.of(
        List.of(regular("h1", JAN, 60_000), regular("410402-机构\t\\|x", JAN, 1), regular("h\n2", JAN, 0),
            new PayoutLine(JAN, JAN, Scheme.EXTREME_POVERTY, Beneficiary.person("410402195001010017"),
                Beneficiary.institution("JLY-01 敬老院"), HouseholdId.of("h9"), YEXIAN, PayoutKind.REGULAR,
                Money.ofFen(74_100), 1, STAMP_2)),
        month(300, feb),
        List.of(correction("410422194001010011", JAN, feb, 5_000), correction("410422194001010022", JAN, feb, -2_500)),
        reconciled(feb.plusMonths(1)));
    List<RunHeader> headers = List.of(regularRun(JAN), regularRun(feb), new RunHeader(RunKind.RECOMPUTE, JAN, feb),
        new RunHeader(RunKind.RECOMPUTE, JAN, feb.plusMonths(1)));
    Path dir = Files.createDirectories(temp.resolve("reference"));
    try (FileLedger reference = FileLedger.open(dir.resolve("reference.ledger"))) {
      for (int i = 0; i < runs.size(); i++) {
        assertEquals(run(reference, headers.get(i), runs.get(i)), run(ledger, headers.get(i), runs.get(i)), "run " + i);
      }
      assertEquals(reference.runs(), ledger.runs());
      assertEquals(reference.lineCount(), ledger.lineCount());
      assertEquals(lines(reference), lines(ledger));
      assertEquals(ReportAggregator.of(reference).build(), ReportAggregator.of(ledger).build());
      for (YearMonth period : List.of(JAN, feb)) {
        PaidAmounts expected = reference.paidFor(period);
        PaidAmounts actual = ledger.paidFor(period);
        assertEquals(expected.size(), actual.size(), "pairs paid for " + period);
        for (PayoutLine l : lines(reference)) {
          assertEquals(expected.paid(l.scheme(), l.beneficiary()), actual.paid(l.scheme(), l.beneficiary()),
              period + " " + l.idempotencyKey());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Test
  void aLargeRunIsRecordedWholeAndItsReRunRecordsNothing() {
    List<PayoutLine> lines = month(20_000, JAN);
    assertEquals(20_000, run(ledger, regularRun(JAN), lines).orElseThrow().lines());
    assertEquals(Optional.empty(), run(ledger, regularRun(JAN), lines));
    assertEquals(lines, lines(ledger));
  }
}
