package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of running one case: passed, or the differences between expected and actual, each
 * followed by the explanation the library gave.
 *
 * @param name the case's display name ({@code file :: case}), not null
 * @param problems one entry per difference, each with expected, actual and explanation; empty if passed
 * @since 0.1
 */
public record CaseResult(String name, List<String> problems) {
  /**
   * Copies the list.
   *
   * @param name the case's display name ({@code file :: case}), not null
   * @param problems one entry per difference, each with expected, actual and explanation; empty if passed
   */
  public CaseResult {
    requireNonNull(name, "name");
    problems = List.copyOf(problems);
  }

  /** @return true if every expectation held */
  public boolean passed() {
    return problems.isEmpty();
  }

  /** @return the failure report: the name, then each problem indented */
  public String report() {
    if (passed()) {
      return "PASS " + name;
    }
    StringBuilder sb = new StringBuilder("FAIL ").append(name).append('\n');
    for (String p : problems) {
      sb.append("  ").append(p.replace("\n", "\n  ")).append('\n');
    }
    return sb.toString();
  }
}
