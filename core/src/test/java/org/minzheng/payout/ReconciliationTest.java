package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payout.PayoutFixtures.XINHUA;
import static org.minzheng.payout.PayoutFixtures.rid;
import static org.minzheng.testproviders.Notices.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.AssistanceCause;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;

/** Reconciliation (rules.md §11), against both ledgers: each issue-9 failure with a test that failed before. */
class ReconciliationTest {
  private static final Clock CLOCK =
      Clock.fixed(LocalDate.of(2020, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static final YearMonth JAN = YearMonth.of(2020, 1);
  private static final YearMonth JUN = YearMonth.of(2020, 6);
  private static final YearMonth JUL = YearMonth.of(2020, 7);
  private static final StandardsRegistry REGISTRY = StandardsRegistry.of(Standards2020.provider(),
      notice("raise-600", "2020-07-05", "\"standards-2020\"", "2020-01-01", "600.00"),
      notice("raise-620", "2020-07-20", "\"standards-2020\"", "2020-01-01", "620.00"));

  @TempDir
  Path dir;

  private Ledger ledger(String kind) {
    return kind.equals("file") ? FileLedger.open(dir.resolve("payouts.ledger")) : new InMemoryLedger();
  }

  private static BenefitCalculator calculator(LocalDate knownOn) {
    return BenefitCalculator.builder(REGISTRY).clock(CLOCK).knowledgeDate(knownOn).build();
  }

  private static Reconciliation.Request request(YearMonth through, YearMonth run, String knownOn, boolean book) {
    return new Reconciliation.Request(JAN, through, run, LocalDate.parse(knownOn), book);
  }

  /** Large ledgers are read month by month; the tests read every ledger both ways, alternately. */
  private int calls;

  private Reconciliation.Report reconcile(Reconciliation.Request r, List<EnrolledHousehold> caseload, Ledger l) {
    Reconciliation rec = Reconciliation.of(calculator(r.knownOn()), REGISTRY);
    return (calls++ % 2 == 0 ? rec : rec.withLinesReadAtOnce(0)).reconcile(r, caseload, l);
  }

  private static void payJanToJun(List<EnrolledHousehold> caseload, Ledger ledger, String knownOn) {
    PayoutRun run = PayoutRun.of(calculator(LocalDate.parse(knownOn)));
    for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
      run.pay(m, caseload, ledger);
    }
  }

  /** An urban couple in Xinhua with no income: dibao 2 × the urban standard. */
  private static EnrolledHousehold couple(String id, int n) {
    Household h = new Household.Builder().id(HouseholdId.of(id)).region(XINHUA).residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true)
        .addMember(PayoutFixtures.person(rid(n), 0)).addMember(PayoutFixtures.person(rid(n + 1), 0)).build();
    return PayoutFixtures.enrolledInDibao(h, JAN);
  }

  /** A man born 1935 (85 in 2020) enrolled in the old-age allowance (50 a month), who may have died. */
  private static EnrolledHousehold elder(String id, LocalDate died, YearMonth lastMonth) {
    ResidentId rid = rid("41040219350301001");
    Person.Builder p = new Person.Builder().id(rid).hukouRegion(XINHUA).hasCapableSupporter(true);
    if (died != null) {
      p.dateOfDeath(died);
    }
    Household h = new Household.Builder().id(HouseholdId.of(id)).region(XINHUA).residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true).addMember(p.build()).build();
    Enrollment e = Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(rid.value()), h.id(), JAN);
    return new EnrolledHousehold(h, List.of(lastMonth == null ? e : e.endingAfter(lastMonth)));
  }

  private static Money netPaid(Ledger l, YearMonth m, Scheme s, Beneficiary b) {
    return l.paidFor(m).paid(s, b);
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void aSecondCorrectionInTheSameRunMonthRecordsExactlyTheNewDifference(String kind) {
    List<EnrolledHousehold> caseload = List.of(couple("H1", 10), couple("H2", 20));
    try (Ledger ledger = ledger(kind)) {
      payJanToJun(caseload, ledger, "2020-06-30"); // 570 × 2 = 1,140 a month
      Reconciliation.Report first = reconcile(request(JUN, JUL, "2020-07-10", false), caseload, ledger);
      assertThat(first.backPayLines()).isEqualTo(12);
      assertThat(first.backPayAmount()).isEqualTo(Money.ofYuan(12 * 60)); // (600 − 570) × 2 each month
      assertThat(reconcile(request(JUN, JUL, "2020-07-10", false), caseload, ledger).recorded()).isEmpty();
      Reconciliation.Report second = reconcile(request(JUN, JUL, "2020-07-25", false), caseload, ledger);
      // Before issue 9 these 12 lines were "duplicates": the key was kind + run month.
      assertThat(second.backPayLines()).isEqualTo(12);
      assertThat(second.alreadyRecorded()).isZero();
      assertThat(second.backPayAmount()).isEqualTo(Money.ofYuan(12 * 40));
      for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
        assertThat(netPaid(ledger, m, Scheme.DIBAO, Beneficiary.household("H1"))).isEqualTo(Money.ofYuan(1240));
      }
      Reconciliation.Report third = reconcile(request(JUN, JUL, "2020-07-25", false), caseload, ledger);
      assertThat(third.recorded()).isEmpty();
      assertThat(third.reviewItems()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void aLateDeathIsHeldForReviewNamedAndRecoveredWhenBooked(String kind) {
    List<EnrolledHousehold> before = List.of(elder("E1", null, null));
    List<EnrolledHousehold> after = List.of(elder("E1", LocalDate.of(2020, 2, 15), null));
    Beneficiary b = Beneficiary.person(before.get(0).household().members().get(0).id().value());
    try (Ledger ledger = ledger(kind)) {
      payJanToJun(before, ledger, "2020-06-30");
      Reconciliation.Report held = reconcile(request(JUN, JUL, "2020-07-10", false), after, ledger);
      assertThat(held.recorded()).isEmpty();
      assertThat(held.reviewItems()).singleElement().satisfies(i -> {
        assertThat(i.beneficiary()).isEqualTo(b);
        assertThat(i.scheme()).isEqualTo(Scheme.OLD_AGE_ALLOWANCE);
        assertThat(i.months()).containsExactly(YearMonth.of(2020, 3), YearMonth.of(2020, 4), YearMonth.of(2020, 5), JUN);
        assertThat(i.amount()).isEqualTo(Money.ofYuan(200));
        assertThat(i.reason()).isEqualTo("died on 2020-02-15");
      });
      // Listed again until booked or waived.
      assertThat(reconcile(request(JUN, JUL, "2020-07-11", false), after, ledger).reviewItems()).hasSize(1);
      Reconciliation.Report booked = reconcile(request(JUN, JUL, "2020-07-12", true), after, ledger);
      assertThat(booked.recoveryLines()).isEqualTo(4);
      assertThat(booked.recoveryAmount()).isEqualTo(Money.ofYuan(-200));
      assertThat(netPaid(ledger, YearMonth.of(2020, 3), Scheme.OLD_AGE_ALLOWANCE, b)).isEqualTo(Money.ZERO);
      assertThat(netPaid(ledger, YearMonth.of(2020, 2), Scheme.OLD_AGE_ALLOWANCE, b)).isEqualTo(Money.ofYuan(50));
      assertThat(reconcile(request(JUN, JUL, "2020-07-12", false), after, ledger).reviewItems()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void aBackdatedEnrollmentEndAndAHouseholdGoneAreFoundAndAWaiverIsRecorded(String kind) {
    List<EnrolledHousehold> before = List.of(elder("E1", null, null), couple("H1", 10));
    List<EnrolledHousehold> after = List.of(elder("E1", null, YearMonth.of(2020, 4)));
    try (Ledger ledger = ledger(kind)) {
      payJanToJun(before, ledger, "2020-06-30");
      Reconciliation.Report r = reconcile(request(JUN, JUL, "2020-06-30", false), after, ledger);
      assertThat(r.reviewItems()).extracting(Reconciliation.ReviewItem::reason)
          .containsExactlyInAnyOrder("enrollment ended after 2020-04", "household left the caseload");
      Reconciliation.ReviewItem gone = r.reviewItems().stream()
          .filter(i -> i.reason().equals("household left the caseload")).findFirst().orElseThrow();
      assertThat(gone.months()).hasSize(6);
      assertThat(gone.amount()).isEqualTo(Money.ofYuan(6 * 1140));
      assertThat(Reconciliation.waive(List.of(gone), JUL, "家庭已迁出本市，经审批不予追回", ledger)).isPresent();
      assertThat(Reconciliation.waive(List.of(gone), JUL, "家庭已迁出本市，经审批不予追回", ledger)).isEmpty();
      // The waiver moves no money and the household is no longer held.
      assertThat(netPaid(ledger, JAN, Scheme.DIBAO, Beneficiary.household("H1"))).isEqualTo(Money.ofYuan(1140));
      Reconciliation.Report again = reconcile(request(JUN, JUL, "2020-06-30", false), after, ledger);
      assertThat(again.reviewItems()).extracting(Reconciliation.ReviewItem::reason)
          .containsExactly("enrollment ended after 2020-04");
      assertThat(again.reviewItems().get(0).amount()).isEqualTo(Money.ofYuan(100));
      List<PayoutLine> waivers = new ArrayList<>();
      ledger.forEachLine(l -> {
        if (l.kind() == PayoutKind.WAIVER) {
          waivers.add(l);
        }
      });
      assertThat(waivers).hasSize(6).allSatisfy(l -> assertThat(l.corrects()).contains("waived: 家庭已迁出本市"));
    }
  }

  @Test
  void aRunMonthBeforeTheMonthsItCorrectsIsRefused() {
    assertThatThrownBy(() -> request(JUN, YearMonth.of(2020, 5), "2020-07-10", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run month 2020-05 is before 2020-06");
  }

  @Test
  void undeterminedEntitlementsAreListedWithTheirMissingFactsAndNeitherPaidNorRecovered() {
    Household h = new Household.Builder().id(HouseholdId.of("U1")).region(XINHUA).residenceType(ResidenceType.URBAN)
        .addMember(PayoutFixtures.person(rid(40), 0)).build(); // assets not known
    List<EnrolledHousehold> caseload = List.of(PayoutFixtures.enrolledInDibao(h, JAN));
    try (Ledger ledger = new InMemoryLedger()) {
      Reconciliation.Report r = reconcile(request(JAN, JUL, "2020-07-10", false), caseload, ledger);
      assertThat(r.recorded()).isEmpty();
      assertThat(r.undetermined()).singleElement().satisfies(i -> {
        assertThat(i.reason()).contains("household.assetsWithinLimits");
        assertThat(i.months()).containsExactly(JAN);
      });
    }
  }

  /** A Xinhua urban case approved on 2020-03-10: 2 persons × 3 months × the urban standard (570.00 then). */
  private static final TemporaryAssistanceCase CASE = new TemporaryAssistanceCase("TA-1", HouseholdId.of("H1"), XINHUA,
      ResidenceType.URBAN, 2, AssistanceCause.MAJOR_ILLNESS, 3, LocalDate.of(2020, 3, 10));

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void temporaryAssistanceCasesAreReconciledWhenGivenAndLeftAloneOtherwise(String kind) {
    List<EnrolledHousehold> caseload = List.of(couple("H1", 10));
    Beneficiary caseBeneficiary = new Beneficiary(Beneficiary.Kind.CASE, "TA-1");
    try (Ledger ledger = ledger(kind)) {
      payJanToJun(caseload, ledger, "2020-06-30");
      PayoutRun.of(calculator(LocalDate.of(2020, 3, 31))).payCases(YearMonth.of(2020, 3), List.of(CASE), ledger);
      YearMonth mar = YearMonth.of(2020, 3);
      assertThat(netPaid(ledger, mar, Scheme.TEMPORARY_ASSISTANCE, caseBeneficiary)).isEqualTo(Money.ofYuan(3420));

      // Without the cases: a caseload of households says nothing about them. Before, the case was
      // "a household that left the caseload" and its whole payment was held for recovery.
      Reconciliation.Report households = reconcile(request(JUN, JUL, "2020-07-10", false), caseload, ledger);
      assertThat(households.reviewItems()).isEmpty();
      assertThat(households.backPayLines()).isEqualTo(6); // the dibao months only

      // With them: the 600.00 notice, in force from January, raises the case to 600 × 2 × 3 = 3,600.00.
      Reconciliation rec = Reconciliation.of(calculator(LocalDate.parse("2020-07-10")), REGISTRY);
      Reconciliation.Report withCases = rec.reconcile(request(JUN, JUL, "2020-07-10", false), caseload, List.of(CASE),
          ledger);
      assertThat(withCases.backPayLines()).isEqualTo(1);
      assertThat(withCases.backPayAmount()).isEqualTo(Money.ofYuan(180));
      assertThat(netPaid(ledger, mar, Scheme.TEMPORARY_ASSISTANCE, caseBeneficiary)).isEqualTo(Money.ofYuan(3600));
      assertThat(rec.reconcile(request(JUN, JUL, "2020-07-10", false), caseload, List.of(CASE), ledger).recorded())
          .isEmpty();

      // A case no longer given is a withdrawn case: its payment is held for review, not silently kept.
      Reconciliation.Report withdrawn = rec.reconcile(request(JUN, JUL, "2020-07-10", false), caseload, List.of(),
          ledger);
      assertThat(withdrawn.reviewItems()).singleElement().satisfies(i -> {
        assertThat(i.beneficiary()).isEqualTo(caseBeneficiary);
        assertThat(i.reason()).isEqualTo("case withdrawn");
        assertThat(i.amount()).isEqualTo(Money.ofYuan(3600));
      });
    }
  }
}
