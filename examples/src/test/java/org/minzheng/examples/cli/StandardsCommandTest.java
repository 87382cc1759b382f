package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.MinzhengJson;

class StandardsCommandTest {
  @TempDir
  Path dir;

  private final StandardsRegistry tiny = StandardsRegistry.builder().add(TinyStandards.withGap()).build();

  @Test
  void listsModulesRegionsAndClaims() {
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--lang", "en", "--as-of", "2020-06-01");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("tiny 1  tiny test standards  2 regions, 1 claims, 3 values")
        .contains("410482  Ruzhou City  [tiny]")
        .containsPattern("DIBAO\\s+Minimum living guarantee  \\[2019-01-01, ∞\\)  tiny");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void reportsTheGapInMonthsForTheCityAndTheCountyThatInheritsIt() {
    // 520 is in force [2019-01-01, 2019-07-01), 570 from 2020-01-01: months 2019-07 .. 2019-12 have no value
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--lang", "en", "--as-of", "2020-06-01");
    assertThat(r.out()).contains("gaps (months in which a parameter has no value): 1")
        .contains("dibao.standard.urban  2019-07 .. 2019-12  regions 410400, 410482");
  }

  @Test
  void staleDependsOnTheAsOfDate() {
    // 570 took effect 2020-01-01: on 2020-06-01 it is 5 months old, on 2021-06-01 17 months;
    // the minimum payout (from 2019-01-01) is stale on both dates
    CliRun young = CliRun.run(tiny, dir, "", "standards", "--lang", "en", "--as-of", "2020-06-01");
    assertThat(young.out()).contains("effective more than a year before it): 1\n    410400  dibao.minimumPayout = 0.00");
    CliRun old = CliRun.run(tiny, dir, "", "standards", "--lang", "en", "--as-of", "2021-06-01");
    assertThat(old.out()).contains("effective more than a year before it): 2")
        .contains("410400  dibao.standard.urban = 570.00 yuan per person per month  [2020-01-01, ∞)  SEED  tiny");
  }

  @Test
  void defaultAsOfIsTheLatestMonthTheModulesClaimNotToday() {
    // the tiny module's latest value takes effect on 2020-01-01; the injected clock says 2020-11-27
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--lang", "en");
    assertThat(r.out()).contains("(as of 2020-01-01)");
  }

  @Test
  void listsAssumptionsInChineseByDefault() {
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--as-of", "2020-06-01");
    assertThat(r.out()).contains("假设 (数值或生效日期未经来源证实): 1")
        .contains("410400  dibao.minimumPayout = 0.00 元/户/月  [2019-01-01, ∞)  ASSUMPTION  tiny")
        .contains("最低生活保障");
  }

  @Test
  void jsonHasTheSameLints() throws Exception {
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--format", "json", "--as-of", "2021-06-01");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode json = MinzhengJson.mapper().readTree(r.out());
    assertThat(json.get("asOf").asText()).isEqualTo("2021-06-01");
    assertThat(json.get("gaps").get(0).get("from").asText()).isEqualTo("2019-07");
    assertThat(json.get("gaps").get(0).get("to").asText()).isEqualTo("2019-12");
    assertThat(json.get("stale")).hasSize(2);
    assertThat(json.get("assumptions")).hasSize(1);
    assertThat(json.get("claims").get(0).get("effectiveUntil").isNull()).isTrue();
  }

  @Test
  void noStandardsModuleIsOneClearLine() {
    CliRun r = CliRun.run(StandardsRegistry.builder().build(), dir, "", "standards");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng standards: no standards module found");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void badAsOfIsAUsageError() {
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--as-of", "2020-02-30");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'2020-02-30' is not a date").contains("--as-of");
    assertThat(r.errLines()).isEqualTo(1);
  }
}
