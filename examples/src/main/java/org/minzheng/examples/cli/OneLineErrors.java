package org.minzheng.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.minzheng.household.InvalidInputException;
import org.minzheng.standard.MinzhengException;
import org.minzheng.standard.StandardsConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error naming the problem, and an exit code: 2 for
 * bad arguments, 1 for bad input files and everything else. With {@code --debug} the stack trace
 * follows the line.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** Exit code of a usage error (picocli's convention). */
  static final int USAGE = 2;
  /** Exit code of a bad input or a failed run. */
  static final int FAILURE = 1;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String message = ex.getMessage();
    if (ex instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + u.getUnmatched().get(0) + "'; the commands are "
          + String.join(", ", cl.getSubcommands().keySet());
    }
    err.println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(message)
        + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    if (List.of(args).contains("--debug")) {
      ex.printStackTrace(err);
    }
    err.flush();
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    int code = FAILURE;
    String message;
    if (ex instanceof CliException c) {
      message = c.getMessage();
      code = c.exitCode();
    } else if (ex instanceof StandardsConfigurationException s) {
      message = "the standards cannot be loaded: " + String.join("; ", s.problems());
    } else if (ex instanceof InvalidInputException i) {
      message = "invalid input: " + String.join("; ", i.problems());
    } else if (ex instanceof MinzhengException) {
      message = ex.getMessage();
    } else if (ex instanceof IllegalArgumentException) {
      message = ex.getMessage();
    } else if (ex instanceof UncheckedIOException u) {
      message = describe(u.getCause());
    } else if (ex instanceof IOException io) {
      message = describe(io);
    } else {
      message = "internal error: " + ex + (debug(parseResult) ? "" : " (rerun with --debug for the stack trace)");
    }
    err.println(cl.getCommandSpec().qualifiedName() + ": " + oneLine(message));
    if (debug(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "cannot read " + a.getFile() + ": permission denied";
    }
    if (e instanceof JsonProcessingException j) {
      return j.getOriginalMessage();
    }
    return e.toString();
  }

  static String oneLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static boolean debug(ParseResult pr) {
    for (ParseResult r = pr; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
