package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standards2020.Standards2020;

/** {@code minzheng calc} end to end, on the sample files under {@code examples/samples}. */
class CalcCommandTest {
  static final Path SAMPLES = Path.of("samples").toAbsolutePath();

  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());

  private CliRun calc(String stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "calc";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(registry, SAMPLES, stdin, all);
  }

  @Test
  void textInEnglishShowsEveryResultWithItsExplanation() {
    CliRun r = calc("", "--month", "2020-10", "--lang", "en", "household-urban-couple.json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // urban 2020: 570.00 × 2 − 10,000 ÷ 12 = 306.67
    assertThat(r.out()).contains("Minimum living guarantee  household 410402-000123: eligible 306.67 yuan")
        .contains("Extreme-poverty support  member 410402********0014: ineligible")
        .contains("dibao.standard.urban = 570.00")
        .contains("Total 306.67 yuan")
        .contains("standards-2020 2020.1");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void textInChineseIsTheDefault() {
    CliRun r = calc("", "--month", "2020-10", "household-urban-couple.json");
    assertThat(r.out()).contains("最低生活保障  家庭 410402-000123: 符合 306.67 元").contains("合计 306.67 元");
  }

  @Test
  void jsonIsTheResultWithMoneyAsStrings() throws Exception {
    CliRun r = calc("", "--month", "2020-10", "--format", "json", "household-urban-couple.json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode json = MinzhengJson.mapper().readTree(r.out());
    assertThat(json.get("householdId").asText()).isEqualTo("410402-000123");
    JsonNode dibao = json.get("results").get(0);
    assertThat(dibao.get("scheme").asText()).isEqualTo("DIBAO");
    assertThat(dibao.get("amount").isTextual()).isTrue();
    assertThat(dibao.get("amount").asText()).isEqualTo("306.67");
  }

  @Test
  void readsTheHouseholdFromStandardInput() throws Exception {
    String json = Files.readString(SAMPLES.resolve("household-urban-couple.json"));
    CliRun r = calc(json, "--month", "2020-10", "--lang", "en", "-");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("eligible 306.67 yuan");
  }

  @Test
  void readsOneHouseholdOfACsvFileChosenById() {
    CliRun r = calc("", "--month", "2020-10", "--lang", "en", "--id", "410402-000123", "households.csv");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // the same couple as household-urban-couple.json: 570.00 × 2 − 10,000 ÷ 12 = 306.67
    assertThat(r.out()).contains("Minimum living guarantee  household 410402-000123: eligible 306.67 yuan");
  }

  @Test
  void aCsvFileOfSeveralHouseholdsNeedsAnId() {
    CliRun r = calc("", "--month", "2020-10", "households.csv");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("minzheng calc: households.csv holds 4 households; name one with --id\n");
    CliRun unknown = calc("", "--month", "2020-10", "--id", "nobody", "households.csv");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("minzheng calc: households.csv: no household nobody among its 4\n");
  }

  @Test
  void aPriceIndexTriggersThePriceSubsidy() {
    // September 2020 sample: food CPI 7.9% ≥ 6.0% triggers; CPI 1.7% does not.
    // each covered member (both are in a dibao household): 570.00 × 7.9% = 45.03 → 45 (HALF_UP to the yuan)
    // total: 306.67 + 45 + 45 = 396.67
    CliRun r = calc("", "--month", "2020-09", "--lang", "en", "--price-index", "price-index-2020.json",
        "household-urban-couple.json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Price-linked temporary subsidy  member 410402********0014: eligible 45.00 yuan")
        .contains("Price-linked temporary subsidy  member 410402********0023: eligible 45.00 yuan")
        .contains("Total 396.67 yuan");
  }

  @Test
  void withoutAPriceIndexTheSubsidyIsUndeterminedNamingTheMissingFact() {
    CliRun r = calc("", "--month", "2020-09", "--lang", "en", "--price-index", "none", "household-urban-couple.json");
    assertThat(r.out()).contains("Price-linked temporary subsidy  member 410402********0014: undetermined")
        .contains("missing: ");
  }

  @Test
  void aMissingFileIsOneLineExit1() {
    CliRun r = calc("", "--month", "2020-10", "no-such.json");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("minzheng calc: no such file: " + SAMPLES.resolve("no-such.json") + "\n");
  }

  @Test
  void aBadMonthIsAUsageError() {
    CliRun r = calc("", "--month", "2020-13", "household-urban-couple.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--month").contains("'2020-13' is not a month");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aMissingMonthIsAUsageError() {
    CliRun r = calc("", "household-urban-couple.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--month");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void moneyAsANumberNamesTheField() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"h1\", \"region\": \"410402\", \"residenceType\": "
        + "\"URBAN\",\n \"members\": [{\"id\": \"410402198001010014\",\n \"incomes\": [{\"category\": \"WAGES\", \"amount\": 10000.5}]}]}");
    CliRun r = calc("", "--month", "2020-10", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng calc: " + bad + ": not a valid household: at members[0].incomes[0].amount")
        .contains("decimal-yuan string");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aWrongCheckCharacterNamesTheField() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad-id.json"), "{\"id\": \"h1\", \"region\": \"410402\", \"residenceType\": "
        + "\"URBAN\", \"members\": [{\"id\": \"410402198001010015\"}]}");
    CliRun r = calc("", "--month", "2020-10", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("at members[0].id").contains("410402198001010015");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void anUnknownFieldIsNamed() throws Exception {
    Path bad = Files.writeString(dir.resolve("typo.json"), "{\"id\": \"h1\", \"region\": \"410402\", \"residenceType\": "
        + "\"URBAN\", \"members\": [{\"id\": \"410402198001010014\", \"hasCapableSuporter\": true}]}");
    CliRun r = calc("", "--month", "2020-10", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("at members[0].hasCapableSuporter").contains("unknown field \"hasCapableSuporter\"")
        .contains("hasCapableSupporter");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws Exception {
    Path bad = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"h1\",\n \"region\": }");
    CliRun r = calc("", "--month", "2020-10", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("(line 2, column");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void anUnknownRegionIsOneLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("beijing.json"), "{\"id\": \"h1\", \"region\": \"110105\", \"residenceType\": "
        + "\"URBAN\", \"assetsWithinLimits\": true, \"members\": [{\"id\": \"11010519491231002X\"}]}");
    CliRun r = calc("", "--month", "2020-10", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng calc: unknown region code 110105");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aMonthBeforeAnyStandardIsOneLine() {
    CliRun r = calc("", "--month", "2018-06", "household-urban-couple.json");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng calc: ").contains("2018");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aMonthAfterTheKnowledgeDateIsMarkedAsAProjection() {
    CliRun r = calc("", "--month", "2020-12", "--lang", "en", "household-urban-couple.json"); // the clock says 2020-11-27
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("PROJECTION: 2020-12 begins after the knowledge date 2020-11-27");
    assertThat(calc("", "--month", "2020-10", "--lang", "en", "household-urban-couple.json").out()).doesNotContain("PROJECTION");
  }

  @Test
  void aMonthBeyondTheStandardsHorizonIsRefusedNamingIt() {
    for (String month : new String[] {"9999-12", "+999999999-12"}) {
      CliRun r = calc("", "--month", month, "--lang", "en", "household-urban-couple.json");
      assertThat(r.exitCode()).as(r.toString()).isNotZero();
      assertThat(r.err()).as(r.toString()).contains("speak for days before").doesNotContain("internal error");
    }
  }
}
