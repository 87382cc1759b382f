package org.minzheng.household;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.minzheng.standard.Money;

/**
 * One item of a person's income over the reference 12 months before the month of calculation.
 *
 * @param category the category, not null
 * @param amount the total over the 12 reference months, not null, not negative (a business loss is
 *     entered as zero net income)
 * @since 0.1
 */
public record IncomeItem(IncomeCategory category, Money amount) {
  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the amount is negative; the message names it
   * @param category the category, not null
   * @param amount the total over the 12 reference months, not null, not negative (a business loss is entered as zero net income)
   */
  public IncomeItem {
    requireNonNull(category, "category");
    requireNonNull(amount, "amount");
    checkArgument(!amount.isNegative(), "income %s amount %s is negative", category, amount);
  }
}
