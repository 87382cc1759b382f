package org.minzheng.testkit.conformance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the conformance kit found about one standards module.
 *
 * @param providerId the module's id, not null
 * @param checks every check, in a fixed order, not null
 * @since 0.1
 */
public record ConformanceReport(String providerId, List<CheckResult> checks) {
  /**
   * Copies the list.
   *
   * @param providerId the module's id, not null
   * @param checks every check, in a fixed order, not null
   */
  public ConformanceReport {
    requireNonNull(providerId, "providerId");
    checks = List.copyOf(checks);
  }

  /** @return true if every check passed */
  public boolean passed() {
    return checks.stream().allMatch(CheckResult::passed);
  }

  /** @return every message of every check that passed with warnings, each prefixed by its check's name */
  public List<String> warnings() {
    return checks.stream().filter(c -> c.status() == CheckResult.Status.WARNED)
        .flatMap(c -> c.messages().stream().map(m -> c.check() + ": " + m)).toList();
  }

  /** @return every message of every check that did not pass, each prefixed by its check's name */
  public List<String> problems() {
    return checks.stream().filter(c -> !c.passed())
        .flatMap(c -> c.messages().stream().map(m -> c.check() + ": " + m)).toList();
  }

  /**
   * @param check a check's name, not null
   * @return that check's result
   * @throws IllegalArgumentException if there is no such check
   */
  public CheckResult check(String check) {
    return checks.stream().filter(c -> c.check().equals(check)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no conformance check named '" + check + "'"));
  }

  /** @return a readable report: one line per check, its messages indented, and a summary line */
  public String render() {
    StringBuilder sb = new StringBuilder("Conformance of standards module ").append(providerId).append('\n');
    int passed = 0;
    int warned = 0;
    for (CheckResult c : checks) {
      sb.append(switch (c.status()) {
        case PASSED -> "  PASS ";
        case WARNED -> "  WARN ";
        case FAILED -> "  FAIL ";
        case SKIPPED -> "  SKIP ";
      })
          .append(c.check()).append(" — ").append(c.description()).append('\n');
      for (String m : c.messages()) {
        sb.append("      ").append(m).append('\n');
      }
      if (c.passed()) {
        passed++;
      }
      if (c.status() == CheckResult.Status.WARNED) {
        warned++;
      }
    }
    sb.append(passed).append(" passed, ").append(warned > 0 ? "of them " + warned + " with warnings, " : "").append(checks.size() - passed).append(" failed\n");
    return sb.toString();
  }
}
