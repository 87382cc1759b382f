package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One band of an age-banded amount: from {@code minAge} completed years up to the next band.
 *
 * @param minAge the lowest age of the band, in completed years, 0–150
 * @param amount the monthly amount, not null, not negative
 * @since 0.1
 */
public record AgeBand(int minAge, Money amount) {
  /**
   * Checks the components.
   *
   * @param minAge the lowest age of the band, in completed years, 0–150
   * @param amount the monthly amount, not null, not negative
   */
  public AgeBand {
    checkArgument(minAge >= 0 && minAge <= 150, "age band minAge %s is outside 0-150", minAge);
    requireNonNull(amount, "amount");
    checkArgument(!amount.isNegative(), "age band amount %s is negative", amount);
  }
}
