package org.minzheng.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner reports a wrong expectation with expected, actual and the explanation, and counts. */
class CaseRunnerTest {

  private static final String CASES = """
      name: right
      month: 2020-10
      household:
        id: R1
        region: "410402"
        residenceType: URBAN
        assetsWithinLimits: true
        members:
          - {id: "410402199003150111", hukouRegion: "410402", hasCapableSupporter: true, incomes: [{category: WAGES, amount: "10000.00"}]}
      # one person: 10,000 / 12 = 833.33… ≥ 570.00 → INELIGIBLE
      expect:
        DIBAO: [{beneficiary: household, status: INELIGIBLE}]
      ---
      name: wrong amount
      month: 2020-10
      household:
        id: R2
        region: "410402"
        residenceType: URBAN
        assetsWithinLimits: true
        members:
          - {id: "410402199003150111", hukouRegion: "410402", hasCapableSupporter: true}
      # the right amount is 570.00; 571.00 is deliberately wrong
      expect:
        DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "571.00", payee: household}]
      """;

  @Test
  void aFailingCaseShowsExpectedActualAndTheExplanation(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("two.yaml");
    Files.writeString(f, CASES);
    List<CaseResult> results = CaseRunner.installed().runAll(List.of(f));
    assertThat(results).extracting(CaseResult::passed).containsExactly(true, false);
    String report = results.get(1).report();
    assertThat(report).startsWith("FAIL two.yaml :: wrong amount")
        .contains("DIBAO household: amount differ")
        .contains("expected ELIGIBLE 571.00 payee household")
        .contains("actual   ELIGIBLE 570.00 payee HOUSEHOLD:R2")
        .contains("explanation:")
        .contains("dibao.standard.urban = 570.00");
  }

  @Test
  void theCommandLineEndsWithTheCounts(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("two.yaml");
    Files.writeString(f, CASES);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = CaseRunner.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(1);
    assertThat(text).contains("FAIL two.yaml :: wrong amount");
    assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("1 passed, 1 failed");
  }

  @Test
  void noArgumentsIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CaseRunner.run(List.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: CaseRunner");
  }

  private static final String PERSON = "{id: \"410402199003150111\", hukouRegion: \"410402\", hasCapableSupporter: true, "
      + "incomes: [{category: WAGES, amount: \"10000.00\"}]}";

  private static String oneCase(String name, String residence, String personId, String expectation) {
    return "name: " + name + "\nmonth: 2020-10\nhousehold:\n  id: R1\n  region: \"410402\"\n  residenceType: " + residence
        + "\n  assetsWithinLimits: true\n  members:\n    - " + PERSON.replace("410402199003150111", personId)
        + "\nexpect:\n  DIBAO: [" + expectation + "]\n";
  }

  @Test
  void anExpectedPayeeIsCheckedWhenTheResultHasNone(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("payee.yaml");
    // INELIGIBLE: no payee; the case says there is one
    Files.writeString(f, oneCase("payee missing", "URBAN", "410402199003150111",
        "{beneficiary: household, status: INELIGIBLE, payee: household}"));
    List<CaseResult> results = CaseRunner.installed().runAll(List.of(f));
    assertThat(results).extracting(CaseResult::passed).containsExactly(false);
    assertThat(results.get(0).report()).contains("payee differ").contains("expected INELIGIBLE payee household");
  }

  @Test
  void aYamlNumberIsRefusedForAnAmount(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("number.yaml");
    Files.writeString(f, oneCase("amount as a number", "URBAN", "410402199003150111",
        "{beneficiary: household, status: ELIGIBLE, amount: 355}"));
    assertThatThrownBy(() -> CaseRunner.installed().runAll(List.of(f)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number.yaml").hasMessageContaining("amount")
        .hasMessageContaining("decimal-yuan string");
  }

  @Test
  void anInvalidResidentIdIsInvalidInputNamingTheFieldAndValue(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("id.yaml");
    Files.writeString(f, oneCase("bad id", "URBAN", "4104021990", "{beneficiary: household, status: INELIGIBLE}"));
    String report = CaseRunner.installed().runAll(List.of(f)).get(0).report();
    assertThat(report).contains("unexpected InvalidInputException: at members[0].id")
        .contains("resident ID '4104021990' is not 17 digits")
        .doesNotContain("ValueInstantiation").doesNotContain("org.minzheng").doesNotContain("Immutable");
  }

  @Test
  void aBadEnumIsInvalidInputInTheUsersWords(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("enum.yaml");
    Files.writeString(f, oneCase("bad enum", "URBN", "410402199003150111", "{beneficiary: household, status: INELIGIBLE}"));
    String report = CaseRunner.installed().runAll(List.of(f)).get(0).report();
    assertThat(report).contains("unexpected InvalidInputException: at residenceType")
        .contains("'URBN' is not one of [URBAN, RURAL]").doesNotContain("org.minzheng").doesNotContain("Cannot deserialize");
  }

  @Test
  void oneCaseRunsByNameAndAJUnitXmlReportIsWritten(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("two.yaml");
    Files.writeString(f, CASES);
    Path xml = dir.resolve("report.xml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = CaseRunner.run(List.of("--case", "wrong amount", "--junit-xml", xml.toString(), dir.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("0 passed, 1 failed\n");
    String report = Files.readString(xml);
    assertThat(report).contains("<testsuite name=\"minzheng cases\" tests=\"1\" failures=\"1\"")
        .contains("<testcase classname=\"two.yaml\" name=\"wrong amount\">").contains("<failure message=\"DIBAO household: amount differ\"");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(CaseRunner.run(List.of("--case", "no such", dir.toString()), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no case named 'no such'").contains("two.yaml :: right");
  }
}
