package org.minzheng.examples.cli;

import java.time.LocalDate;
import org.minzheng.StandardsRegistry;
import java.util.concurrent.Callable;
import org.minzheng.json.MinzhengJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code minzheng standards}: lists the loaded standards modules, their regions and claims, and lints
 * them (gaps in months, stale values, assumptions).
 */
@Command(name = "standards", mixinStandardHelpOptions = true,
    description = {"List the loaded standards modules, regions, schemes and effective ranges, and lint them:",
        "gaps (months in which a parameter resolves nowhere), stale values (in force on --as-of but effective",
        "more than a year before it) and values resting on assumptions."})
final class StandardsCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  StandardsOptions standards = new StandardsOptions();

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
      description = {"The date the lints are judged on (default: the first day of the latest month the loaded",
          "modules claim, so 'stale' means older than a year before the modules' own latest month)."})
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: text (default) or json.")
  Format format = Format.text;

  @Override
  public Integer call() throws Exception {
    StandardsRegistry registry = standards.registry(root);
    LocalDate latest = StandardsReport.latestClaimed(registry);
    LocalDate day = asOf != null ? asOf : latest != null ? latest : LocalDate.now(root.context().clock());
    StandardsReport report = StandardsReport.of(registry, day);
    if (format == Format.json) {
      spec.commandLine().getOut().println(MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      spec.commandLine().getOut().print(report.render(common));
    }
    return 0;
  }
}
