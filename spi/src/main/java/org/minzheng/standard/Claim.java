package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A standards module's claim to be <em>the</em> source of one scheme's parameters for one region
 * over a period. Two modules claiming the same region and scheme over overlapping periods are
 * rejected when they load.
 *
 * @param region the region, not null
 * @param scheme the scheme (or parameter group), not null
 * @param effectiveFrom first day claimed, not null
 * @param effectiveUntil first day no longer claimed; empty if open-ended
 * @since 0.1
 */
public record Claim(RegionCode region, Scheme scheme, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil) {

  /**
   * Checks the components.
   *
   * @param region the region, not null
   * @param scheme the scheme (or parameter group), not null
   * @param effectiveFrom first day claimed, not null
   * @param effectiveUntil first day no longer claimed; empty if open-ended
   */
  public Claim {
    requireNonNull(region, "region");
    requireNonNull(scheme, "scheme");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(effectiveUntil, "effectiveUntil");
    checkArgument(effectiveUntil.isEmpty() || effectiveUntil.get().isAfter(effectiveFrom),
        "claim %s %s: effectiveUntil %s is not after effectiveFrom %s", region, scheme, effectiveUntil.orElse(null), effectiveFrom);
  }

  /** @return the closed-open period claimed */
  public DatePeriod period() {
    return new DatePeriod(effectiveFrom, effectiveUntil);
  }

  @Override
  public String toString() {
    return region + " " + scheme + " [" + effectiveFrom + ", " + effectiveUntil.map(LocalDate::toString).orElse("∞") + ")";
  }
}
