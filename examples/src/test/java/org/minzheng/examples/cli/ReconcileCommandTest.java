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
