package org.minzheng.standard;

/**
 * Which year-on-year rate the price-linked temporary subsidy (价格临时补贴, rules.md §4) multiplies the
 * dibao standard by, once the subsidy is triggered (by CPI or food CPI reaching its threshold). Local
 * practice varies, so this is a parameter ({@link Parameters#PRICE_SUBSIDY_RATE_BASIS}).
 *
 * @since 0.1
 */
public enum PriceRateBasis {
  /** The larger of the triggering rates: the food CPI rate when only it triggers, the CPI rate when only it triggers, the larger when both do (rules.md §4's default). */
  LARGER_TRIGGERING_RATE,
  /** The CPI year-on-year rate, whichever index triggered (the 2016 mechanism as Wuhan and Guilin compute it). */
  CPI,
  /** The food CPI year-on-year rate, whichever index triggered. */
  FOOD_CPI
}
