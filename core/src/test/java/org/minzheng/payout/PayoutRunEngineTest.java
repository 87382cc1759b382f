package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minzheng.payout.PayoutFixtures.XINHUA;
import static org.minzheng.payout.PayoutFixtures.YEXIAN;
import static org.minzheng.payout.PayoutFixtures.enrolledInDibao;
import static org.minzheng.payout.PayoutFixtures.household;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.InvalidInputException;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.json.StandardsJson;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;

/**
 * Payout runs through the real engine ({@link BenefitCalculator}) and the shipped standards-2020
 * data, where the urban dibao standard is 520.00 in 2019 and 570.00 from 2020-01-01.
 */
class PayoutRunEngineTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);
  static final YearMonth FEB = YearMonth.of(2020, 2);
  static final YearMonth MAR = YearMonth.of(2020, 3);
  static final YearMonth APR = YearMonth.of(2020, 4);
  static final Clock CLOCK = Clock.fixed(LocalDate.of(2021, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
      ZoneId.of("Asia/Shanghai"));

  /** The shipped module: 570 from 2020-01-01 (the corrected, retroactive publication). */
  static final StandardsRegistry SHIPPED = StandardsRegistry.of(Standards2020.provider());
  /** The module as first published: 520 until 2020-03-01, 570 only from March. */
  static final StandardsRegistry PUBLISHED_IN_MARCH = variant("2020.0-march", "2020-03-01", "570.00");
  /** A correction that lowers the 2020 value to 550 from 2020-01-01. */
  static final StandardsRegistry LOWERED = variant("2020.2-lowered", "2020-01-01", "550.00");

  // Urban household of 3, counted income 900/month (10,800 a year on the first member).
  // At 520: 520 × 3 − 900 = 660.00; at 570: 1,710 − 900 = 810.00; at 550: 1,650 − 900 = 750.00.
  final Household three = household("h-three", XINHUA, 3, 900);
  // Urban household of 2, income 300/month. At 520: 1,040 − 300 = 740.00; at 570: 1,140 − 300 = 840.00;
  // at 550: 1,100 − 300 = 800.00.
  final Household two = household("h-two", YEXIAN, 2, 300);
  // One person with 600/month: 600 ≥ 570 and ≥ 520, never eligible.
  final Household rich = household("h-rich", XINHUA, 1, 600);

  static PayoutRun run(StandardsRegistry registry) {
    return PayoutRun.of(BenefitCalculator.builder(registry).clock(CLOCK).build());
  }

  /**
   * The shipped JSON with the 2020 urban dibao value starting on {@code from2020} at {@code value2020}
   * (the 2019 value of 520 running until then), read by the one validating parser.
   */
  static StandardsRegistry variant(String version, String from2020, String value2020) {
    String json;
    try (InputStream in = Standards2020.class.getResourceAsStream(Standards2020.RESOURCE)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    json = replaceOnce(json, "\"version\": \"2020.1\"", "\"version\": \"" + version + "\"");
    json = replaceOnce(json, "{\"value\": \"520.00\", \"effectiveFrom\": \"2019-01-01\", \"effectiveUntil\": \"2020-01-01\"",
        "{\"value\": \"520.00\", \"effectiveFrom\": \"2019-01-01\", \"effectiveUntil\": \"" + from2020 + "\"");
    json = replaceOnce(json, "{\"value\": \"570.00\", \"effectiveFrom\": \"2020-01-01\"",
        "{\"value\": \"" + value2020 + "\", \"effectiveFrom\": \"" + from2020 + "\"");
    return StandardsRegistry.builder()
        .add(StandardsJson.read(Standards2020.ID, "variant-" + version + ".json", json.getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  private static String replaceOnce(String s, String target, String replacement) {
    int i = s.indexOf(target);
    assertThat(i).as("'%s' in the shipped data", target).isNotNegative();
    assertThat(s.indexOf(target, i + 1)).as("'%s' only once in the shipped data", target).isNegative();
    return s.substring(0, i) + replacement + s.substring(i + target.length());
  }

  List<EnrolledHousehold> enrolled() {
    return List.of(enrolledInDibao(three, JAN), enrolledInDibao(two, JAN), enrolledInDibao(rich, JAN));
  }

  @Test
  void theVariantsDifferFromTheShippedDataOnlyWhereIntended() {
    BenefitCalculator march = BenefitCalculator.builder(PUBLISHED_IN_MARCH).clock(CLOCK).build();
    BenefitCalculator shipped = BenefitCalculator.builder(SHIPPED).clock(CLOCK).build();
    // 2019 is the same in both: 520 × 3 − 900 = 660.00
    assertThat(march.calculate(three, YearMonth.of(2019, 12)).find(Scheme.DIBAO, "h-three").orElseThrow().amount())
        .contains(Money.ofYuan(660));
    assertThat(shipped.calculate(three, YearMonth.of(2019, 12)).find(Scheme.DIBAO, "h-three").orElseThrow().amount())
        .contains(Money.ofYuan(660));
    // February 2020: 660.00 as first published, 810.00 in the shipped data; March: 810.00 in both
    assertThat(march.calculate(three, FEB).find(Scheme.DIBAO, "h-three").orElseThrow().amount()).contains(Money.ofYuan(660));
    assertThat(shipped.calculate(three, FEB).find(Scheme.DIBAO, "h-three").orElseThrow().amount()).contains(Money.ofYuan(810));
    assertThat(march.calculate(three, MAR).find(Scheme.DIBAO, "h-three").orElseThrow().amount()).contains(Money.ofYuan(810));
    assertThat(march.stamp(XINHUA, FEB)).isNotEqualTo(shipped.stamp(XINHUA, FEB));
  }

  @Test
  void aMonthRunThroughTheEngineAndItsIdempotentReRun(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("payouts.ledger");
    PayoutRun run = run(SHIPPED);
    BenefitCalculator calc = BenefitCalculator.builder(SHIPPED).clock(CLOCK).build();
    RunSummary first;
    try (FileLedger ledger = FileLedger.open(f)) {
      first = run.pay(JAN, enrolled(), ledger);
    }
    // 810.00 + 840.00 = 1,650.00; the single person is INELIGIBLE (income not below the standard)
    assertThat(first.households()).isEqualTo(3);
    assertThat(first.calculated()).isEqualTo(3);
    assertThat(first.linesRecorded()).isEqualTo(2);
    assertThat(first.ineligible()).isEqualTo(1);
    assertThat(first.undetermined()).isZero();
    assertThat(first.amountRecorded()).isEqualTo(Money.ofYuan(1_650));
    byte[] once = Files.readAllBytes(f);

    try (FileLedger ledger = FileLedger.open(f)) {
      RunSummary again = run.pay(JAN, enrolled(), ledger);
      assertThat(again.linesProduced()).isEqualTo(2);
      assertThat(again.linesRecorded()).isZero();
      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(again.recorded()).isEmpty();
      List<PayoutLine> lines = new ArrayList<>();
      ledger.forEachLine(lines::add);
      assertThat(lines).extracting(l -> l.beneficiary().id(), PayoutLine::amount, PayoutLine::persons, PayoutLine::kind)
          .containsExactly(tuple("h-three", Money.ofYuan(810), 3, PayoutKind.REGULAR),
              tuple("h-two", Money.ofYuan(840), 2, PayoutKind.REGULAR));
      // each line carries the engine's stamp for its region and month, read back from the file
      assertThat(lines.get(0).stamp()).isEqualTo(calc.stamp(XINHUA, JAN));
      assertThat(lines.get(1).stamp()).isEqualTo(calc.stamp(YEXIAN, JAN));
      assertThat(lines.get(0).stamp().modules()).containsEntry("standards-2020", "2020.1");
    }
    assertThat(Files.readAllBytes(f)).isEqualTo(once);
  }

  @Test
  void aRiseMadeRetroactiveInMarchYieldsBackPayOf150PerMonth() {
    InMemoryLedger ledger = new InMemoryLedger();
    // January and February paid with the standards as first published: 520 × 3 − 900 = 660.00, 520 × 2 − 300 = 740.00
    PayoutRun original = run(PUBLISHED_IN_MARCH);
    original.pay(JAN, enrolled(), ledger);
    original.pay(FEB, enrolled(), ledger);
    assertThat(ledger.paidFor(JAN).paid(Scheme.DIBAO, Beneficiary.household("h-three"))).isEqualTo(Money.ofYuan(660));
    // In March the corrected module (570 from 2020-01-01) replaces it; March is paid at 810.00 and 840.00
    PayoutRun corrected = run(SHIPPED);
    corrected.pay(MAR, enrolled(), ledger);

    RunSummary jan = corrected.recompute(JAN, MAR, enrolled(), ledger);
    RunSummary feb = corrected.recompute(FEB, MAR, enrolled(), ledger);

    // 810.00 − 660.00 = 150.00 and 840.00 − 740.00 = 100.00 a month: 250.00 per recomputed month
    assertThat(jan.amountRecorded()).isEqualTo(Money.ofYuan(250));
    assertThat(feb.amountRecorded()).isEqualTo(Money.ofYuan(250));
    List<PayoutLine> backPay = ledger.lines().stream().filter(l -> l.kind() == PayoutKind.BACK_PAY).toList();
    assertThat(backPay).extracting(PayoutLine::period, l -> l.beneficiary().id(), PayoutLine::amount, PayoutLine::runMonth)
        .containsExactly(
            tuple(JAN, "h-three", Money.ofYuan(150), MAR),
            tuple(JAN, "h-two", Money.ofYuan(100), MAR),
            tuple(FEB, "h-three", Money.ofYuan(150), MAR),
            tuple(FEB, "h-two", Money.ofYuan(100), MAR));
    // the back pay carries the corrected module's stamp, the original lines keep theirs
    assertThat(backPay.get(0).stamp().modules()).containsEntry("standards-2020", "2020.1");
    assertThat(ledger.lines().get(0).stamp().modules()).containsEntry("standards-2020", "2020.0-march");
    // net for January is now what the corrected standards give: 660.00 + 150.00 = 810.00
    assertThat(ledger.paidFor(JAN).paid(Scheme.DIBAO, Beneficiary.household("h-three"))).isEqualTo(Money.ofYuan(810));
    // recomputing again finds nothing more; March was paid at 570 already
    assertThat(corrected.recompute(JAN, MAR, enrolled(), ledger).linesProduced()).isZero();
    assertThat(corrected.recompute(FEB, APR, enrolled(), ledger).linesProduced()).isZero();
    assertThat(corrected.recompute(MAR, MAR, enrolled(), ledger).linesProduced()).isZero();
  }

  @Test
  void aLoweredValueYieldsRecoveries() {
    InMemoryLedger ledger = new InMemoryLedger();
    run(SHIPPED).pay(JAN, enrolled(), ledger);

    RunSummary s = run(LOWERED).recompute(JAN, APR, enrolled(), ledger);

    // 550 × 3 − 900 = 750.00; 750.00 − 810.00 = −60.00.  550 × 2 − 300 = 800.00; 800.00 − 840.00 = −40.00
    List<PayoutLine> rec = ledger.lines().stream().filter(l -> l.kind() == PayoutKind.RECOVERY).toList();
    assertThat(rec).extracting(l -> l.beneficiary().id(), PayoutLine::amount, PayoutLine::runMonth)
        .containsExactly(tuple("h-three", Money.ofYuan(-60), APR), tuple("h-two", Money.ofYuan(-40), APR));
    assertThat(rec.get(0).idempotencyKey()).isEqualTo("2020-01|DIBAO|HOUSEHOLD:h-three|RECOVERY|2020-04");
    // −60.00 + −40.00 = −100.00; January's net is now 810.00 − 60.00 = 750.00
    assertThat(s.amountRecorded()).isEqualTo(Money.ofYuan(-100));
    assertThat(ledger.paidFor(JAN).paid(Scheme.DIBAO, Beneficiary.household("h-three"))).isEqualTo(Money.ofYuan(750));
  }

  @Test
  void deathStopsPaymentFromTheNextMonth() {
    // An 85-year-old (born 1935-03-01, hukou Xinhua) gets the old-age allowance of the 80–89 band, 50.00 a month;
    // she lives with her son (income 900/month) and dies on 2020-02-10.
    Person mother = new Person.Builder().id(rid("41040219350301101")).hukouRegion(XINHUA).hasCapableSupporter(true)
        .dateOfDeath(LocalDate.of(2020, 2, 10)).build();
    Household base = household("h-mother", XINHUA, 1, 900);
    Household h = new Household.Builder().from(base).addMember(mother).build();
    List<EnrolledHousehold> hh = List.of(new EnrolledHousehold(h, List.of(
        Enrollment.of(Scheme.DIBAO, Beneficiary.household("h-mother"), h.id(), JAN),
        Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(mother.id().value()), h.id(), JAN))));
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun run = run(SHIPPED);

    RunSummary feb = run.pay(FEB, hh, ledger);
    RunSummary mar = run.pay(MAR, hh, ledger);

    // February, the month of death: dibao 570 × 2 − 900 = 240.00 for 2 persons, and the allowance 50.00
    assertThat(feb.linesRecorded()).isEqualTo(2);
    assertThat(ledger.lines()).extracting(PayoutLine::scheme, PayoutLine::amount, PayoutLine::persons).containsExactly(
        tuple(Scheme.DIBAO, Money.ofYuan(240), 2), tuple(Scheme.OLD_AGE_ALLOWANCE, Money.ofYuan(50), 1));
    // March: she no longer counts. The allowance stops; dibao is for the son alone: 570 − 900 < 0, INELIGIBLE
    assertThat(mar.linesRecorded()).isZero();
    assertThat(mar.ineligible()).isEqualTo(2);
    assertThat(ledger.lineCount()).isEqualTo(2);
  }

  @Test
  void endOfEnrollmentStopsPaymentFromTheNextMonth() {
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun run = run(SHIPPED);
    Enrollment e = Enrollment.of(Scheme.DIBAO, Beneficiary.household("h-three"), three.id(), JAN).endingAfter(FEB);
    List<EnrolledHousehold> hh = List.of(new EnrolledHousehold(three, List.of(e)), enrolledInDibao(two, JAN));

    RunSummary feb = run.pay(FEB, hh, ledger);
    RunSummary mar = run.pay(MAR, hh, ledger);

    // February: 810.00 + 840.00 = 1,650.00; March: only the household of 2, 840.00, and the ended one is not calculated
    assertThat(feb.amountRecorded()).isEqualTo(Money.ofYuan(1_650));
    assertThat(mar.amountRecorded()).isEqualTo(Money.ofYuan(840));
    assertThat(mar.calculated()).isEqualTo(1);
    assertThat(ledger.lines()).filteredOn(l -> l.period().equals(MAR)).extracting(l -> l.beneficiary().id())
        .containsExactly("h-two");
  }

  @Test
  void aHouseholdTheEngineRejectsAbortsTheRunWithTheEnginesOwnException() {
    // a member born after the calculator's today (2021-01-01) is invalid input
    Person unborn = new Person.Builder().id(rid("41040220210601102")).hukouRegion(XINHUA).build();
    Household bad = new Household.Builder().from(household("h-bad", XINHUA, 1, 0)).addMember(unborn).build();
    InMemoryLedger ledger = new InMemoryLedger();
    List<EnrolledHousehold> hh = List.of(enrolledInDibao(three, JAN), enrolledInDibao(bad, JAN), enrolledInDibao(two, JAN));

    assertThatThrownBy(() -> run(SHIPPED).pay(JAN, hh, ledger))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("h-bad").hasMessageContaining("2021-06-01");
    assertThat(ledger.lineCount()).isZero();
    assertThat(ledger.runs()).isEmpty();
  }

  @Test
  void aSinksExceptionComesOutUnchanged() {
    IllegalArgumentException refused = new IllegalArgumentException("bank refuses the account");
    InMemoryLedger ledger = new InMemoryLedger();
    assertThatThrownBy(() -> run(SHIPPED).pay(JAN, enrolled(), ledger, l -> {
      throw refused;
    })).isSameAs(refused);
    assertThat(ledger.lineCount()).isZero();
  }

  private static ResidentId rid(String first17) {
    return ResidentId.parse(first17 + ResidentId.checkCharacter(first17));
  }
}
