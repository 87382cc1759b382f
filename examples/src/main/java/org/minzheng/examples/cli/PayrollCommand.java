package org.minzheng.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code minzheng payroll}. */
@Command(name = "payroll", mixinStandardHelpOptions = true, description = "(in progress)")
final class PayrollCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Override
  public Integer call() {
    throw new CliException("payroll is not available in this build yet");
  }
}
