package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.minzheng.standard.RegionCode;

/**
 * One month of a case's price-index series.
 *
 * @param region the region (a county falls back to its city, then province), not null
 * @param month the month, not null
 * @param cpi CPI year on year, percent, not null
 * @param foodCpi food CPI year on year, percent, not null
 * @since 0.1
 */
public record PriceIndexEntry(RegionCode region, YearMonth month, BigDecimal cpi, BigDecimal foodCpi) {
  /**
   * Checks the components.
   *
   * @param region the region (a county falls back to its city, then province), not null
   * @param month the month, not null
   * @param cpi CPI year on year, percent, not null
   * @param foodCpi food CPI year on year, percent, not null
   */
  public PriceIndexEntry {
    requireNonNull(region, "region");
    requireNonNull(month, "month");
    requireNonNull(cpi, "cpi");
    requireNonNull(foodCpi, "foodCpi");
  }
}
