package org.minzheng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.payout.PayoutFixtures.XINHUA;
import static org.minzheng.payout.PayoutFixtures.YEXIAN;
import static org.minzheng.payout.PayoutFixtures.before2020Rise;
import static org.minzheng.payout.PayoutFixtures.engine;
import static org.minzheng.payout.PayoutFixtures.enrolledInDibao;
import static org.minzheng.payout.PayoutFixtures.household;
import static org.minzheng.payout.PayoutFixtures.with2020Rise;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.PayoutFixtures;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.Reconciliation;
import org.minzheng.household.HouseholdId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

class ReportTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);
  static final YearMonth FEB = YearMonth.of(2020, 2);
  static final YearMonth MAR = YearMonth.of(2020, 3);

  @TempDir
  static Path dir;

  static Report report;
  static long ledgerFen;
  static final StandardsRegistry names = with2020Rise();

  /**
   * Jan and Feb paid at 520, March at 570 with back pay for Jan and Feb:
   * household of 3 in Xinhua (income 900): 660, 660, 810 + 150 + 150 → 2,430.00;
   * household of 2 in Ye County (income 300): 740, 740, 840 + 100 + 100 → 2,520.00;
   * a person of Ye County in institution JLY-01: 1.3 × 520 = 676, 676, 1.3 × 570 = 741 + 65 + 65 → 2,223.00.
   * Total 2,430 + 2,520 + 2,223 = 7,173.00.
   */
  @BeforeAll
  static void payThreeMonths() {
    Household three = household("h-three", XINHUA, 3, 900);
    Household two = household("h-two", YEXIAN, 2, 300);
    Household ep = new Household.Builder().from(household("h-ep", YEXIAN, 1, 0))
        .members(List.of(PayoutFixtures.inInstitution(PayoutFixtures.rid(950), "JLY-01"))).build();
    List<EnrolledHousehold> all = List.of(enrolledInDibao(three, JAN), enrolledInDibao(two, JAN),
        new EnrolledHousehold(ep, List.of(Enrollment.of(Scheme.EXTREME_POVERTY,
            Beneficiary.person(ep.members().get(0).id().value()), ep.id(), JAN))));
    try (FileLedger ledger = FileLedger.open(dir.resolve("l"))) {
      PayoutRun old = PayoutRun.of(engine(before2020Rise()));
      old.pay(JAN, all, ledger);
      old.pay(FEB, all, ledger);
      PayoutRun risen = PayoutRun.of(engine(with2020Rise()));
      risen.pay(MAR, all, ledger);
      risen.recompute(JAN, MAR, all, ledger);
      risen.recompute(FEB, MAR, all, ledger);
      AtomicLong sum = new AtomicLong();
      ledger.forEachLine(l -> sum.addAndGet(l.amount().fen()));
      ledgerFen = sum.get();
      report = ReportAggregator.of(ledger).build();
    }
  }

  @Test
  void totalsEqualTheSumOfTheLedgerLines() {
    assertThat(ledgerFen).isEqualTo(Money.ofYuan(7_173).fen());
    assertThat(report.total()).isEqualTo(Money.ofYuan(7_173));
    // 3 regular × 3 months + 6 back-pay lines = 15
    assertThat(report.lineCount()).isEqualTo(15);
    for (ReportLevel level : List.of(ReportLevel.COUNTY, ReportLevel.CITY)) {
      long fen = report.rows(level).stream().mapToLong(r -> r.amount().fen()).sum();
      assertThat(fen).as("%s rows", level).isEqualTo(ledgerFen);
    }
  }

  @Test
  void countsRecipientsPersonsAndPersonTimesCumulativeFromJanuary() {
    ReportRow city = report.find(Scheme.DIBAO, ReportLevel.CITY, "410400", MAR).orElseThrow();
    // March: 2 households paid, 3 + 2 = 5 person-times, 810 + 300 + 840 + 200 = 2,150.00
    assertThat(city.recipients()).isEqualTo(2);
    assertThat(city.personTimes()).isEqualTo(5);
    assertThat(city.amount()).isEqualTo(Money.ofYuan(2_150));
    assertThat(city.lines()).isEqualTo(6);
    // January to March: 2 households, 5 persons, 15 person-times, 2,430 + 2,520 = 4,950.00
    assertThat(city.cumulativeRecipients()).isEqualTo(2);
    assertThat(city.cumulativePersons()).isEqualTo(5);
    assertThat(city.cumulativePersonTimes()).isEqualTo(15);
    assertThat(city.cumulativeAmount()).isEqualTo(Money.ofYuan(4_950));
    ReportRow feb = report.find(Scheme.DIBAO, ReportLevel.COUNTY, "410402", FEB).orElseThrow();
    // Xinhua by February: 660 + 660 = 1,320.00, 6 person-times
    assertThat(feb.cumulativeAmount()).isEqualTo(Money.ofYuan(1_320));
    assertThat(feb.cumulativePersonTimes()).isEqualTo(6);
  }

  @Test
  void centralizedSupportIsGroupedByTheInstitutionPaid() {
    ReportRow inst = report.find(Scheme.EXTREME_POVERTY, ReportLevel.INSTITUTION, "JLY-01", MAR).orElseThrow();
    // 676 + 676 + 741 + 65 + 65 = 2,223.00 for 1 resident, 3 person-times
    assertThat(inst.cumulativeAmount()).isEqualTo(Money.ofYuan(2_223));
    assertThat(inst.cumulativeRecipients()).isEqualTo(1);
    assertThat(inst.cumulativePersonTimes()).isEqualTo(3);
    assertThat(report.rows(ReportLevel.INSTITUTION)).allMatch(r -> r.scheme() == Scheme.EXTREME_POVERTY);
  }

  @Test
  void writesTheSeedsSentencesInChineseAndEnglish() {
    assertThat(report.sentences(MAR, ReportLevel.CITY, Locale.CHINESE, names::findRegion)).isEqualTo(
        "截至2020年3月底，已累计为5名平顶山市低保人员发放低保金0.5万元（共15人次）\n"
            + "截至2020年3月底，已累计为1名平顶山市特困人员发放特困救助供养金0.22万元（共3人次）\n");
    assertThat(report.sentences(FEB, ReportLevel.COUNTY, Locale.ENGLISH, names::findRegion)).startsWith(
        "By the end of February 2020, 3 recipients in Xinhua District had received 1,320.00 yuan of minimum living"
            + " guarantee since January (6 person-times).\n");
    assertThat(Report.wan(Money.ofYuan(154_280_000))).isEqualTo("15428");
    assertThat(Report.wan(Money.parse("27442160.00"))).isEqualTo("2744.22");
    assertThat(report.table(MAR, ReportLevel.CITY, Locale.ENGLISH)).contains("4950.00").contains("person-times");
  }

  /** A bureau writes 万元 with two decimals at most: the display rounds half up; the ledger keeps the fen. */
  @Test
  void wanIsRoundedForDisplayToTwoDecimalsAtMost() {
    assertThat(Report.wan(Money.parse("2846598.41"))).isEqualTo("284.66");
    assertThat(Report.wan(Money.parse("9360.00"))).isEqualTo("0.94");
    assertThat(Report.wan(Money.parse("45839700.00"))).isEqualTo("4583.97");
    assertThat(Report.wan(Money.parse("249660000.00"))).isEqualTo("24966");
    assertThat(Report.wan(Money.parse("0.49"))).isEqualTo("0");
  }

  /** Every line of the Chinese table has its columns at the same display positions (a Chinese character is two wide). */
  @Test
  void theChineseTableIsAlignedByDisplayWidth() {
    List<String> lines = report.table(MAR, ReportLevel.COUNTY, Locale.CHINESE).lines().toList();
    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(lines.get(0)));
    int regionColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("地区")));
    for (String line : lines.subList(1, lines.size())) {
      assertThat(DisplayWidth.of(line.substring(0, line.indexOf("4104")))).as(line).isEqualTo(regionColumn);
    }
  }

  @Test
  void backPayAndRecoveryAreShownApartAndAWaiverMovesNoMoney() {
    ReportAggregator agg = new ReportAggregator();
    Beneficiary b = Beneficiary.household("h-corr");
    org.minzheng.household.HouseholdId h = org.minzheng.household.HouseholdId.of("h-corr");
    agg.accept(PayoutFixtures.line("h-corr", MAR, 500));
    agg.accept(new org.minzheng.payout.PayoutLine(MAR, JAN, Scheme.DIBAO, b, b, h, XINHUA,
        org.minzheng.payout.PayoutKind.BACK_PAY, Money.ofYuan(30), 2, PayoutFixtures.stamp(), "g0 50000>53000"));
    agg.accept(new org.minzheng.payout.PayoutLine(MAR, FEB, Scheme.DIBAO, b, b, h, XINHUA,
        org.minzheng.payout.PayoutKind.RECOVERY, Money.ofYuan(-20), 2, PayoutFixtures.stamp(), "g0 50000>48000"));
    agg.accept(new org.minzheng.payout.PayoutLine(MAR, FEB, Scheme.DIBAO, b, b, h, XINHUA,
        org.minzheng.payout.PayoutKind.WAIVER, Money.ofYuan(-5), 2, PayoutFixtures.stamp(), "g1 48000>47500 waived: x"));
    Report r = agg.build();
    org.minzheng.report.ReportRow row = r.rows(ReportLevel.COUNTY).stream().filter(x -> x.period().equals(MAR))
        .findFirst().orElseThrow();
    assertThat(row.amount()).isEqualTo(Money.ofYuan(510));
    assertThat(row.backPay()).isEqualTo(Money.ofYuan(30));
    assertThat(row.recovery()).isEqualTo(Money.ofYuan(-20));
    assertThat(r.total()).isEqualTo(Money.ofYuan(510));
  }

  @Test
  void exportsCsvAndJson() throws Exception {
    StringWriter csv = new StringWriter();
    report.writeCsv(csv);
    String[] lines = csv.toString().split("\n");
    assertThat(lines[0]).isEqualTo("scheme,level,key,period,recipients,personTimes,amount,cumulativeRecipients,"
        + "cumulativePersons,cumulativePersonTimes,cumulativeAmount,lines,backPay,recovery,heldItems,heldAmount");
    assertThat(lines).contains("DIBAO,CITY,410400,2020-03,2,5,2150.00,2,5,15,4950.00,6,500.00,0.00,0,0.00");
    assertThat(lines).hasSize(report.rows().size() + 1);

    StringWriter json = new StringWriter();
    report.writeJson(json);
    JsonNode n = MinzhengJson.mapper().readTree(json.toString());
    assertThat(n.get("total").asText()).isEqualTo("7173.00");
    assertThat(n.get("rows").size()).isEqualTo(report.rows().size());
    assertThat(MinzhengJson.mapper().readValue(json.toString(), Report.class)).isEqualTo(report);
  }

  @Test
  void aHouseholdThatMovesCountiesIsOneRecipientOfTheCity() {
    // h-move: 3 persons, 660.00 in January in Xinhua, then 4 persons, 700.00 in February in Ye County
    ReportAggregator agg = new ReportAggregator();
    Beneficiary b = Beneficiary.household("h-move");
    agg.accept(new org.minzheng.payout.PayoutLine(JAN, JAN, Scheme.DIBAO, b, b, org.minzheng.household.HouseholdId.of("h-move"),
        XINHUA, org.minzheng.payout.PayoutKind.REGULAR, Money.ofYuan(660), 3, PayoutFixtures.stamp()));
    agg.accept(new org.minzheng.payout.PayoutLine(FEB, FEB, Scheme.DIBAO, b, b, org.minzheng.household.HouseholdId.of("h-move"),
        YEXIAN, org.minzheng.payout.PayoutKind.REGULAR, Money.ofYuan(700), 4, PayoutFixtures.stamp()));
    Report r = agg.build();
    ReportRow city = r.find(Scheme.DIBAO, ReportLevel.CITY, "410400", FEB).orElseThrow();
    // one household, its largest size 4, 3 + 4 = 7 person-times, 660 + 700 = 1,360.00
    assertThat(city.recipients()).isEqualTo(1);
    assertThat(city.cumulativeRecipients()).isEqualTo(1);
    assertThat(city.cumulativePersons()).isEqualTo(4);
    assertThat(city.cumulativePersonTimes()).isEqualTo(7);
    assertThat(city.cumulativeAmount()).isEqualTo(Money.ofYuan(1_360));
    assertThat(r.find(Scheme.DIBAO, ReportLevel.CITY, "410400", JAN).orElseThrow().recipients()).isEqualTo(1);
    assertThat(r.find(Scheme.DIBAO, ReportLevel.COUNTY, "410402", JAN).orElseThrow().cumulativePersons()).isEqualTo(3);
    assertThat(r.find(Scheme.DIBAO, ReportLevel.COUNTY, "410422", FEB).orElseThrow().cumulativeRecipients()).isEqualTo(1);
  }

  @Test
  void itemsHeldForReviewAreCountedInTheReconciliationsRunMonthApartFromTheMoney() throws Exception {
    ReportAggregator agg = new ReportAggregator();
    agg.accept(PayoutFixtures.line("h1", JAN, 660)); // Xinhua, dibao
    YearMonth apr = YearMonth.of(2020, 4);
    Beneficiary gone = Beneficiary.household("h-gone");
    List<Reconciliation.HeldMonth> months = List.of(
        new Reconciliation.HeldMonth(JAN, 66_000, 0, Money.ofYuan(660), 0, gone, XINHUA, PayoutFixtures.stamp()),
        new Reconciliation.HeldMonth(FEB, 66_000, 6_000, Money.ofYuan(600), 0, gone, XINHUA, PayoutFixtures.stamp()));
    agg.held(new Reconciliation.ReviewItem(gone, Scheme.DIBAO, HouseholdId.of("h-gone"), List.of(JAN, FEB),
        Money.ofYuan(1_260), "household left the caseload", months), apr);
    agg.held(new Reconciliation.ReviewItem(Beneficiary.household("h2"), Scheme.DIBAO, HouseholdId.of("h2"), List.of(FEB),
        Money.ofYuan(50), "amount lowered", List.of(new Reconciliation.HeldMonth(FEB, 66_000, 61_000, Money.ofYuan(50), 0,
            Beneficiary.household("h2"), XINHUA, PayoutFixtures.stamp()))), apr);
    Report r = agg.build();
    ReportRow county = r.find(Scheme.DIBAO, ReportLevel.COUNTY, "410402", apr).orElseThrow();
    assertThat(county.heldItems()).isEqualTo(2);
    assertThat(county.heldAmount()).isEqualTo(Money.ofYuan(1_310));
    assertThat(county.amount()).isEqualTo(Money.ZERO);
    assertThat(county.cumulativeAmount()).isEqualTo(Money.ofYuan(660));
    ReportRow city = r.find(Scheme.DIBAO, ReportLevel.CITY, "410400", apr).orElseThrow();
    assertThat(city.heldItems()).isEqualTo(2);
    assertThat(city.heldAmount()).isEqualTo(Money.ofYuan(1_310));
    assertThat(r.find(Scheme.DIBAO, ReportLevel.COUNTY, "410402", JAN).orElseThrow().heldItems()).isZero();
    assertThat(r.total()).isEqualTo(Money.ofYuan(660)); // held items move no money
    StringWriter csv = new StringWriter();
    r.writeCsv(csv);
    assertThat(csv.toString().lines().findFirst().orElseThrow()).endsWith(",backPay,recovery,heldItems,heldAmount");
    assertThat(csv.toString()).contains(",2,1310.00\n");
    StringWriter json = new StringWriter();
    r.writeJson(json);
    JsonNode row = null;
    for (JsonNode n : MinzhengJson.mapper().readTree(json.toString()).get("rows")) {
      if (n.get("period").asText().equals("2020-04") && n.get("level").asText().equals("COUNTY")) {
        row = n;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("heldItems").asLong()).isEqualTo(2);
    assertThat(row.get("heldAmount").asText()).isEqualTo("1310.00");

    Reconciliation.ReviewItem undetermined = new Reconciliation.ReviewItem(gone, Scheme.DIBAO, HouseholdId.of("h-gone"),
        List.of(JAN), Money.ZERO, "missing facts: income", List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> agg.held(undetermined, apr))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no month");
  }
}
