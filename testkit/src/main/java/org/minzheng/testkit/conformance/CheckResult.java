package org.minzheng.testkit.conformance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of one conformance check.
 *
 * @param check the check's name, e.g. {@code coverage}, not null
 * @param description what the check requires, not null
 * @param status passed, failed or skipped
 * @param messages why it failed or was skipped, each naming the parameter, region and dates; empty if passed
 * @since 0.1
 */
public record CheckResult(String check, String description, Status status, List<String> messages) {
  /** Whether a check passed. */
  public enum Status {
    /** Every requirement holds. */
    PASSED,
    /** At least one requirement does not hold; the messages say which. */
    FAILED,
    /**
     * Every requirement holds, but the module lacks something a shipped module should give; the
     * messages say what. Counts as passed (since 0.3).
     */
    WARNED,
    /** Not run, because the module did not load; the message says so. */
    SKIPPED
  }

  /**
   * Copies the list.
   *
   * @param check the check's name, e.g. {@code coverage}, not null
   * @param description what the check requires, not null
   * @param status passed, failed or skipped
   * @param messages why it failed or was skipped, each naming the parameter, region and dates; empty if passed
   */
  public CheckResult {
    requireNonNull(check, "check");
    requireNonNull(description, "description");
    requireNonNull(status, "status");
    messages = List.copyOf(messages);
  }

  /** @return true if the check passed, with or without warnings */
  public boolean passed() {
    return status == Status.PASSED || status == Status.WARNED;
  }

  static CheckResult of(String check, String description, List<String> problems) {
    return new CheckResult(check, description, problems.isEmpty() ? Status.PASSED : Status.FAILED, problems);
  }

  /** Failed if there are problems (listed first), else warned if there are warnings, else passed. */
  static CheckResult of(String check, String description, List<String> problems, List<String> warnings) {
    if (!problems.isEmpty()) {
      List<String> all = new java.util.ArrayList<>(problems);
      all.addAll(warnings);
      return new CheckResult(check, description, Status.FAILED, all);
    }
    return new CheckResult(check, description, warnings.isEmpty() ? Status.PASSED : Status.WARNED, warnings);
  }
}
