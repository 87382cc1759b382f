package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.minzheng.StandardsRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code minzheng} command line: {@code payroll} (the monthly payout run), {@code calc} (one
 * household), {@code check} (declarative test cases), {@code standards} (list and lint the loaded
 * standards) and {@code simulate} (reform costing).
 *
 * <p>Every failure is one line on standard error naming the problem, with exit code 2 for bad
 * arguments and 1 for bad input files; {@code --debug} adds the stack trace.
 *
 * <pre>{@code
 * java -jar examples/target/minzheng.jar payroll
 * java -jar examples/target/minzheng.jar calc --month 2020-10 --lang en household.json
 * }</pre>
 *
 * @since 0.1
 */
@Command(name = "minzheng", mixinStandardHelpOptions = true, version = "minzheng 0.1",
    description = "Chinese social-assistance benefits (低保, 特困, 临时救助, 价格临时补贴, 高龄津贴, 残疾人两项补贴) "
        + "from versioned standards modules.",
    subcommands = {PayrollCommand.class, CalcCommand.class, CheckCommand.class, StandardsCommand.class,
        SimulateCommand.class, ReconcileCommand.class})
public final class MinzhengCli implements Callable<Integer> {
  private final CliContext context;
  private StandardsRegistry registry;

  @Spec
  CommandSpec spec;

  /**
   * @param context the clock, standards, input and working directory to run with, not null
   */
  public MinzhengCli(CliContext context) {
    this.context = requireNonNull(context, "context");
  }

  /**
   * Runs the command line as a process: exits with the command's exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true);
    System.exit(run(CliContext.system(), out, err, args));
  }

  /**
   * Runs the command line in-process.
   *
   * @param context the surroundings, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param args the arguments, not null
   * @return the exit code: 0 on success, 2 for bad arguments, 1 for bad input or a failed run
   */
  public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(context);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * @param context the surroundings, not null
   * @return the configured picocli command line (one-line errors, month and date converters)
   */
  public static CommandLine commandLine(CliContext context) {
    CommandLine cl = new CommandLine(new MinzhengCli(context));
    OneLineErrors errors = new OneLineErrors();
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionExceptionHandler(errors);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(YearMonth.class, MinzhengCli::month);
    cl.registerConverter(LocalDate.class, MinzhengCli::date);
    return cl;
  }

  static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a month of the form yyyy-MM, e.g. 2020-09");
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date of the form yyyy-MM-dd, e.g. 2020-09-01");
    }
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command; the commands are "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** @return the surroundings */
  CliContext context() {
    return context;
  }

  /**
   * @return the standards, loaded on first use
   * @throws CliException if no standards module is installed
   */
  StandardsRegistry registry() {
    if (registry == null) {
      StandardsRegistry r = context.registry().get();
      if (r.standardSets().isEmpty()) {
        throw new CliException("no standards module found: put one (e.g. minzheng-standards-2020) on the class path "
            + "or module path");
      }
      registry = r;
    }
    return registry;
  }
}
