package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;

class MinzhengCliTest {
  @TempDir
  Path dir;

  private final StandardsRegistry tiny = StandardsRegistry.builder().add(TinyStandards.withGap()).build();

  @Test
  void unknownSubcommandIsOneLineAndExit2() {
    CliRun r = CliRun.run(tiny, dir, "", "payrol");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("minzheng: unknown command 'payrol'; the commands are payroll, calc, check, "
        + "standards, simulate, reconcile (see 'minzheng --help')\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void noSubcommandNamesTheCommands() {
    CliRun r = CliRun.run(tiny, dir, "");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("minzheng: missing command; the commands are payroll, calc");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void unknownOptionIsOneLineAndExit2() {
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--colour");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("minzheng standards: Unknown option: '--colour'");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void badLanguageNamesTheValidOnes() {
    CliRun r = CliRun.run(tiny, dir, "", "standards", "--lang", "fr");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--lang").contains("fr").contains("zh, en");
    assertThat(r.errLines()).isEqualTo(1);
  }

  @Test
  void debugAddsTheStackTrace() {
    CliRun r = CliRun.run(StandardsRegistry.builder().build(), dir, "", "standards", "--debug");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("minzheng standards: no standards module found").contains("\tat org.minzheng");
  }

  @Test
  void helpGoesToStandardOutputWithExit0() {
    CliRun r = CliRun.run(tiny, dir, "", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("payroll").contains("simulate");
  }
}
