package org.minzheng.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.testkit.cases.CaseResult;
import org.minzheng.testkit.cases.CaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code minzheng check}: runs declarative test case files; exits 1 if any case fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Run declarative test cases (YAML or JSON files, or directories of them; see testkit's CASES.md)",
        "against the installed standards; prints each failure with expected, actual and the explanation, then",
        "'N passed, M failed'. Exit status 1 if any case fails. --case runs one case by name; --junit-xml writes",
        "a JUnit XML report for a CI server."})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files or directories.")
  List<String> paths;

  @Option(names = "--case", paramLabel = "NAME", description = "Run only the case with this name (or 'file :: name').")
  String only;

  @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as a JUnit XML report.")
  String junitXml;

  @Override
  public Integer call() throws java.io.IOException {
    CliContext context = root.context();
    List<Path> resolved = paths.stream().map(p -> Inputs.resolve(context, p)).toList();
    CaseRunner runner = CaseRunner.of(context.providers().get()).reportingIn(common.lang().locale());
    List<CaseResult> results;
    try {
      results = only == null ? runner.runAll(resolved) : runner.runNamed(resolved, only);
    } catch (IllegalArgumentException e) {
      if (only != null && e.getMessage() != null && e.getMessage().startsWith("no case named")) {
        throw new CliException(e.getMessage(), OneLineErrors.USAGE, e);
      }
      throw e;
    }
    if (results.isEmpty()) {
      throw new CliException("no test cases found in " + String.join(", ", paths));
    }
    PrintWriter out = spec.commandLine().getOut();
    long failed = 0;
    for (CaseResult r : results) {
      if (!r.passed()) {
        failed++;
        out.print(r.report());
      }
    }
    out.println((results.size() - failed) + " passed, " + failed + " failed");
    if (junitXml != null) {
      java.nio.file.Files.writeString(Inputs.resolve(context, junitXml), CaseRunner.junitXml("minzheng check", results),
          java.nio.charset.StandardCharsets.UTF_8);
    }
    return failed == 0 ? 0 : 1;
  }
}
