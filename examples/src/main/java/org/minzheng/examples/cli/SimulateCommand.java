package org.minzheng.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code minzheng simulate}. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "(in progress)")
final class SimulateCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Override
  public Integer call() {
    throw new CliException("simulate is not available in this build yet");
  }
}
