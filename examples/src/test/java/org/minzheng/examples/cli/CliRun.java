package org.minzheng.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.minzheng.StandardsRegistry;
import org.minzheng.standards2020.Standards2020;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
  /** Today for every test: 2020-11-27, the date of the seed work summary. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2020-11-27T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  static CliRun run(StandardsRegistry registry, Path workingDirectory, String stdin, String... args) {
    CliContext context = new CliContext(CLOCK, () -> registry, () -> List.of(Standards2020.provider()),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), workingDirectory, false);
    return run(context, args);
  }

  static CliRun run(CliContext context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = MinzhengCli.run(context, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * @return standard error without the progress lines a run off a terminal writes every five seconds: on a loaded
   *     machine even a short run may write one
   */
  String errWithoutProgress() {
    return err.lines().filter(l -> !l.startsWith("progress: ")).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
  }

  /** @return the standard error as lines */
  long errLines() {
    return err.lines().count();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
