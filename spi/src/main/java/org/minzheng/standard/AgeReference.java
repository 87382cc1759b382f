package org.minzheng.standard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The day on which a person's age counts for a benefit month (rules.md §0; a parameter,
 * {@link Parameters#AGE_REFERENCE}).
 *
 * @since 0.1
 */
public enum AgeReference {
  /** The last day of the month before: a benefit that starts at 80 starts the month after the 80th birthday month. */
  LAST_DAY_OF_PREVIOUS_MONTH,
  /** The first day of the benefit month. */
  FIRST_DAY_OF_MONTH,
  /** The last day of the benefit month: the birthday month itself counts. */
  LAST_DAY_OF_MONTH;

  /**
   * @param month the benefit month, not null
   * @return the day on which age is counted for that month
   */
  public LocalDate dayFor(YearMonth month) {
    switch (this) {
      case LAST_DAY_OF_PREVIOUS_MONTH:
        return month.atDay(1).minusDays(1);
      case FIRST_DAY_OF_MONTH:
        return month.atDay(1);
      default:
        return month.atEndOfMonth();
    }
  }
}
