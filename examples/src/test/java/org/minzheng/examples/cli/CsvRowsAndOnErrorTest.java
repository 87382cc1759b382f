package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.TestHouseholds;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.FileLedger;
import org.minzheng.standards2020.Standards2020;

/**
 * A CSV caseload's bad households are named by their rows (header = row 1) and id, whether found reading the file,
 * checking the household or calculating it; and {@code --on-error stop|skip} on {@code simulate} and
 * {@code reconcile} (stop only) as on {@code payroll}.
 */
class CsvRowsAndOnErrorTest {
  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());

  private static final String HEADER = "household_id,region,residence_type,assets_within_limits,resident_id,"
      + "has_capable_supporter,income_wages\n";
  /** Rows 2-3: a good couple. */
  private static final String GOOD_1 = "G1,410402,URBAN,true,410402198001010014,true,10000.00\n"
      + "G1,,,,410402198203150023,true,\n";
  /** Rows 4-5: a bad cell on its second row. */
  private static final String BAD_CELL = "B1,410402,URBAN,true,410402199002020024,true,\n"
      + "B1,,,,41040219600303001X,maybe,\n";
  /** Row 6: a region no module declares (found after reading). */
  private static final String BAD_REGION = "B2,110105,URBAN,true,110105198001010016,true,\n";
  /** Row 7: a member born after today, 2020-11-27 (found calculating). */
  private static final String BAD_BIRTH = "B3,410402,URBAN,true,410402202101010029,true,\n";
  /** Row 8 (or later): a good rural household. */
  private static final String GOOD_2 = "G2,410423,RURAL,true,410423197505050033,true,1200.00\n";

  private CliRun cli(String... args) {
    return CliRun.run(registry, dir, "", args);
  }

  private Path csv(String name, String... households) throws Exception {
    return Files.writeString(dir.resolve(name), HEADER + String.join("", households), UTF_8);
  }

  // ------------------------------------------------------------------ payroll

  @Test
  void payrollStopsAtABadCellNamingTheHouseholdsRowsAndId() throws Exception {
    Path file = csv("c.csv", GOOD_1, BAD_CELL, GOOD_2);
    CliRun r = cli("payroll", "--caseload", file.toString(), "--month", "2020-01", "--out", "o");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.errWithoutProgress()).isEqualTo("minzheng payroll: " + file + " rows 4-5, household B1: row 5, column "
        + "has_capable_supporter: 'maybe': not true or false\n");
  }

  @Test
  void payrollStopsAtACalculationErrorNamingTheHouseholdsRowsAndId() throws Exception {
    Path file = csv("c.csv", GOOD_1, BAD_BIRTH, GOOD_2);
    CliRun r = cli("payroll", "--caseload", file.toString(), "--month", "2020-01", "--out", "o");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng payroll: " + file + " row 4, household B3: ").contains("after today");
    assertThat(r.errWithoutProgress().lines()).hasSize(1);
    try (FileLedger ledger = FileLedger.open(dir.resolve("o").resolve("payouts.ledger"))) {
      assertThat(ledger.lineCount()).as("a stopped run records nothing").isZero();
    }
  }

  @Test
  void payrollSkipListsEveryBadHouseholdByRowsAndIdAndPaysTheOthers() throws Exception {
    Path file = csv("c.csv", GOOD_1, BAD_CELL, BAD_REGION, BAD_BIRTH, GOOD_2);
    CliRun r = cli("payroll", "--caseload", file.toString(), "--month", "2020-01", "--out", "o", "--on-error", "skip",
        "--lang", "en");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("minzheng payroll: 3 households left out (--on-error skip), each with its reasons in "
        + Path.of("o", "rejects.csv"));
    assertThat(r.out()).contains("2 households");
    List<String> rejects = Files.readAllLines(dir.resolve("o").resolve("rejects.csv"), UTF_8);
    assertThat(rejects).hasSize(4);
    assertThat(rejects.get(0)).isEqualTo("where,household,reasons");
    assertThat(rejects.get(1)).isEqualTo(file + " rows 4-5,B1,"
        + "\"row 5, column has_capable_supporter: 'maybe': not true or false\"");
    assertThat(rejects.get(2)).isEqualTo(file + " row 6,B2,unknown region code 110105: no loaded standards module declares it");
    assertThat(rejects.get(3)).startsWith(file + " row 7,B3,").contains("after today");
  }

  // ------------------------------------------------------------------ simulate

  private CliRun simulate(String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "simulate";
    args[1] = "--reform";
    args[2] = CalcCommandTest.SAMPLES.resolve("reform-urban-600.json").toString();
    args[3] = "--month=2020-09";
    System.arraycopy(more, 0, args, 4, more.length);
    return cli(args);
  }

  @Test
  void simulateStopsByDefaultNamingTheHouseholdsRowsAndId() throws Exception {
    Path file = csv("c.csv", GOOD_1, BAD_BIRTH, GOOD_2);
    CliRun r = simulate("--caseload", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng simulate: " + file + " row 4, household B3: ").contains("after today");
    assertThat(r.errLines()).isEqualTo(1);
    assertThat(r.out()).isEmpty();

    Path bad = csv("d.csv", GOOD_1, BAD_CELL);
    CliRun cell = simulate("--caseload", bad.toString(), "--on-error", "stop");
    assertThat(cell.exitCode()).isEqualTo(1);
    assertThat(cell.err()).isEqualTo("minzheng simulate: " + bad + " rows 4-5, household B1: row 5, column "
        + "has_capable_supporter: 'maybe': not true or false\n");
  }

  @Test
  void simulateSkipCostsTheOthersExactlyAsWithoutTheBadOnesAndListsThem() throws Exception {
    Path mixed = csv("c.csv", GOOD_1, BAD_CELL, BAD_REGION, BAD_BIRTH, GOOD_2);
    Path clean = csv("clean.csv", GOOD_1, GOOD_2);
    CliRun r = simulate("--caseload", mixed.toString(), "--on-error", "skip", "--out", "s", "--format", "json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEqualTo("minzheng simulate: 3 households left out (--on-error skip), each with its reasons in "
        + Path.of("s", "rejects.csv") + "\n");
    CliRun expected = simulate("--caseload", clean.toString(), "--format", "json");
    assertThat(MinzhengJson.mapper().readTree(r.out()).get("result"))
        .isEqualTo(MinzhengJson.mapper().readTree(expected.out()).get("result"));
    assertThat(MinzhengJson.mapper().readTree(r.out()).get("householdsLeftOut").asInt()).isEqualTo(3);
    assertThat(MinzhengJson.mapper().readTree(expected.out()).get("householdsLeftOut").asInt()).isZero();
    List<String> rejects = Files.readAllLines(dir.resolve("s").resolve("rejects.csv"), UTF_8);
    assertThat(rejects).hasSize(4);
    assertThat(rejects.get(1)).startsWith(mixed + " rows 4-5,B1,");
    assertThat(rejects.get(2)).startsWith(mixed + " row 6,B2,unknown region code 110105");
    assertThat(rejects.get(3)).startsWith(mixed + " row 7,B3,").contains("after today");
  }

  @Test
  void simulateSkipNamesAJsonLinesHouseholdByItsLine() throws Exception {
    Household good = TestHouseholds.couple();
    String bad = MinzhengJson.mapper().writeValueAsString(good).replace("\"URBAN\"", "\"URBN\"");
    Path file = Files.writeString(dir.resolve("c.jsonl"),
        MinzhengJson.mapper().writeValueAsString(good) + "\n" + bad + "\n", UTF_8);
    CliRun r = simulate("--caseload", file.toString(), "--on-error", "skip", "--out", "s");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("1 household left out");
    assertThat(Files.readString(dir.resolve("s").resolve("rejects.csv"), UTF_8)).contains(file + " line 2,c,")
        .contains("'URBN' is not one of [URBAN, RURAL]");
  }

  @Test
  void simulateSkipWithNothingBadWritesNoRejectsAndRemovesAnOldList() throws Exception {
    Path clean = csv("clean.csv", GOOD_1, GOOD_2);
    Files.createDirectories(dir.resolve("s"));
    Files.writeString(dir.resolve("s").resolve("rejects.csv"), "where,household,reasons\nold,x,y\n");
    CliRun r = simulate("--caseload", clean.toString(), "--on-error", "skip", "--out", "s");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(dir.resolve("s").resolve("rejects.csv")).doesNotExist();
  }

  // ------------------------------------------------------------------ reconcile

  @Test
  void reconcileRefusesSkipSayingWhy() throws Exception {
    Path file = csv("c.csv", GOOD_1, GOOD_2);
    CliRun r = cli("reconcile", "--out", "o", "--caseload", file.toString(), "--through", "2020-01", "--run-month", "2020-02",
        "--on-error", "skip");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("minzheng reconcile: --on-error skip is not offered by reconcile: ")
        .contains("left the caseload").contains("held for recovery");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void reconcileStopsAtABadHouseholdNamingItsRowsAndIdAndRecordsNothing() throws Exception {
    Path good = csv("good.csv", GOOD_1, GOOD_2);
    CliRun paid = cli("payroll", "--caseload", good.toString(), "--month", "2020-01", "--out", "o");
    assertThat(paid.exitCode()).as(paid.toString()).isZero();
    long before;
    try (FileLedger ledger = FileLedger.open(dir.resolve("o").resolve("payouts.ledger"))) {
      before = ledger.lineCount();
    }
    Path now = csv("now.csv", GOOD_1, BAD_BIRTH, GOOD_2);
    CliRun r = cli("reconcile", "--out", "o", "--caseload", now.toString(), "--through", "2020-01", "--run-month", "2020-02",
        "--on-error", "stop");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng reconcile: " + now + " row 4, household B3: 2020-01: ").contains("after today");
    assertThat(r.errLines()).isEqualTo(1);
    try (FileLedger ledger = FileLedger.open(dir.resolve("o").resolve("payouts.ledger"))) {
      assertThat(ledger.lineCount()).isEqualTo(before);
    }

    Path unreadable = csv("unreadable.csv", GOOD_1, BAD_CELL, GOOD_2);
    CliRun cell = cli("reconcile", "--out", "o", "--caseload", unreadable.toString(), "--through", "2020-01",
        "--run-month", "2020-02");
    assertThat(cell.exitCode()).isEqualTo(1);
    assertThat(cell.err()).isEqualTo("minzheng reconcile: " + unreadable + " rows 4-5, household B1: row 5, column "
        + "has_capable_supporter: 'maybe': not true or false\n");
  }

  // ------------------------------------------------------------------ calc

  @Test
  void calcOfACsvFileNamesTheHouseholdsRowsForReadingAndCalculationErrors() throws Exception {
    Path file = csv("c.csv", GOOD_1, BAD_CELL, BAD_BIRTH, GOOD_2);
    CliRun cell = cli("calc", "--month", "2020-09", "--id", "B1", file.toString());
    assertThat(cell.exitCode()).as(cell.toString()).isEqualTo(1);
    assertThat(cell.err()).isEqualTo("minzheng calc: " + file + " rows 4-5, household B1: row 5, column "
        + "has_capable_supporter: 'maybe': not true or false\n");

    CliRun calculation = cli("calc", "--month", "2020-09", "--id", "B3", file.toString());
    assertThat(calculation.exitCode()).as(calculation.toString()).isEqualTo(1);
    assertThat(calculation.err()).startsWith("minzheng calc: " + file + " row 6, household B3: ").contains("after today");
    assertThat(calculation.errLines()).isEqualTo(1);
  }

  @Test
  void calcOfOneHouseholdIsNotStoppedByAnotherHouseholdsBadRows() throws Exception {
    Path file = csv("c.csv", GOOD_1, BAD_CELL, GOOD_2);
    CliRun r = cli("calc", "--month", "2020-09", "--lang", "en", "--id", "G2", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("G2");
    CliRun missing = cli("calc", "--month", "2020-09", "--id", "G9", file.toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith("minzheng calc: " + file + ": no household G9 among its 2 (and 1 that cannot be read: "
        + file + " rows 4-5, household B1: row 5");
  }
}
