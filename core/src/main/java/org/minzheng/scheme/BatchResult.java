package org.minzheng.scheme;

import java.util.List;

/**
 * The results of a batch, with the households that could not be calculated.
 *
 * @param results the results, in input order, not null
 * @param errors the errors, in input order, not null
 * @since 0.1
 */
public record BatchResult(List<HouseholdResult> results, List<BatchError> errors) {
  /**
   * Copies the lists.
   *
   * @param results the results, in input order, not null
   * @param errors the errors, in input order, not null
   */
  public BatchResult {
    results = List.copyOf(results);
    errors = List.copyOf(errors);
  }
}
