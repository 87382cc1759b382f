package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A household of a batch that could not be calculated, and why.
 *
 * @param index its position in the input, from 0
 * @param householdId its id, not null
 * @param problems what is wrong, each naming the field and the value, not empty
 * @since 0.1
 */
public record BatchError(int index, String householdId, List<String> problems) {
  /**
   * Copies the list.
   *
   * @param index its position in the input, from 0
   * @param householdId its id, not null
   * @param problems what is wrong, each naming the field and the value, not empty
   */
  public BatchError {
    requireNonNull(householdId, "householdId");
    problems = List.copyOf(problems);
  }
}
