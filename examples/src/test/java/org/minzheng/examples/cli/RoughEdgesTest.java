package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.TestHouseholds;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.RegionCode;
import org.minzheng.standards2020.Standards2020;

/**
 * The command line's rough edges found by a newcomer (issue 13): each test failed before its fix.
 */
class RoughEdgesTest {
  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());

  private CliRun cli(String... args) {
    return CliRun.run(registry, dir, "", args);
  }

  private Path caseload(String name, Household... households) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (Household h : households) {
      sb.append(MinzhengJson.mapper().writeValueAsString(h)).append('\n');
    }
    return Files.writeString(dir.resolve(name), sb.toString());
  }

  private static Household elsewhere(Household h, String id) {
    return new Household.Builder().from(h).id(org.minzheng.household.HouseholdId.of(id)).region(RegionCode.of("110105")).build();
  }

  @Test
  void aNegativeHouseholdCountIsAUsageError() {
    CliRun r = cli("payroll", "--households", "-5");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--households must be at least 1, not -5");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void aMonthWithoutStandardsSaysSoAndFails() {
    CliRun r = cli("payroll", "--month", "2018-05", "--out", "o");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("no standards for 2018-01 to 2018-05").contains("standards-2020").contains("2019-01 onwards");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void anUnknownRegionNamesFileLineAndHousehold() throws Exception {
    Household good = TestHouseholds.couple();
    Path file = caseload("c.jsonl", good, elsewhere(good, "BJ-1"));
    CliRun r = cli("payroll", "--caseload", file.toString(), "--month", "2020-01", "--out", "o");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng payroll: " + file + " line 2, household BJ-1: unknown region code 110105");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void skipLeavesBadHouseholdsOutListsThemAndSaysHowMany() throws Exception {
    Household good = TestHouseholds.couple();
    String bad = MinzhengJson.mapper().writeValueAsString(good).replace("\"URBAN\"", "\"URBN\"");
    Path file = caseload("c.jsonl", good, elsewhere(good, "BJ-1"), elsewhere(good, "BJ-2"));
    Files.writeString(file, bad + "\n", UTF_8, java.nio.file.StandardOpenOption.APPEND);
    CliRun r = cli("payroll", "--caseload", file.toString(), "--month", "2020-02", "--out", "o", "--on-error", "skip",
        "--lang", "en");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("3 households left out (--on-error skip), each with its reasons in o/rejects.csv");
    String rejects = Files.readString(dir.resolve("o").resolve("rejects.csv"), UTF_8);
    assertThat(rejects.lines()).hasSize(4).first().isEqualTo("where,household,reasons");
    assertThat(rejects).contains(file + " line 2,BJ-1,unknown region code 110105")
        .contains(file + " line 3,BJ-2,unknown region code 110105")
        .contains(file + " line 4,").contains("'URBN' is not one of [URBAN, RURAL]");
    assertThat(r.out()).contains("1 households");
  }

  @Test
  void calcAndPayrollHaveOnePriceIndexDefaultStatedInBothHelps() {
    for (String command : new String[] {"calc", "payroll"}) {
      CliRun help = cli(command, "--help");
      String text = help.out().replaceAll("\\s+", " ");
      assertThat(text).as(command).contains("sample (the default): the embedded national 2020 sample");
    }
    CliRun calc = CliRun.run(registry, CalcCommandTest.SAMPLES, "", "calc", "--month", "2020-09", "--lang", "en",
        "household-urban-couple.json");
    assertThat(calc.out()).contains("Price-linked temporary subsidy  member 410402********0014: eligible");
  }

  @Test
  void calcMasksResidentIdsEverywhereUnlessShowIds() {
    CliRun masked = CliRun.run(registry, CalcCommandTest.SAMPLES, "", "calc", "--month", "2020-09", "--lang", "en",
        "household-urban-couple.json");
    assertThat(masked.exitCode()).as(masked.toString()).isZero();
    assertThat(masked.out()).contains("410402********0014").doesNotContain("410402198001010014");
    CliRun shown = CliRun.run(registry, CalcCommandTest.SAMPLES, "", "calc", "--month", "2020-09", "--lang", "en",
        "--show-ids", "household-urban-couple.json");
    assertThat(shown.out()).contains("410402198001010014").doesNotContain("********");
  }

  @Test
  void theCommandListShowsWholeSentences() {
    CliRun r = cli("--help");
    assertThat(r.exitCode()).isZero();
    String list = r.out().substring(r.out().indexOf("Commands:"));
    Matcher m = Pattern.compile("(?m)^  (\\w+)\\s+(.*(?:\\n {6,}.*)*)").matcher(list);
    int commands = 0;
    while (m.find()) {
      commands++;
      assertThat(m.group(2).replaceAll("\\s+", " ").strip()).as(m.group(1)).endsWith(".");
    }
    assertThat(commands).isGreaterThanOrEqualTo(6);
    assertThat(list).doesNotContain("over the\n");
  }

  @Test
  void versionIsTheArtifactVersion() throws Exception {
    CliRun r = cli("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).isEqualTo("minzheng " + MinzhengCli.Version.artifactVersion());
    assertThat(r.out().strip()).matches("minzheng \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void withoutATerminalAProgressLineIsWrittenEveryFewSeconds() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress p = Progress.of(false, new PrintWriter(err), 3, now::get);
    p.step("2020-01");
    now.addAndGet(Progress.LINE_EVERY_NANOS - 1);
    p.step("2020-02");
    assertThat(err.toString()).isEmpty();
    now.addAndGet(2);
    p.step("2020-03");
    p.done();
    assertThat(err.toString()).isEqualTo("progress: 2020-03 (3/3), 0 households, 5.0 s" + System.lineSeparator());
  }

  @Test
  void checkRunsOneCaseByNameAndWritesJUnitXml() throws Exception {
    Path cases = Files.writeString(dir.resolve("c.yaml"), """
        name: one
        month: 2020-10
        household: {id: R1, region: "410402", residenceType: URBAN, assetsWithinLimits: true,
          members: [{id: "410402199003150111", hukouRegion: "410402", hasCapableSupporter: true}]}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "570.00", payee: household}]
        ---
        name: two
        month: 2020-10
        household: {id: R2, region: "410402", residenceType: URBAN, assetsWithinLimits: true,
          members: [{id: "410402199003150111", hukouRegion: "410402", hasCapableSupporter: true}]}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "1.00"}]
        """, UTF_8);
    CliRun one = cli("check", "--case", "one", "--junit-xml", "r.xml", cases.toString());
    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(one.out()).isEqualTo("1 passed, 0 failed\n");
    assertThat(Files.readString(dir.resolve("r.xml"))).contains("tests=\"1\" failures=\"0\"").contains("name=\"one\"");
    CliRun none = cli("check", "--case", "three", cases.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("no case named 'three'");
  }
}
