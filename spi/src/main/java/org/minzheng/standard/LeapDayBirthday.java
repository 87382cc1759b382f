package org.minzheng.standard;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a person born on 29 February completes a year in a common year (a parameter,
 * {@link Parameters#LEAP_DAY_BIRTHDAY}).
 *
 * @since 0.1
 */
public enum LeapDayBirthday {
  /** On 1 March, as {@link Period#between} counts. */
  MARCH_1,
  /** On 28 February. */
  FEBRUARY_28;

  /**
   * Age in completed years (周岁) on {@code day}.
   *
   * @param birth the birth date, not null
   * @param day the day of reference, not null
   * @return the completed years; negative if {@code day} is before {@code birth}
   */
  public int ageOn(LocalDate birth, LocalDate day) {
    if (day.isBefore(birth)) {
      return -1;
    }
    int years = Period.between(birth, day).getYears();
    if (this == FEBRUARY_28 && birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29
        && day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
      years++;
    }
    return years;
  }
}
