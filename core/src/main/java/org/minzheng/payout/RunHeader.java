package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * What a run is about: its kind, the benefit month it pays or corrects, and the month it is paid in.
 *
 * @param kind the kind of run, not null
 * @param period the benefit month paid or corrected, not null
 * @param runMonth the month the run is made in (its payments leave the bureau), not before {@code period}:
 *     a month after the run month has not begun, its amounts are projections and are never paid; not null
 * @since 0.1
 */
public record RunHeader(RunKind kind, YearMonth period, YearMonth runMonth) {
  /**
   * Checks the components.
   *
   * @param kind the kind of run, not null
   * @param period the benefit month paid or corrected, not null
   * @param runMonth the month the run is made in (its payments leave the bureau), not before {@code period}, not null
   * @throws IllegalArgumentException if a run is dated before the month it pays or corrects
   */
  public RunHeader {
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
    requireNonNull(runMonth, "runMonth");
    checkArgument(kind != RunKind.RECOMPUTE || !runMonth.isBefore(period),
        "recomputation of %s: runMonth %s is before the month it corrects", period, runMonth);
    checkArgument(!runMonth.isBefore(period),
        "%s run of %s: runMonth %s is before the month it pays; a month after the run month is a projection and is not paid",
        kind, period, runMonth);
  }
}
