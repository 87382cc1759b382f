package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.TestHouseholds;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standards2020.Standards2020;

/**
 * {@code minzheng reconcile} end to end: the worked example of examples/README.md (pay January–August,
 * install the illustrative July notice, reconcile in September), and its errors.
 */
class ReconcileCommandTest {
  private static final String NOTICE = Path.of("samples/notice-2020-07").toAbsolutePath().toString();

  @TempDir
  Path dir;

  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());

  private CliRun run(String... args) {
    return CliRun.run(registry, dir, "", args);
  }

  @Test
  void theIllustrativeNoticeBecomesBackPayForJulyAndAugustOnceAndOnlyOnce() throws Exception {
    CliRun paid = run("payroll", "--month", "2020-08", "--out", "pay");
    assertThat(paid.exitCode()).as(paid.toString()).isZero();

    // As known before the notice was published, nothing differs.
    CliRun before = run("reconcile", "--out", "pay", "--standards", NOTICE, "--from", "2020-07", "--through", "2020-08",
        "--run-month", "2020-09", "--as-of", "2020-08-19", "--format", "json");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    JsonNode b = MinzhengJson.mapper().readTree(before.out());
    assertThat(b.get("backPayLines").asLong()).isZero();
    assertThat(b.get("recoveryLines").asLong()).isZero();

    CliRun after = run("reconcile", "--out", "pay", "--standards", NOTICE, "--from", "2020-07", "--through", "2020-08",
        "--run-month", "2020-09", "--as-of", "2020-09-01", "--format", "json");
    assertThat(after.exitCode()).as(after.toString()).isZero();
    JsonNode a = MinzhengJson.mapper().readTree(after.out());
    assertThat(a.get("backPayLines").asLong()).isPositive();
    assertThat(a.get("backPayAmount").asText()).isNotEqualTo("0.00");
    assertThat(a.get("recoveryLines").asLong()).isZero();
    assertThat(a.get("reviewItems")).isEmpty();
    assertThat(a.has("alreadyRecorded")).isTrue();

    CliRun again = run("reconcile", "--out", "pay", "--standards", NOTICE, "--from", "2020-07", "--through", "2020-08",
        "--run-month", "2020-09", "--as-of", "2020-09-01", "--lang", "en");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("back pay   0 lines, 0.00 yuan").contains("held for review 0 items")
        .contains("back pay").contains("regular");
  }

  @Test
  void badInputIsNamed() throws Exception {
    CliRun paid = run("payroll", "--month", "2020-01", "--out", "pay");
    assertThat(paid.exitCode()).as(paid.toString()).isZero();
    CliRun early = run("reconcile", "--out", "pay", "--through", "2020-06", "--run-month", "2020-05");
    assertThat(early.exitCode()).isNotZero();
    assertThat(early.err()).contains("--run-month 2020-05 is before --through 2020-06");

    Path notModule = Files.writeString(dir.resolve("readme.txt"), "hello");
    CliRun bad = run("reconcile", "--out", "pay", "--through", "2020-01", "--run-month", "2020-02", "--standards",
        notModule.toString());
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.err()).contains("not a standards module");

    Path cycle = Files.createDirectories(dir.resolve("cycle"));
    Files.writeString(cycle.resolve("a.json"), notice("notice-a", "notice-b"));
    Files.writeString(cycle.resolve("b.json"), notice("notice-b", "notice-a"));
    CliRun cyc = run("reconcile", "--out", "pay", "--through", "2020-01", "--run-month", "2020-02", "--standards",
        cycle.toString());
    assertThat(cyc.exitCode()).isNotZero();
    assertThat(cyc.err()).contains("supersession cycle among modules notice-a, notice-b");

    CliRun noLedger = run("reconcile", "--out", "nowhere", "--through", "2020-01", "--run-month", "2020-02");
    assertThat(noLedger.exitCode()).isNotZero();
    assertThat(noLedger.err()).contains("no ledger payouts.ledger");
  }

  /** Plain households, one JSON object a line. */
  private Path caseload(String name, Household... households) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (Household h : households) {
      sb.append(MinzhengJson.mapper().writeValueAsString(h)).append('\n');
    }
    return Files.writeString(dir.resolve(name), sb.toString());
  }

  @Test
  void aHouseholdGoneFromTheCaseloadIsHeldReportedAndWaivedFromTheCommandLine() throws Exception {
    Path both = caseload("both.jsonl", TestHouseholds.couple(), TestHouseholds.rural());
    Path coupleOnly = caseload("couple.jsonl", TestHouseholds.couple());
    CliRun paid = run("payroll", "--caseload", both.toString(), "--month", "2020-03", "--price-index", "none", "--out", "w");
    assertThat(paid.exitCode()).as(paid.toString()).isZero();
    String[] reconcile = {"reconcile", "--out", "w", "--caseload", coupleOnly.toString(), "--through", "2020-03",
        "--run-month", "2020-04", "--as-of", "2020-11-27", "--price-index", "none"};

    // the rural household (Lushan, dibao 255.00 a month) left the caseload: January..March are held, not recovered
    CliRun held = run(concat(reconcile, "--format", "json"));
    assertThat(held.exitCode()).as(held.toString()).isZero();
    JsonNode h = MinzhengJson.mapper().readTree(held.out());
    assertThat(h.get("reviewItems")).hasSize(1);
    assertThat(h.get("reviewItems").get(0).get("amount").asText()).isEqualTo("765.00");
    assertThat(h.get("reviewItems").get(0).get("reason").asText()).isEqualTo("household left the caseload");
    assertThat(h.get("waivedItems").asLong()).isZero();
    JsonNode row = h.get("runMonthReport").get(0);
    assertThat(row.get("scheme").asText()).isEqualTo("DIBAO");
    assertThat(row.get("heldItems").asLong()).isEqualTo(1);
    assertThat(row.get("heldAmount").asText()).isEqualTo("765.00");
    // the report files in --out show the held item in the run month, apart from the money
    assertThat(Files.readAllLines(dir.resolve("w/report.csv"))).anyMatch(l -> l.startsWith("DIBAO,CITY,410400,2020-04,")
        && l.endsWith(",1,765.00"));
    assertThat(MinzhengJson.mapper().readTree(dir.resolve("w/report.json").toFile()).toString())
        .contains("\"heldItems\":1,\"heldAmount\":\"765.00\"");
    // and payroll's table, run again into the folder, shows it too
    CliRun table = run("payroll", "--caseload", both.toString(), "--month", "2020-03", "--price-index", "none",
        "--out", "w", "--lang", "en");
    assertThat(table.out()).contains("held for review (not recovered yet): 1 items, 765.00 yuan");

    CliRun noReason = run(concat(reconcile, "--waive"));
    assertThat(noReason.exitCode()).isNotZero();
    assertThat(noReason.err()).contains("--waive needs --reason TEXT");
    CliRun pipe = run(concat(reconcile, "--waive", "--reason", "a|b"));
    assertThat(pipe.err()).contains("--reason 'a|b' contains '|' or a line break");
    CliRun both2 = run(concat(reconcile, "--waive", "--reason", "x", "--book-recoveries"));
    assertThat(both2.err()).contains("give --waive or --book-recoveries, not both");

    CliRun waived = run(concat(reconcile, "--waive", "--reason", "moved away; not recovered (decision 2020-11)",
        "--lang", "en"));
    assertThat(waived.exitCode()).as(waived.toString()).isZero();
    assertThat(waived.out()).contains("held for review 1 items, 765.00 yuan\n"
        + "  HOUSEHOLD:r DIBAO r 2020-01..2020-03 (3) 765.00 household left the caseload\n")
        .contains("waived 1 items, 765.00 yuan; reason: moved away; not recovered (decision 2020-11)");

    // the waiver is recorded: nothing is held any more, and the ledger has three WAIVER lines of −255.00
    CliRun after = run(concat(reconcile, "--format", "json"));
    JsonNode a = MinzhengJson.mapper().readTree(after.out());
    assertThat(a.get("reviewItems")).isEmpty();
    assertThat(a.get("backPayLines").asLong()).isZero();
    assertThat(a.get("recoveryLines").asLong()).isZero();
    JsonNode waiver = waiverTotal(a);
    assertThat(waiver.get("lines").asLong()).isEqualTo(3);
    assertThat(waiver.get("amount").asText()).isEqualTo("-765.00");
    CliRun tableAfter = run("payroll", "--caseload", both.toString(), "--month", "2020-03", "--price-index", "none",
        "--out", "w", "--lang", "en");
    assertThat(tableAfter.out()).doesNotContain("held for review");
    CliRun nothing = run(concat(reconcile, "--waive", "--reason", "again", "--lang", "en"));
    assertThat(nothing.out()).contains("nothing held to waive");
  }

  @Test
  void oneHouseholdsHeldOverpaymentsAreWaivedAndAHouseholdWithNoneIsNamed() throws Exception {
    Path all = caseload("all.jsonl", TestHouseholds.couple(), TestHouseholds.elder(), TestHouseholds.rural());
    Path coupleOnly = caseload("couple.jsonl", TestHouseholds.couple());
    CliRun paid = run("payroll", "--caseload", all.toString(), "--month", "2020-03", "--price-index", "none", "--out", "w");
    assertThat(paid.exitCode()).as(paid.toString()).isZero();
    String[] reconcile = {"reconcile", "--out", "w", "--caseload", coupleOnly.toString(), "--through", "2020-03",
        "--run-month", "2020-04", "--as-of", "2020-11-27", "--price-index", "none"};

    // the elder (e) and the rural household (r) left the caseload: both are held
    JsonNode h = MinzhengJson.mapper().readTree(run(concat(reconcile, "--format", "json")).out());
    assertThat(h.get("reviewItems").findValuesAsText("household")).contains("e", "r").containsOnly("e", "r");
    int heldOfE = (int) h.get("reviewItems").findValuesAsText("household").stream().filter("e"::equals).count();

    CliRun nobody = run(concat(reconcile, "--waive", "--household", "c", "--reason", "x"));
    assertThat(nobody.exitCode()).isNotZero();
    assertThat(nobody.err()).contains("household c has no overpayment held for review in 2020-01..2020-03;"
        + " households held: ").contains("nothing is waived");
    CliRun wrongScheme = run(concat(reconcile, "--waive", "--household", "r", "--scheme", "OLD_AGE_ALLOWANCE", "--reason", "x"));
    assertThat(wrongScheme.exitCode()).isNotZero();
    assertThat(wrongScheme.err()).contains("household r, scheme OLD_AGE_ALLOWANCE has no overpayment held for review"
        + " in 2020-01..2020-03");
    CliRun schemeAlone = run(concat(reconcile, "--waive", "--scheme", "DIBAO", "--reason", "x"));
    assertThat(schemeAlone.err()).contains("--scheme narrows a household's waiver: give it with --waive --household ID");
    CliRun noSuchScheme = run(concat(reconcile, "--waive", "--household", "r", "--scheme", "NOPE", "--reason", "x"));
    assertThat(noSuchScheme.err()).contains("--scheme 'NOPE' is not a scheme; defined: [").contains("DIBAO, ");
    CliRun householdAlone = run(concat(reconcile, "--household", "r"));
    assertThat(householdAlone.err()).contains("--household chooses whose overpayments are waived: give it with --waive");
    JsonNode unchanged = MinzhengJson.mapper().readTree(run(concat(reconcile, "--format", "json")).out());
    assertThat(unchanged.get("reviewItems")).isEqualTo(h.get("reviewItems"));

    CliRun waived = run(concat(reconcile, "--waive", "--household", "r", "--scheme", "DIBAO", "--reason",
        "moved away; not recovered", "--format", "json"));
    assertThat(waived.exitCode()).as(waived.toString()).isZero();
    JsonNode w = MinzhengJson.mapper().readTree(waived.out());
    assertThat(w.get("waivedItems").asLong()).isEqualTo(1);
    assertThat(w.get("waivedAmount").asText()).isEqualTo("765.00");
    // review.json keeps what is still held: the elder's items
    assertThat(MinzhengJson.mapper().readTree(dir.resolve("w/review.json").toFile()).get("items")
        .findValuesAsText("household")).hasSize(heldOfE).containsOnly("e");

    JsonNode after = MinzhengJson.mapper().readTree(run(concat(reconcile, "--format", "json")).out());
    assertThat(after.get("reviewItems").findValuesAsText("household")).hasSize(heldOfE).containsOnly("e");
    JsonNode waiver = waiverTotal(after);
    assertThat(waiver.get("lines").asLong()).isEqualTo(3);
    assertThat(waiver.get("amount").asText()).isEqualTo("-765.00");
  }

  /** The ledger's WAIVER lines and amount, from reconcile's JSON output. */
  private static JsonNode waiverTotal(JsonNode output) {
    for (JsonNode t : output.get("ledgerTotals")) {
      if (t.get("kind").asText().equals("WAIVER")) {
        return t;
      }
    }
    throw new AssertionError("no WAIVER lines in the ledger: " + output.get("ledgerTotals"));
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String notice(String id, String supersedes) {
    return """
        {"format": "minzheng-standards/1", "module": "%s", "version": "1", "title": "t", "published": "2020-08-20",
         "supersedes": ["%s"], "sources": {"N": {"documentNumber": "测", "title": "测试"}},
         "regions": [{"code": "410400", "name": "平顶山市", "nameEnglish": "Pingdingshan City"}],
         "claims": [{"region": "410400", "schemes": ["DIBAO"], "effectiveFrom": "2020-07-01"}],
         "parameters": []}
        """.formatted(id, supersedes);
  }
}
