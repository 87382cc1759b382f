package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payout.PayoutFixtures.XINHUA;
import static org.minzheng.payout.PayoutFixtures.YEXIAN;
import static org.minzheng.payout.PayoutFixtures.before2020Rise;
import static org.minzheng.payout.PayoutFixtures.engine;
import static org.minzheng.payout.PayoutFixtures.enrolledInDibao;
import static org.minzheng.payout.PayoutFixtures.household;
import static org.minzheng.payout.PayoutFixtures.with2020Lowered;
import static org.minzheng.payout.PayoutFixtures.with2020Rise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

class PayoutRunTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);
  static final YearMonth FEB = YearMonth.of(2020, 2);
  static final YearMonth MAR = YearMonth.of(2020, 3);
  static final YearMonth APR = YearMonth.of(2020, 4);

  // Urban household of 3, income 900/month. At 520: 520 × 3 − 900 = 660.00; at 570: 1,710 − 900 = 810.00.
  final Household three = household("h-three", XINHUA, 3, 900);
  // Urban household of 2, income 300/month. At 520: 1,040 − 300 = 740.00; at 570: 1,140 − 300 = 840.00.
  final Household two = household("h-two", YEXIAN, 2, 300);
  // Urban household of 1 with income 600/month ≥ 520 and ≥ 570: never eligible.
  final Household rich = household("h-rich", XINHUA, 1, 600);

  List<EnrolledHousehold> enrolled() {
    return List.of(enrolledInDibao(three, JAN), enrolledInDibao(two, JAN), enrolledInDibao(rich, JAN));
  }

  @Test
  void paysEligibleEnrolledPairsOnly() {
    InMemoryLedger ledger = new InMemoryLedger();
    RunSummary s = PayoutRun.of(engine(before2020Rise())).pay(JAN, enrolled(), ledger);

    assertThat(s.households()).isEqualTo(3);
    assertThat(s.calculated()).isEqualTo(3);
    assertThat(s.linesRecorded()).isEqualTo(2);
    assertThat(s.ineligible()).isEqualTo(1);
    // 660.00 + 740.00 = 1,400.00
    assertThat(s.amountRecorded()).isEqualTo(Money.ofYuan(1400));
    assertThat(ledger.lines()).extracting(PayoutLine::amount).containsExactly(Money.ofYuan(660), Money.ofYuan(740));
    PayoutLine first = ledger.lines().get(0);
    assertThat(first.kind()).isEqualTo(PayoutKind.REGULAR);
    assertThat(first.persons()).isEqualTo(3);
    assertThat(first.payee()).isEqualTo(Beneficiary.household("h-three"));
    assertThat(first.region()).isEqualTo(XINHUA);
    assertThat(first.stamp().parameterHash()).isEqualTo("urban=520.00");
    assertThat(first.idempotencyKey()).isEqualTo("2020-01|DIBAO|HOUSEHOLD:h-three|REGULAR");
    assertThat(s.recorded()).hasValueSatisfying(r -> assertThat(r.lines()).isEqualTo(2));
  }

  @Test
  void sameMonthTwiceRecordsNothingNew() {
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun run = PayoutRun.of(engine(before2020Rise()));
    run.pay(JAN, enrolled(), ledger);
    List<PayoutLine> before = ledger.lines();
    List<RecordedRun> runsBefore = ledger.runs();

    RunSummary again = run.pay(JAN, enrolled(), ledger);

    assertThat(again.linesProduced()).isEqualTo(2);
    assertThat(again.linesRecorded()).isZero();
    assertThat(again.duplicates()).isEqualTo(2);
    assertThat(again.recorded()).isEmpty();
    assertThat(ledger.lines()).isEqualTo(before);
    assertThat(ledger.runs()).isEqualTo(runsBefore);
  }

  @Test
  void sameMonthTwiceLeavesTheLedgerFileByteForByteUnchanged(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("payouts.ledger");
    PayoutRun run = PayoutRun.of(engine(before2020Rise()));
    try (FileLedger ledger = FileLedger.open(f)) {
      run.pay(JAN, enrolled(), ledger);
    }
    byte[] once = Files.readAllBytes(f);
    try (FileLedger ledger = FileLedger.open(f)) {
      RunSummary again = run.pay(JAN, enrolled(), ledger);
      assertThat(again.linesRecorded()).isZero();
      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(ledger.lineCount()).isEqualTo(2);
    }
    assertThat(Files.readAllBytes(f)).isEqualTo(once);
  }

  @Test
  void anEngineFailurePartWayRecordsNothingOfTheRun(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("payouts.ledger");
    PayoutRun.HouseholdCalculation real = engine(before2020Rise());
    AtomicInteger calls = new AtomicInteger();
    PayoutRun failing = PayoutRun.of((h, m) -> {
      if (calls.incrementAndGet() == 3) {
        throw new IllegalStateException("engine failed on the third household");
      }
      return real.calculate(h, m);
    });
    try (FileLedger ledger = FileLedger.open(f)) {
      PayoutRun.of(real).pay(JAN, enrolled(), ledger);
      long committed = ledger.committedLength();
      assertThatThrownBy(() -> failing.pay(FEB, enrolled(), ledger)).hasMessageContaining("third household");
      assertThat(ledger.runs()).hasSize(1);
      assertThat(ledger.lineCount()).isEqualTo(2);
      assertThat(Files.size(f)).isEqualTo(committed);
      // the ledger is still usable: February pays normally afterwards
      assertThat(PayoutRun.of(real).pay(FEB, enrolled(), ledger).linesRecorded()).isEqualTo(2);
    }
    try (FileLedger reopened = FileLedger.open(f)) {
      assertThat(reopened.runs()).extracting(r -> r.header().period()).containsExactly(JAN, FEB);
    }
  }

  @Test
  void aSinkFailureRecordsNothingOfTheRun() {
    InMemoryLedger ledger = new InMemoryLedger();
    List<PayoutLine> seen = new ArrayList<>();
    assertThatThrownBy(() -> PayoutRun.of(engine(before2020Rise())).pay(JAN, enrolled(), ledger, l -> {
      seen.add(l);
      if (seen.size() == 2) {
        throw new IllegalStateException("bank file full");
      }
    })).hasMessage("bank file full");
    assertThat(ledger.lineCount()).isZero();
    assertThat(ledger.runs()).isEmpty();
  }

  @Test
  void paymentStopsTheMonthAfterTheEnrollmentEnds() {
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun run = PayoutRun.of(engine(before2020Rise()));
    Enrollment e = Enrollment.of(Scheme.DIBAO, Beneficiary.household("h-three"), three.id(), JAN).endingAfter(FEB);
    List<EnrolledHousehold> hh = List.of(new EnrolledHousehold(three, List.of(e)));
    assertThat(run.pay(FEB, hh, ledger).linesRecorded()).isEqualTo(1);
    RunSummary march = run.pay(MAR, hh, ledger);
    assertThat(march.linesRecorded()).isZero();
    assertThat(march.calculated()).isZero();
  }

  @Test
  void paymentStopsTheMonthAfterDeath() {
    // a person enrolled in a per-person scheme (extreme-poverty support in an institution) dies on 2020-02-10
    Person p = PayoutFixtures.inInstitution(PayoutFixtures.rid(901), "JLY-01");
    Person dead = new Person.Builder().from(p).dateOfDeath(LocalDate.of(2020, 2, 10)).build();
    Household h = new Household.Builder().from(household("h-ep", YEXIAN, 1, 0)).addMember(dead).build();
    Enrollment e = Enrollment.of(Scheme.EXTREME_POVERTY, Beneficiary.person(dead.id().value()), h.id(), JAN);
    List<EnrolledHousehold> hh = List.of(new EnrolledHousehold(h, List.of(e)));
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun run = PayoutRun.of(engine(before2020Rise()));

    RunSummary feb = run.pay(FEB, hh, ledger);
    RunSummary mar = run.pay(MAR, hh, ledger);

    // February, the month of death, is paid: 1.3 × 520 = 676.00, to the institution
    assertThat(feb.linesRecorded()).isEqualTo(1);
    assertThat(ledger.lines().get(0).amount()).isEqualTo(Money.parse("676.00"));
    assertThat(ledger.lines().get(0).payee()).isEqualTo(Beneficiary.institution("JLY-01"));
    assertThat(mar.linesRecorded()).isZero();
    assertThat(mar.ineligible()).isEqualTo(1);
  }

  @Test
  void aRetroactiveRiseYieldsBackPayForExactlyTheDifference() {
    InMemoryLedger ledger = new InMemoryLedger();
    // January and February paid at 520: 520 × 3 − 900 = 660.00 and 520 × 2 − 300 = 740.00
    PayoutRun old = PayoutRun.of(engine(before2020Rise()));
    old.pay(JAN, enrolled(), ledger);
    old.pay(FEB, enrolled(), ledger);
    // In March the 570 standard is published, effective from January
    PayoutRun risen = PayoutRun.of(engine(with2020Rise()));
    risen.pay(MAR, enrolled(), ledger);

    RunSummary jan = risen.recompute(JAN, MAR, enrolled(), ledger);
    RunSummary feb = risen.recompute(FEB, MAR, enrolled(), ledger);

    // 570 × 3 − 900 = 810.00; 810.00 − 660.00 = 150.00.  570 × 2 − 300 = 840.00; 840.00 − 740.00 = 100.00
    assertThat(jan.linesRecorded()).isEqualTo(2);
    assertThat(jan.amountRecorded()).isEqualTo(Money.ofYuan(250));
    assertThat(feb.amountRecorded()).isEqualTo(Money.ofYuan(250));
    List<PayoutLine> backPay = ledger.lines().stream().filter(l -> l.kind() == PayoutKind.BACK_PAY).toList();
    assertThat(backPay).extracting(PayoutLine::period, l -> l.beneficiary().id(), PayoutLine::amount, PayoutLine::runMonth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JAN, "h-three", Money.ofYuan(150), MAR),
            org.assertj.core.groups.Tuple.tuple(JAN, "h-two", Money.ofYuan(100), MAR),
            org.assertj.core.groups.Tuple.tuple(FEB, "h-three", Money.ofYuan(150), MAR),
            org.assertj.core.groups.Tuple.tuple(FEB, "h-two", Money.ofYuan(100), MAR));
    assertThat(backPay.get(0).idempotencyKey()).isEqualTo("2020-01|DIBAO|HOUSEHOLD:h-three|BACK_PAY|2020-03");
    assertThat(ledger.paidFor(JAN).paid(Scheme.DIBAO, Beneficiary.household("h-three"))).isEqualTo(Money.ofYuan(810));

    // recomputing again (same or later month) finds nothing to correct, and March itself was paid at 810 already
    assertThat(risen.recompute(JAN, MAR, enrolled(), ledger).linesProduced()).isZero();
    assertThat(risen.recompute(JAN, APR, enrolled(), ledger).linesProduced()).isZero();
    assertThat(risen.recompute(MAR, MAR, enrolled(), ledger).linesProduced()).isZero();
  }

  @Test
  void aLoweredValueYieldsRecoveriesAndAnUnchangedMonthNothing() {
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun risen = PayoutRun.of(engine(with2020Rise()));
    risen.pay(JAN, enrolled(), ledger);
    // unchanged standards: nothing
    assertThat(risen.recompute(JAN, FEB, enrolled(), ledger).linesProduced()).isZero();

    RunSummary s = PayoutRun.of(engine(with2020Lowered())).recompute(JAN, APR, enrolled(), ledger);

    // 550 × 3 − 900 = 750.00; 750.00 − 810.00 = −60.00.  550 × 2 − 300 = 800.00; 800.00 − 840.00 = −40.00
    List<PayoutLine> rec = ledger.lines().stream().filter(l -> l.kind() == PayoutKind.RECOVERY).toList();
    assertThat(rec).extracting(PayoutLine::amount).containsExactly(Money.ofYuan(-60), Money.ofYuan(-40));
    assertThat(s.amountRecorded()).isEqualTo(Money.ofYuan(-100));
    assertThat(ledger.paidFor(JAN).paid(Scheme.DIBAO, Beneficiary.household("h-two"))).isEqualTo(Money.ofYuan(800));
  }

  @Test
  void recomputingAMonthNeverPaidIsRefused() {
    InMemoryLedger ledger = new InMemoryLedger();
    assertThatThrownBy(() -> PayoutRun.of(engine(with2020Rise())).recompute(JAN, MAR, enrolled(), ledger))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2020-01");
  }

  @Test
  void streamsHouseholdsWithoutHoldingThem() {
    // an Iterable that can be iterated once and builds each household on demand
    int n = 2_000;
    Iterable<EnrolledHousehold> stream = () -> new java.util.Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public EnrolledHousehold next() {
        Household h = household("g" + i, i % 2 == 0 ? XINHUA : YEXIAN, 1 + i % 4, 100);
        i++;
        return enrolledInDibao(h, JAN);
      }
    };
    InMemoryLedger ledger = new InMemoryLedger();
    RunSummary s = PayoutRun.of(engine(before2020Rise())).pay(JAN, stream, ledger);
    // sizes 1..4 repeat: 520 − 100 = 420, 1,040 − 100 = 940, 1,460, 1,980 → 4,800 per 4 households × 500
    assertThat(s.linesRecorded()).isEqualTo(n);
    assertThat(s.amountRecorded()).isEqualTo(Money.ofYuan(4_800L * 500));
  }

  @Test
  void badEnrollmentsNameTheFieldAndValue() {
    assertThatThrownBy(() -> Enrollment.of(Scheme.TEMPORARY_ASSISTANCE, Beneficiary.household("h"), three.id(), JAN))
        .hasMessageContaining("TEMPORARY_ASSISTANCE");
    assertThatThrownBy(() -> Enrollment.of(Scheme.DIBAO, Beneficiary.household("h"), three.id(), MAR).endingAfter(FEB))
        .hasMessageContaining("endMonth 2020-02 is before startMonth 2020-03");
    assertThatThrownBy(() -> new EnrolledHousehold(two, List.of(
        Enrollment.of(Scheme.DIBAO, Beneficiary.household("h"), three.id(), JAN))))
        .hasMessageContaining("names household h-three, not h-two");
  }
}
