package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minzheng.payout.PayoutFixtures.XINHUA;
import static org.minzheng.payout.PayoutFixtures.YEXIAN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.AssistanceCause;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.report.Report;
import org.minzheng.report.ReportAggregator;
import org.minzheng.report.ReportLevel;
import org.minzheng.report.ReportRow;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/**
 * Temporary assistance (rules.md §3) paid as one-off lines, through the real engine and the shipped
 * standards-2020 data: in 2020 the urban dibao standard is 570.00 a month, the rural one 4,260 ÷ 12 =
 * 355.00, and at most 6 months are paid.
 */
class TemporaryAssistancePayoutTest {
  static final YearMonth MAR = YearMonth.of(2020, 3);
  final BenefitCalculator calc = BenefitCalculator.builder(PayoutRunEngineTest.SHIPPED).clock(PayoutRunEngineTest.CLOCK).build();
  final PayoutRun run = PayoutRun.of(calc);

  static TemporaryAssistanceCase approved(String id, String household, ResidenceType type, int persons, int months,
      LocalDate date) {
    return new TemporaryAssistanceCase(id, HouseholdId.of(household), type == ResidenceType.URBAN ? XINHUA : YEXIAN, type,
        persons, AssistanceCause.MAJOR_ILLNESS, months, date);
  }

  // urban, 2 persons, 3 months: 570 × 2 × 3 = 3,420.00
  final TemporaryAssistanceCase twoForThree = approved("TA-1", "h-1", ResidenceType.URBAN, 2, 3, LocalDate.of(2020, 3, 2));
  // urban, 3 persons, 9 months capped at 6: 570 × 3 × 6 = 10,260.00
  final TemporaryAssistanceCase capped = approved("TA-2", "h-2", ResidenceType.URBAN, 3, 9, LocalDate.of(2020, 3, 15));
  // rural, 1 person, 2 months: 355 × 1 × 2 = 710.00
  final TemporaryAssistanceCase rural = approved("TA-3", "h-3", ResidenceType.RURAL, 1, 2, LocalDate.of(2020, 3, 31));

  List<TemporaryAssistanceCase> cases() {
    return List.of(twoForThree, capped, rural);
  }

  @Test
  void approvedCasesBecomeOneOffLinesWithHandWorkedAmounts() {
    InMemoryLedger ledger = new InMemoryLedger();

    RunSummary s = run.payCases(MAR, cases(), ledger);

    // 3,420.00 + 10,260.00 + 710.00 = 14,390.00
    assertThat(s.header()).isEqualTo(new RunHeader(RunKind.ONE_OFF, MAR, MAR));
    assertThat(s.households()).isEqualTo(3);
    assertThat(s.calculated()).isEqualTo(3);
    assertThat(s.linesRecorded()).isEqualTo(3);
    assertThat(s.amountRecorded()).isEqualTo(Money.ofYuan(14_390));
    assertThat(ledger.lines()).extracting(l -> l.beneficiary().id(), PayoutLine::amount, PayoutLine::persons, PayoutLine::region)
        .containsExactly(tuple("TA-1", Money.ofYuan(3_420), 2, XINHUA), tuple("TA-2", Money.ofYuan(10_260), 3, XINHUA),
            tuple("TA-3", Money.ofYuan(710), 1, YEXIAN));
    PayoutLine first = ledger.lines().get(0);
    assertThat(first.kind()).isEqualTo(PayoutKind.ONE_OFF);
    assertThat(first.scheme()).isEqualTo(Scheme.TEMPORARY_ASSISTANCE);
    assertThat(first.beneficiary()).isEqualTo(new Beneficiary(Beneficiary.Kind.CASE, "TA-1"));
    assertThat(first.payee()).isEqualTo(Beneficiary.household("h-1"));
    assertThat(first.householdId()).isEqualTo(HouseholdId.of("h-1"));
    assertThat(first.period()).isEqualTo(MAR);
    assertThat(first.runMonth()).isEqualTo(MAR);
    assertThat(first.idempotencyKey()).isEqualTo("2020-03|TEMPORARY_ASSISTANCE|CASE:TA-1|ONE_OFF");
    // the engine's stamp for the case; an urban and a rural case use different parameters
    assertThat(first.stamp()).isEqualTo(calc.stamp(twoForThree));
    assertThat(ledger.lines().get(2).stamp()).isEqualTo(calc.stamp(rural)).isNotEqualTo(first.stamp());
  }

  @Test
  void payingTheSameCasesAgainRecordsNothingNew(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("payouts.ledger");
    try (FileLedger ledger = FileLedger.open(f)) {
      run.payCases(MAR, cases(), ledger);
    }
    byte[] once = Files.readAllBytes(f);
    try (FileLedger ledger = FileLedger.open(f)) {
      // the same three cases, and a new one approved later in March: only the new one is paid (570 × 1 × 1 = 570.00)
      TemporaryAssistanceCase late = approved("TA-4", "h-4", ResidenceType.URBAN, 1, 1, LocalDate.of(2020, 3, 20));
      RunSummary again = run.payCases(MAR, List.of(twoForThree, capped, rural, late), ledger);
      assertThat(again.linesProduced()).isEqualTo(4);
      assertThat(again.duplicates()).isEqualTo(3);
      assertThat(again.linesRecorded()).isEqualTo(1);
      assertThat(again.amountRecorded()).isEqualTo(Money.ofYuan(570));
      RunSummary third = run.payCases(MAR, cases(), ledger);
      assertThat(third.linesRecorded()).isZero();
      assertThat(third.recorded()).isEmpty();
      List<PayoutLine> read = new ArrayList<>();
      ledger.forEachLine(read::add);
      // read back from the file: 14,390.00 + 570.00 = 14,960.00 over 4 lines, stamps included
      assertThat(read).hasSize(4);
      assertThat(read.stream().mapToLong(l -> l.amount().fen()).sum()).isEqualTo(Money.ofYuan(14_960).fen());
      assertThat(read.get(3).stamp()).isEqualTo(calc.stamp(late));
    }
    byte[] twice = Files.readAllBytes(f);
    assertThat(twice.length).isGreaterThan(once.length);
    assertThat(java.util.Arrays.copyOf(twice, once.length)).isEqualTo(once);
  }

  @Test
  void aCaseApprovedInAnotherMonthAbortsTheRun() {
    InMemoryLedger ledger = new InMemoryLedger();
    TemporaryAssistanceCase april = approved("TA-9", "h-9", ResidenceType.URBAN, 1, 1, LocalDate.of(2020, 4, 1));

    assertThatThrownBy(() -> run.payCases(MAR, List.of(twoForThree, april), ledger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("temporary-assistance case TA-9: approvalDate 2020-04-01 is not in the run month 2020-03");
    assertThat(ledger.lineCount()).isZero();
    assertThat(ledger.runs()).isEmpty();
  }

  @Test
  void aRunWithoutACalculatorCannotPayCases() {
    PayoutRun standIn = PayoutRun.of(PayoutFixtures.engine(PayoutFixtures.before2020Rise()));
    assertThatThrownBy(() -> standIn.payCases(MAR, cases(), new InMemoryLedger()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PayoutRun.of(BenefitCalculator)");
  }

  @Test
  void reportsCountCasesAsRecipientsAndTheirPersons() {
    InMemoryLedger ledger = new InMemoryLedger();
    run.payCases(MAR, cases(), ledger);
    Report report = ReportAggregator.of(ledger).build();

    ReportRow city = report.find(Scheme.TEMPORARY_ASSISTANCE, ReportLevel.CITY, "410400", MAR).orElseThrow();
    // 3 cases; 2 + 3 + 1 = 6 persons and person-times; 14,390.00 = 1.439 万元
    assertThat(city.recipients()).isEqualTo(3);
    assertThat(city.cumulativePersons()).isEqualTo(6);
    assertThat(city.cumulativePersonTimes()).isEqualTo(6);
    assertThat(city.cumulativeAmount()).isEqualTo(Money.ofYuan(14_390));
    ReportRow ye = report.find(Scheme.TEMPORARY_ASSISTANCE, ReportLevel.COUNTY, "410422", MAR).orElseThrow();
    assertThat(ye.cumulativePersons()).isEqualTo(1);
    assertThat(ye.cumulativeAmount()).isEqualTo(Money.ofYuan(710));
    assertThat(report.sentences(MAR, ReportLevel.CITY, Locale.CHINESE, PayoutRunEngineTest.SHIPPED::findRegion))
        .isEqualTo("截至2020年3月底，已累计为6名平顶山市困难群众发放临时救助金1.44万元（共6人次）\n");
  }
}
