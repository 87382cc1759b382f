package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.minzheng.standard.Money;

/**
 * An amount divided by a whole number, kept exact for an explanation: {@code 10000.00 ÷ 12} is
 * shown as {@code 833.333333…} (six decimals, cut, with an ellipsis when the division does not end)
 * but never rounded into a later step.
 *
 * @param numerator the amount divided, not null
 * @param denominator the divisor, at least 1
 * @since 0.2
 */
public record ExactQuotient(Money numerator, int denominator) {
  /**
   * Checks the components.
   *
   * @param numerator the amount divided, not null
   * @param denominator the divisor, at least 1
   */
  public ExactQuotient {
    requireNonNull(numerator, "numerator");
    if (denominator < 1) {
      throw new IllegalArgumentException("denominator " + denominator + " is not at least 1");
    }
  }

  /** @return the quotient in yuan: two decimals when exact, else six and an ellipsis */
  @Override
  public String toString() {
    BigDecimal n = numerator.toYuan();
    BigDecimal d = BigDecimal.valueOf(denominator);
    BigDecimal q = n.divide(d, 6, RoundingMode.DOWN);
    if (q.multiply(d).compareTo(n) == 0) {
      q = q.stripTrailingZeros();
      return (q.scale() < 2 ? q.setScale(2) : q).toPlainString();
    }
    return q.toPlainString() + "…";
  }
}
