package org.minzheng.internal.engine;

import java.time.LocalDate;
import java.time.Year;
import org.minzheng.standard.LeapDayBirthday;

/** Dates as {@code yyyymmdd} ints, so the hot path neither parses nor allocates. */
final class Dates {
  private Dates() {}

  static int of(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  static LocalDate toDate(int ymd) {
    return LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
  }

  /** The birth date digits of an 18-character resident ID (validated at construction). */
  static int birthOf(String residentId) {
    int v = 0;
    for (int i = 6; i < 14; i++) {
      v = v * 10 + (residentId.charAt(i) - '0');
    }
    return v;
  }

  /**
   * Completed years on {@code ref}, as {@link LeapDayBirthday#ageOn} counts them; -1 if {@code ref} is
   * before the birth.
   */
  static int age(int birth, int ref, LeapDayBirthday rule) {
    if (ref < birth) {
      return -1;
    }
    int birthMonthDay = birth % 10000;
    int refMonthDay = ref % 10000;
    int refYear = ref / 10000;
    int years = refYear - birth / 10000 - (refMonthDay < birthMonthDay ? 1 : 0);
    if (rule == LeapDayBirthday.FEBRUARY_28 && birthMonthDay == 229 && refMonthDay == 228 && !Year.isLeap(refYear)) {
      years++;
    }
    return years;
  }
}
