package org.minzheng.payout;

import static java.util.Objects.requireNonNull;

import org.minzheng.household.InvalidInputException;

/**
 * A run tried to pay one beneficiary twice for the same scheme, period and kind: the input lists a
 * household twice, makes a person a member of two households, enrolls a beneficiary twice in one
 * scheme over the same months, or lists a temporary-assistance case twice. The run is then not
 * recorded at all, since which of the two entries is right is for a person to decide.
 *
 * <p>A line whose key was recorded by an <em>earlier, committed</em> run is not this error: it is
 * skipped, which is what makes a run idempotent.
 *
 * @since 0.1
 */
public final class DuplicatePayoutException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient PayoutLine line;

  /**
   * @param line the second line with the key, not null
   */
  public DuplicatePayoutException(PayoutLine line) {
    super("payout " + requireNonNull(line, "line").idempotencyKey() + " (household " + line.householdId()
        + ") is already in this run: a beneficiary is paid once per scheme, period and kind; is a household listed twice,"
        + " a person a member of two households, or a beneficiary enrolled twice in one scheme?");
    this.line = line;
  }

  /** @return the second line with the key */
  public PayoutLine line() {
    return line;
  }
}
