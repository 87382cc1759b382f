package org.minzheng.standard;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Standards that cannot be loaded: malformed data, two modules claiming the same region, scheme and
 * date, an unsupported SPI version. Every problem found is listed; nothing was loaded.
 *
 * @since 0.1
 */
public class StandardsConfigurationException extends MinzhengException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, each naming the module, document and JSON path. */
  private final ImmutableList<String> problems;

  /**
   * @param problems every problem found, each naming its place (provider, document, JSON path), not empty
   */
  public StandardsConfigurationException(List<String> problems) {
    super(format(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * @param problem the one problem
   * @param cause the underlying fault
   */
  public StandardsConfigurationException(String problem, Throwable cause) {
    super(problem, cause);
    this.problems = ImmutableList.of(problem);
  }

  private static String format(List<String> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems:\n  - " + String.join("\n  - ", problems);
  }

  /** @return every problem found */
  public List<String> problems() {
    return problems;
  }
}
