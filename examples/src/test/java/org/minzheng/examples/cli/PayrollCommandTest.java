package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.TestHouseholds;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standards2020.Standards2020;

/** {@code minzheng payroll} end to end: the main job on the sample, and small caseload files worked by hand. */
class PayrollCommandTest {
  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());

  private CliRun payroll(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "payroll";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(registry, dir, "", all);
  }

  /** Plain households, one JSON object a line: enrolled in every scheme, paid whatever they are entitled to. */
  private Path caseload(Household... households) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (Household h : households) {
      sb.append(MinzhengJson.mapper().writeValueAsString(h)).append('\n');
    }
    return Files.writeString(dir.resolve("caseload.jsonl"), sb.toString());
  }

  @Test
  void withNoArgumentsItRunsJanuaryToSeptember2020OverTheSample() throws Exception {
    CliRun r = payroll();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("平顶山市 社会救助发放汇总  2020年9月 (累计自2020年1月)\n")
        .contains("逐月发放 2020-01 至 2020-09")
        .contains("最低生活保障").contains("全市合计").contains("截至2020年9月底，已累计为")
        // the seed's facility and community work, from the sample data through the institution machinery
        .contains("规划7个综合养老服务中心、30个老年人日间照料中心，已建成23个，在建14个")
        .contains("规划60个农村幸福院，已建成33个")
        .contains("7座城市公益性公墓建设任务，完成初步选址的有5座，66座乡镇示范性农村公益性公墓建设任务，完成初步选址的有18座")
        .contains("双重预防体系选定的44家建设单位，已完成建设35家")
        .contains("将城市区117个社区划分1340个网格，选聘专职网格员996人，下沉199名骨干担任社区网格联络员")
        .contains("新华区、湛河区、卫东区、城乡一体化示范区、郏县、石龙区均已出台对应的实施方案")
        .contains("申报在院");
    Path out = dir.resolve("minzheng-out").resolve("payroll-2020-09");
    assertThat(out.resolve("payouts.ledger")).isNotEmptyFile();
    assertThat(Files.readAllLines(out.resolve("report.csv")).get(0)).startsWith("scheme,level,key,period,recipients");
    JsonNode report = MinzhengJson.mapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.get("rows").size()).isPositive();
    assertThat(r.errWithoutProgress()).isEmpty();
  }

  @Test
  void countiesAddUpToTheCityInTheJsonSummary() throws Exception {
    CliRun r = payroll("--format", "json", "--month", "2020-02", "--out", "json-run");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode s = MinzhengJson.mapper().readTree(r.out());
    assertThat(s.get("month").asText()).isEqualTo("2020-02");
    // January and February, each a regular run and a run of the temporary-assistance cases approved in that month
    assertThat(s.get("runs")).hasSize(4);
    for (JsonNode city : s.get("city")) {
      long counties = 0;
      for (JsonNode c : s.get("counties")) {
        if (c.get("scheme").equals(city.get("scheme")) && c.get("period").equals(city.get("period"))) {
          counties += new java.math.BigDecimal(c.get("amount").asText()).movePointRight(2).longValueExact();
        }
      }
      assertThat(counties).as(city.toString())
          .isEqualTo(new java.math.BigDecimal(city.get("amount").asText()).movePointRight(2).longValueExact());
    }
  }

  @Test
  void aSmallCaseloadWorkedByHand() throws Exception {
    Path file = caseload(TestHouseholds.couple(), TestHouseholds.elder(),
        TestHouseholds.rural());
    CliRun r = payroll("--caseload", file.toString(), "--month", "2020-03", "--price-index", "none", "--lang", "en",
        "--format", "json", "--out", "small");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode s = MinzhengJson.mapper().readTree(r.out());
    assertThat(s.get("households").asLong()).isEqualTo(3);
    // dibao, Xinhua (the couple): 306.67 a month for January..March = 920.01, 2 persons × 3 months = 6 person-times
    JsonNode xinhua = row(s.get("counties"), "DIBAO", "410402", "2020-03");
    assertThat(xinhua.get("amount").asText()).isEqualTo("306.67");
    assertThat(xinhua.get("cumulativeAmount").asText()).isEqualTo("920.01");
    assertThat(xinhua.get("cumulativePersonTimes").asLong()).isEqualTo(6);
    assertThat(xinhua.get("recipients").asLong()).isEqualTo(1);
    // extreme poverty, Zhanhe (the elder): 1.3 × 570 + 5% × 1,900 = 741.00 + 95.00 = 836.00 a month; 2,508.00 for
    // three months
    assertThat(row(s.get("counties"), "EXTREME_POVERTY", "410411", "2020-03").get("cumulativeAmount").asText())
        .isEqualTo("2508.00");
    // dibao, Lushan (rural): 355.00 − 1,200 / 12 = 255.00 a month; 765.00 for three months
    assertThat(row(s.get("counties"), "DIBAO", "410423", "2020-03").get("cumulativeAmount").asText()).isEqualTo("765.00");
    // the city: 306.67 + 255.00 = 561.67 in March
    assertThat(row(s.get("city"), "DIBAO", "410400", "2020-03").get("amount").asText()).isEqualTo("561.67");
    // no price index: the covered persons' subsidy is undetermined, so not paid: the couple and the rural man
    // (dibao members) and the elder (extreme poverty), 4 persons × 3 months
    long undetermined = 0;
    for (JsonNode run : s.get("runs")) {
      undetermined += run.get("undetermined").asLong();
    }
    assertThat(undetermined).isEqualTo(12);
  }

  @Test
  void theSamplePriceIndexPaysThePriceSubsidy() throws Exception {
    Path file = caseload(TestHouseholds.couple());
    CliRun r = payroll("--caseload", file.toString(), "--month", "2020-01", "--format", "json", "--out", "price");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode s = MinzhengJson.mapper().readTree(r.out());
    // January 2020: CPI 5.4% and food 20.6% both trigger; the larger: 570.00 × 20.6% = 117.42 → 117 yuan per member
    JsonNode price = row(s.get("counties"), "PRICE_SUBSIDY", "410402", "2020-01");
    assertThat(price.get("amount").asText()).isEqualTo("234.00");
    assertThat(price.get("recipients").asLong()).isEqualTo(2);
  }

  @Test
  void runningAgainIntoTheSameLedgerPaysNothingTwice() throws Exception {
    Path file = caseload(TestHouseholds.couple(), TestHouseholds.rural());
    CliRun first = payroll("--caseload", file.toString(), "--month", "2020-02", "--lang", "en", "--out", "again");
    CliRun second = payroll("--caseload", file.toString(), "--month", "2020-02", "--lang", "en", "--out", "again");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(first.out()).contains("lines recorded, 0 duplicates skipped");
    assertThat(second.out()).contains("0 lines recorded").doesNotContain(" 0 duplicates skipped");
    // same table, same totals
    assertThat(second.out().lines().filter(l -> l.contains("city total")).toList())
        .isEqualTo(first.out().lines().filter(l -> l.contains("city total")).toList());
    CliRun fresh = payroll("--caseload", file.toString(), "--month", "2020-02", "--lang", "en", "--out", "again", "--fresh");
    assertThat(fresh.out()).contains("0 duplicates skipped");
  }

  @Test
  void aSyntheticCaseloadOfAGivenSize() {
    CliRun r = payroll("--households", "400", "--from", "2020-09", "--lang", "en", "--out", "synthetic");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // the sample's proportions at the scale that gives about 400 households
    assertThat(r.out()).containsPattern("Data: synthetic caseload \\(seed 20201127, scale 0\\.00\\d+\\), (39\\d|40\\d|41\\d) households");
  }

  @Test
  void aBadLineOfTheCaseloadNamesLineAndField() throws Exception {
    String good = MinzhengJson.mapper().writeValueAsString(TestHouseholds.couple());
    Path file = Files.writeString(dir.resolve("bad.jsonl"), good + "\n\n" + good.replace("\"WAGES\"", "\"WAGE\"") + "\n");
    CliRun r = payroll("--caseload", file.toString(), "--month", "2020-01");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng payroll: " + file + " line 3: not a valid household: at members[0].incomes[0].category")
        .contains("WAGE");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aCsvCaseloadGivesTheSameSummaryAsTheSameHouseholdsAsJsonLines() throws Exception {
    Household[] hs = {TestHouseholds.couple(), TestHouseholds.elder(), TestHouseholds.rural()};
    java.io.StringWriter csv = new java.io.StringWriter();
    org.minzheng.json.HouseholdCsv.write(List.of(hs), csv);
    Path csvFile = Files.writeString(dir.resolve("caseload.csv"), csv.toString());
    CliRun fromCsv = payroll("--caseload", csvFile.toString(), "--month", "2020-03", "--format", "json", "--out", "csv");
    CliRun fromJson = payroll("--caseload", caseload(hs).toString(), "--month", "2020-03", "--format", "json", "--out", "jsonl");
    assertThat(fromCsv.exitCode()).as(fromCsv.toString()).isZero();
    JsonNode a = MinzhengJson.mapper().readTree(fromCsv.out());
    JsonNode b = MinzhengJson.mapper().readTree(fromJson.out());
    assertThat(a.get("households").asLong()).isEqualTo(3);
    assertThat(a.get("counties")).isEqualTo(b.get("counties"));
    assertThat(a.get("city")).isEqualTo(b.get("city"));
    assertThat(a.get("caseload").asText()).isEqualTo("file " + csvFile);
  }

  @Test
  void aFileCaseloadPrintsNoSampleFacilities() throws Exception {
    CliRun r = payroll("--caseload", caseload(TestHouseholds.elder()).toString(), "--month", "2020-01", "--out", "own");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("截至2020年1月底").doesNotContain("样例数据").doesNotContain("申报在院");
  }

  @Test
  void theSampleCsvFileWorkedByHand() throws Exception {
    Path file = Path.of("samples", "households.csv").toAbsolutePath();
    CliRun r = payroll("--caseload", file.toString(), "--month", "2020-09", "--format", "json", "--out", "sample-csv");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode s = MinzhengJson.mapper().readTree(r.out());
    assertThat(s.get("households").asLong()).isEqualTo(4);
    // Lushan, rural, 2 persons: 355 × 2 − (6,000 wages + 1,200 transfer) / 12 = 710 − 600 = 110.00 a month, 9 months
    assertThat(row(s.get("counties"), "DIBAO", "410423", "2020-09").get("cumulativeAmount").asText()).isEqualTo("990.00");
    // Zhanhe: 80 on 2020-03-01, so the old-age allowance of 50 is paid from April: 6 months
    assertThat(row(s.get("counties"), "OLD_AGE_ALLOWANCE", "410411", "2020-09").get("cumulativeAmount").asText())
        .isEqualTo("300.00");
    // Lushan: intellectual disability grade 2, aged 15, in a dibao household: living subsidy 60; nursing subsidy 60,
    // not 100, because 100 needs an age of 16-59
    assertThat(row(s.get("counties"), "DISABILITY_LIVING_SUBSIDY", "410423", "2020-09").get("amount").asText()).isEqualTo("60.00");
    assertThat(row(s.get("counties"), "DISABILITY_NURSING_SUBSIDY", "410423", "2020-09").get("amount").asText()).isEqualTo("60.00");
  }

  @Test
  void aBadCellOfACsvCaseloadNamesRowColumnAndValue() throws Exception {
    java.io.StringWriter csv = new java.io.StringWriter();
    org.minzheng.json.HouseholdCsv.write(List.of(TestHouseholds.couple(), TestHouseholds.rural()), csv);
    String[] lines = csv.toString().split("\n");
    lines[3] = lines[3].replace("RURAL", "RURL");
    Path file = Files.writeString(dir.resolve("bad.csv"), String.join("\n", lines) + "\n");
    CliRun r = payroll("--caseload", file.toString(), "--month", "2020-01");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng payroll: " + file + " row 4, household r: column residence_type: 'RURL': not one of [URBAN, RURAL]");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aHouseholdListedTwiceStopsTheRunAndRecordsNothing() throws Exception {
    Household couple = TestHouseholds.couple();
    Path file = caseload(couple, TestHouseholds.rural(), couple);
    CliRun r = payroll("--caseload", file.toString(), "--month", "2020-01", "--out", "twice");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng payroll: invalid input: payout 2020-01|DIBAO|HOUSEHOLD:" + couple.id()
        + "|REGULAR (household " + couple.id() + ") is already in this run");
    assertThat(r.errLines()).isEqualTo(1);
    try (org.minzheng.payout.FileLedger ledger = org.minzheng.payout.FileLedger.open(
        dir.resolve("twice").resolve("payouts.ledger"))) {
      assertThat(ledger.runs()).isEmpty();
    }
  }

  @Test
  void aMissingCaseloadIsOneLine() {
    CliRun r = payroll("--caseload", "nowhere.jsonl");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("minzheng payroll: no such file: " + dir.resolve("nowhere.jsonl") + "\n");
  }

  @Test
  void usageErrorsExit2() {
    for (List<String> args : List.of(List.of("--from", "2020-10"), List.of("--caseload", "a", "--households", "5"),
        List.of("--month", "September"), List.of("--households", "many"))) {
      CliRun r = payroll(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(args + "\n" + r).isEqualTo(2);
      assertThat(r.errLines()).as(args + "\n" + r).isEqualTo(1);
    }
  }

  private static JsonNode row(JsonNode rows, String scheme, String key, String period) {
    for (JsonNode r : rows) {
      if (r.get("scheme").asText().equals(scheme) && r.get("key").asText().equals(key)
          && r.get("period").asText().equals(period)) {
        return r;
      }
    }
    throw new AssertionError("no row " + scheme + " " + key + " " + period + " in " + rows);
  }

  @Test
  void aMonthAfterTheCurrentMonthIsNotPaid() {
    for (String month : new String[] {"2020-12", "9999-12", "+999999999-12"}) { // the clock says 2020-11-27
      CliRun r = payroll("--month", month);
      assertThat(r.exitCode()).as(r.toString()).isNotZero();
      assertThat(r.err()).contains("is after the current month 2020-11");
    }
  }
}
