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
@Command(name = "minzheng", mixinStandardHelpOptions = true, versionProvider = MinzhengCli.Version.class,
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
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, MinzhengCli::commandList);
    return cl;
  }

  /**
   * The list of commands in {@code --help}: each command's first whole sentence, wrapped, never a description
   * cut at the end of its first source line.
   */
  static String commandList(CommandLine.Help help) {
    if (help.subcommands().isEmpty()) {
      return "";
    }
    int nameWidth = help.subcommands().keySet().stream().mapToInt(String::length).max().orElse(0);
    int width = help.commandSpec().usageMessage().width();
    StringBuilder sb = new StringBuilder();
    for (java.util.Map.Entry<String, CommandLine.Help> e : help.subcommands().entrySet()) {
      String text = firstSentence(String.join(" ", e.getValue().commandSpec().usageMessage().description()));
      String indent = " ".repeat(nameWidth + 4);
      StringBuilder line = new StringBuilder("  ").append(e.getKey()).append(" ".repeat(nameWidth - e.getKey().length() + 2));
      int start = 0;
      for (String word : text.split(" ")) {
        if (line.length() - start + word.length() + 1 > width && line.length() - start > indent.length()) {
          sb.append(line.toString().stripTrailing()).append('\n');
          line.setLength(0);
          line.append(indent);
          start = 0;
        }
        line.append(word).append(' ');
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** @return the text up to and including its first full stop that ends a sentence (not the one of "e.g.") */
  static String firstSentence(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!e\\.g|i\\.e)\\.(\\s|$)").matcher(text);
    return m.find() ? text.substring(0, m.start() + 1) : text;
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

  /** {@code --version}: the artifact version Maven wrote into {@code version.properties} when it built the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      return new String[] {"minzheng " + artifactVersion()};
    }

    static String artifactVersion() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = MinzhengCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "(unknown version: version.properties is missing from the build)";
        }
        p.load(in);
      }
      return p.getProperty("version");
    }
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
