package org.minzheng.examples.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.MinzhengJson;
import org.minzheng.scheme.HouseholdResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code minzheng calc}: every scheme's result for one household and month, with its explanation. */
@Command(name = "calc", mixinStandardHelpOptions = true,
    description = "Every scheme's result for one household and month, with the explanation of each step.")
final class CalcCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  StandardsOptions standards = new StandardsOptions();

  @Parameters(index = "0", paramLabel = "HOUSEHOLD", description = "The household as a JSON file, - for standard input, or a CSV file (name ending in .csv, one row per person).")
  String household;

  @Option(names = "--id", paramLabel = "HOUSEHOLD_ID", description = "Which household of a CSV file holding several.")
  String id;

  @Option(names = "--month", required = true, paramLabel = "yyyy-MM", description = "The benefit month, e.g. 2020-10.")
  YearMonth month;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--price-index", paramLabel = "FILE|sample|none", defaultValue = "sample",
      description = PayrollCommand.PRICE_INDEX_HELP)
  String priceIndex;

  @Option(names = "--show-ids", description = ShowIds.HELP)
  boolean showIds;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    Inputs.Located read = Inputs.locatedHousehold(context, household, id);
    Household h = read.household();
    BenefitCalculator.Builder b = BenefitCalculator.builder(standards.registry(root)).clock(context.clock());
    PriceIndexSeries series = PayrollCommand.priceIndex(context, priceIndex);
    if (series != null) {
      b.priceIndex(series);
    }
    HouseholdResult result;
    try {
      result = b.build().calculate(h, month);
    } catch (RuntimeException e) { // a household of a CSV file is named by its rows, as when it cannot be read
      if (read.where() == null || !Caseloads.householdFailure(e)) {
        throw e;
      }
      throw new CliException(Rejects.line(read.where(), h.id().value(), Caseloads.problems(e)), e);
    }
    java.time.LocalDate knownOn = java.time.LocalDate.now(context.clock());
    // issue 15: a benefit month after the knowledge date is a projection; say so (stderr for json, so it stays parseable)
    String projection = month.atDay(1).isAfter(knownOn) ? "PROJECTION: " + month + " begins after the knowledge date "
        + knownOn + "; the amounts use the standards known today and may change.\n" : "";
    if (format == Format.json) {
      spec.commandLine().getOut().println(MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      spec.commandLine().getErr().print(projection);
    } else {
      spec.commandLine().getOut().print(projection + ShowIds.apply(ResultText.render(result, common), showIds));
    }
    return 0;
  }
}
