package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A case that expects the calculation to be refused (invalid input, no standard for the month).
 *
 * @param type the simple name of the exception, e.g. {@code InvalidInputException}, not null
 * @param messageContains a text the message must contain, if checked
 * @since 0.1
 */
public record ExpectedError(String type, Optional<String> messageContains) {
  /**
   * Checks the components.
   *
   * @param type the simple name of the exception, e.g. {@code InvalidInputException}, not null
   * @param messageContains a text the message must contain, if checked
   */
  public ExpectedError {
    requireNonNull(type, "type");
    messageContains = messageContains == null ? Optional.empty() : messageContains;
  }
}
