package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A closed-open period of days, {@code [from, until)}, or open-ended {@code [from, ∞)}: the form of every
 * effective period in minzheng (a legal end date "执行至2020年12月31日" is {@code until 2021-01-01}).
 * A JDK-only type, so that a standards module compiled against the SPI needs no other library.
 *
 * @param from the first day, not null
 * @param until the first day after the period; empty if open-ended
 * @since 0.2
 */
public record DatePeriod(LocalDate from, Optional<LocalDate> until) {
  /**
   * Checks the components.
   *
   * @param from the first day, not null
   * @param until the first day after the period; empty if open-ended
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public DatePeriod {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("period: until " + until.get() + " is not after from " + from);
    }
  }

  /**
   * @param from the first day, not null
   * @param until the first day after the period, after {@code from}, not null
   * @return {@code [from, until)}
   */
  public static DatePeriod closedOpen(LocalDate from, LocalDate until) {
    return new DatePeriod(from, Optional.of(requireNonNull(until, "until")));
  }

  /**
   * @param from the first day, not null
   * @return {@code [from, ∞)}
   */
  public static DatePeriod startingOn(LocalDate from) {
    return new DatePeriod(from, Optional.empty());
  }

  /**
   * @param day a day, not null
   * @return true if {@code day} is in the period
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && until.map(day::isBefore).orElse(true);
  }

  /**
   * @param other a period, not null
   * @return true if the two periods share at least one day
   */
  public boolean overlaps(DatePeriod other) {
    return until.map(u -> other.from.isBefore(u)).orElse(true) && other.until.map(u -> from.isBefore(u)).orElse(true);
  }

  /**
   * @param other a period, not null
   * @return true if every day of {@code other} is in this period
   */
  public boolean encloses(DatePeriod other) {
    if (other.from.isBefore(from)) {
      return false;
    }
    if (until.isEmpty()) {
      return true;
    }
    return other.until.isPresent() && !other.until.get().isAfter(until.get());
  }

  /** @return {@code [from..until)}, or {@code [from..+∞)} when open-ended */
  @Override
  public String toString() {
    return "[" + from + ".." + until.map(LocalDate::toString).orElse("+∞") + ")";
  }
}
