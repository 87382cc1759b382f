package org.minzheng.household;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A month's consumer price indices, year on year, in percent (e.g. {@code 5.4} for 5.4%).
 *
 * @param cpi CPI year-on-year change, percent, not null (may be negative)
 * @param foodCpi food CPI year-on-year change, percent, not null (may be negative)
 * @since 0.1
 */
public record PriceIndex(BigDecimal cpi, BigDecimal foodCpi) {
  /**
   * Checks the components.
   *
   * @param cpi CPI year-on-year change, percent, not null (may be negative)
   * @param foodCpi food CPI year-on-year change, percent, not null (may be negative)
   */
  public PriceIndex {
    requireNonNull(cpi, "cpi");
    requireNonNull(foodCpi, "foodCpi");
  }

  /**
   * @param cpi CPI YoY percent, e.g. {@code "5.4"}
   * @param foodCpi food CPI YoY percent
   * @return the index
   */
  public static PriceIndex of(String cpi, String foodCpi) {
    return new PriceIndex(new BigDecimal(cpi), new BigDecimal(foodCpi));
  }
}
