package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

/**
 * A condition that failed, or a fact that is missing, with a stable code and readable text.
 *
 * @param code a stable code, e.g. {@code INCOME_NOT_BELOW_STANDARD} or the missing fact's path
 *     {@code household.assetsWithinLimits}, not null
 * @param text what it means, in Chinese and English, not null
 * @since 0.1
 */
public record Reason(String code, LocalizedText text) {
  /**
   * Checks the components.
   *
   * @param code a stable code, e.g. {@code INCOME_NOT_BELOW_STANDARD} or the missing fact's path {@code household.assetsWithinLimits}, not null
   * @param text what it means, in Chinese and English, not null
   */
  public Reason {
    requireNonNull(code, "code");
    requireNonNull(text, "text");
  }
}
