package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.minzheng.standard.Scheme;

/**
 * One combination of the statuses of the schemes a result depends on, under which the engine evaluated
 * it when one of those statuses was UNDETERMINED; named in the explanation's {@code dependency.*} steps.
 *
 * @param schemes the schemes depended on, not null
 * @param statuses the status assumed for each, ELIGIBLE or INELIGIBLE, in the same order, not null
 * @since 0.2
 */
public record DependencyCase(List<Scheme> schemes, List<Outcome> statuses) {
  /**
   * @param schemes the schemes depended on, not null
   * @param statuses the status assumed for each, ELIGIBLE or INELIGIBLE, in the same order, not null
   * @throws IllegalArgumentException if the lists differ in length
   */
  public DependencyCase {
    schemes = List.copyOf(requireNonNull(schemes, "schemes"));
    statuses = List.copyOf(requireNonNull(statuses, "statuses"));
    if (schemes.size() != statuses.size()) {
      throw new IllegalArgumentException("a dependency case gives one status per scheme: " + schemes + " " + statuses);
    }
  }
}
