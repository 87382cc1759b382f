package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code --on-error} ({@code payroll}, {@code simulate}; {@code reconcile} offers only {@code stop}) does with a
 * household that cannot be processed: {@code stop} (the default) ends the run with one line naming the file, line or
 * rows, household and problem; {@code skip} leaves the household out, goes on, and lists every household left out,
 * with its reasons, in a rejects file.
 */
final class Rejects {
  /** The choice of {@code --on-error}. */
  enum Mode {
    /** End the run at the first bad household. */
    stop,
    /** Leave bad households out and list them. */
    skip
  }

  /** One household left out: where it is, its id and why (every month's reason, once each). */
  record Rejected(String where, String household, String reasons) {}

  private final Mode mode;
  private final Map<String, Rejected> rejected = new LinkedHashMap<>();

  Rejects(Mode mode) {
    this.mode = mode;
  }

  boolean skipping() {
    return mode == Mode.skip;
  }

  /**
   * A household that cannot be paid: in {@code stop} mode the run ends here, in {@code skip} mode it is noted
   * (once, however many months read it again) and the caller leaves it out.
   *
   * @param where e.g. {@code caseload.jsonl line 7}
   * @param household the household's id, or {@code ?} if the line could not be read
   * @param reason what is wrong, naming the field and value
   * @throws CliException in {@code stop} mode
   */
  void reject(String where, String household, String reason) {
    String line = line(where, household, reason);
    if (mode == Mode.stop) {
      throw new CliException(line);
    }
    String key = where + "\u0000" + household;
    Rejected before = rejected.get(key);
    if (before == null) {
      rejected.put(key, new Rejected(where, household, reason));
    } else if (!before.reasons().contains(reason)) {
      rejected.put(key, new Rejected(where, household, before.reasons() + "; " + reason));
    }
  }

  /** @return the one line naming a household that cannot be processed, e.g. {@code h.csv rows 5-6, household H2: …} */
  static String line(String where, String household, String reason) {
    return where + ", household " + household + ": " + reason;
  }

  int count() {
    return rejected.size();
  }

  /**
   * Ends a command's use of the rejects: replaces {@code rejects.csv} in {@code dir} (a previous run's list is
   * deleted) by this run's, if it left any household out, and says on standard error how many it left out and where
   * they are listed.
   *
   * @param dir the command's output folder, which exists
   * @param cl the command, whose name and standard error are used
   */
  void finish(CliContext context, Path dir, picocli.CommandLine cl) throws IOException {
    Path file = dir.resolve(FILE);
    Files.deleteIfExists(file);
    if (count() > 0) {
      write(file);
      cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + count() + " household" + (count() == 1 ? "" : "s")
          + " left out (--on-error skip), each with its reasons in " + PayrollCommand.shown(context, file));
      cl.getErr().flush();
    }
  }

  /** The name of the list of households left out, in a command's output folder. */
  static final String FILE = "rejects.csv";

  /** Writes the rejects as CSV: {@code where,household,reasons}, one household a row. */
  void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
      w.write("where,household,reasons\n");
      for (Rejected r : rejected.values()) {
        w.write(csv(r.where()) + "," + csv(r.household()) + "," + csv(r.reasons()) + "\n");
      }
    }
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
