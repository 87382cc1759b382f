package org.minzheng.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

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
}
