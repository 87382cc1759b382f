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
import org.minzheng.json.MinzhengJson;
import org.minzheng.standards2020.Standards2020;

/** {@code minzheng check} and {@code minzheng simulate} end to end. */
class CheckAndSimulateCommandTest {
  static final Path SAMPLES = Path.of("samples").toAbsolutePath();

  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());

  @Test
  void checkPassesTheSampleCases() {
    CliRun r = CliRun.run(registry, SAMPLES, "", "check", "cases");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("2 passed, 0 failed\n");
  }

  @Test
  void aFailingCaseFailsTheCheckWithItsReport() throws Exception {
    String wrong = Files.readString(SAMPLES.resolve("cases/readme-couple.yaml")).replace("\"370.00\"", "\"371.00\"");
    Files.writeString(dir.resolve("wrong.yaml"), wrong);
    CliRun r = CliRun.run(registry, dir, "", "check", "wrong.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL ").contains("Ruzhou").contains("371.00").contains("370.00")
        .endsWith("1 passed, 1 failed\n");
  }

  @Test
  void checkOfNothingIsAnError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    CliRun r = CliRun.run(registry, dir, "", "check", "empty");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng check: no test cases found in empty");
  }

  @Test
  void checkOfAMissingFileIsOneLine() {
    CliRun r = CliRun.run(registry, dir, "", "check", "missing.yaml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("missing.yaml");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void simulateCostsTheUrban600ReformForHouseholdsWorkedByHand() throws Exception {
    Path caseload = Files.writeString(dir.resolve("c.jsonl"),
        MinzhengJson.mapper().writeValueAsString(TestHouseholds.couple()) + "\n"
            + MinzhengJson.mapper().writeValueAsString(TestHouseholds.elder()) + "\n"
            + MinzhengJson.mapper().writeValueAsString(TestHouseholds.rural()) + "\n");
    CliRun r = CliRun.run(registry, dir, "", "simulate", "--reform", SAMPLES.resolve("reform-urban-600.json").toString(),
        "--caseload", caseload.toString(), "--price-index", "none", "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode o = MinzhengJson.mapper().readTree(r.out());
    assertThat(o.get("reform").asText()).isEqualTo("reform-urban-600");
    // dibao: couple 306.67 → 366.67 (+60.00); extreme poverty: elder 836.00 → 875.00 (+39.00); rural unchanged
    assertThat(o.get("difference").asText()).isEqualTo("99.00");
    assertThat(o.get("result").get("gaining").asLong()).isEqualTo(2);
    assertThat(o.get("result").get("unchanged").asLong()).isEqualTo(1);
    JsonNode dibao = o.get("schemeTotals").get(0);
    assertThat(dibao.get("scheme").asText()).isEqualTo("DIBAO");
    // 306.67 + 255.00 = 561.67 → 366.67 + 255.00 = 621.67
    assertThat(dibao.get("baselineAmount").asText()).isEqualTo("561.67");
    assertThat(dibao.get("reformAmount").asText()).isEqualTo("621.67");
  }

  @Test
  void simulateCostsTheTemporaryAssistanceCasesApprovedInTheMonth() throws Exception {
    org.minzheng.household.Household couple = TestHouseholds.couple();
    java.util.function.Function<java.time.LocalDate, String> line = approved -> {
      try {
        return MinzhengJson.mapper().writeValueAsString(new org.minzheng.testkit.CaseloadHousehold(couple, List.of(),
            java.util.Optional.of(new org.minzheng.household.TemporaryAssistanceCase("TA-" + approved, couple.id(),
                couple.region(), couple.residenceType(), 2, org.minzheng.household.AssistanceCause.SUDDEN_EVENT, 3,
                approved))));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    };
    Path caseload = Files.writeString(dir.resolve("ta.jsonl"),
        line.apply(java.time.LocalDate.of(2020, 9, 10)) + "\n" + line.apply(java.time.LocalDate.of(2020, 8, 31)) + "\n");
    CliRun r = CliRun.run(registry, dir, "", "simulate", "--reform", SAMPLES.resolve("reform-urban-600.json").toString(),
        "--caseload", caseload.toString(), "--price-index", "none", "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode o = MinzhengJson.mapper().readTree(r.out());
    JsonNode ta = null;
    for (JsonNode t : o.get("schemeTotals")) {
      if (t.get("scheme").asText().equals("TEMPORARY_ASSISTANCE")) {
        ta = t;
      }
    }
    // only the September case: urban standard × 2 persons × 3 months: 570 × 6 = 3,420.00 → 600 × 6 = 3,600.00;
    // the August case is not in the month costed
    assertThat(ta).as(r.out()).isNotNull();
    assertThat(ta.get("baselineAmount").asText()).isEqualTo("3420.00");
    assertThat(ta.get("reformAmount").asText()).isEqualTo("3600.00");
    assertThat(ta.get("baselineRecipients").asLong()).isEqualTo(1);
    // the couple's dibao rises by 60.00 in each of the two lines, and the September case by 180.00
    assertThat(o.get("difference").asText()).isEqualTo("300.00");
    assertThat(o.get("result").get("gaining").asLong()).isEqualTo(2);
  }

  @Test
  void simulateTextOverTheSample() {
    CliRun r = CliRun.run(registry, dir, "", "simulate", "--reform", SAMPLES.resolve("reform-urban-600.json").toString(),
        "--lang", "en");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Reform costing reform-urban-600: ")
        .contains("Month 2020-09; data: synthetic sample (seed 20201127, scale 0.01)")
        .containsPattern("Households: [\\d,]+ gaining, 0 losing");
  }

  @Test
  void aReformThatIsNotAStandardsDocumentIsOneLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"module\": \"r\", \"format\": \"minzheng-standards/1\"}");
    CliRun r = CliRun.run(registry, dir, "", "simulate", "--reform", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng simulate: the standards cannot be loaded: ");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void simulateNeedsAReform() {
    CliRun r = CliRun.run(registry, dir, "", "simulate");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--reform");
  }
}
