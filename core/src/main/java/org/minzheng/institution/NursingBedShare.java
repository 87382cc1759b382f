package org.minzheng.institution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.minzheng.StandardsView;
import org.minzheng.standard.Parameters;

/**
 * The share of nursing-type beds (护理型床位占比) = nursing beds ÷ beds, kept as the exact fraction;
 * compared with a target exactly (no rounding), and rounded only for display.
 *
 * @param nursingBeds the nursing-type beds, between 0 and {@code beds}
 * @param beds the beds, at least 0
 * @since 0.1
 */
public record NursingBedShare(long nursingBeds, long beds) {
  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a count is negative or nursing beds exceed beds
   * @param nursingBeds the nursing-type beds, between 0 and {@code beds}
   * @param beds the beds, at least 0
   */
  public NursingBedShare {
    checkArgument(beds >= 0, "beds %s is negative", beds);
    checkArgument(nursingBeds >= 0 && nursingBeds <= beds, "nursingBeds %s is not between 0 and beds %s", nursingBeds, beds);
  }

  /**
   * The share over many institutions (rules.md §7, clarified): the nursing beds of the
   * {@link ConstructionStatus#OPERATING operating} elderly-care institutions among them
   * ({@link InstitutionKind#isElderlyCareInSubstance()}) over their beds. Planned or unfinished beds are
   * not beds yet, and other kinds (child welfare, day care) are not counted.
   *
   * @param institutions the institutions, not null
   * @return the combined share
   */
  public static NursingBedShare of(Iterable<Institution> institutions) {
    long n = 0;
    long b = 0;
    for (Institution i : institutions) {
      if (i.status() == ConstructionStatus.OPERATING && i.kind().isElderlyCareInSubstance()) {
        n += i.nursingBeds();
        b += i.beds();
      }
    }
    return new NursingBedShare(n, b);
  }

  /**
   * @param scale decimal places
   * @param mode the rounding mode, not null
   * @return the share rounded for display, or empty when there are no beds
   */
  public Optional<BigDecimal> share(int scale, RoundingMode mode) {
    requireNonNull(mode, "mode");
    return beds == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(nursingBeds).divide(BigDecimal.valueOf(beds), scale, mode));
  }

  /**
   * Whether the share reaches {@code target}, decided exactly: nursingBeds ≥ target × beds.
   *
   * @param target the target ratio (e.g. 0.55), not null
   * @return true if the share is at least the target; false when there are no beds
   */
  public boolean meets(BigDecimal target) {
    requireNonNull(target, "target");
    return beds > 0 && BigDecimal.valueOf(nursingBeds).compareTo(target.multiply(BigDecimal.valueOf(beds))) >= 0;
  }

  /**
   * Whether the share reaches the target in force ({@link Parameters#INSTITUTIONS_NURSING_BED_TARGET}).
   *
   * @param standards the standards, not null
   * @return true if the share is at least the target
   * @throws org.minzheng.standard.StandardNotFoundException if no target is in force (strict mode)
   */
  public boolean meetsTarget(StandardsView standards) {
    return meets(standards.value(Parameters.INSTITUTIONS_NURSING_BED_TARGET));
  }

  /**
   * Nursing beds still missing to reach {@code target}: ⌈target × beds⌉ − nursingBeds, at least 0.
   *
   * @param target the target ratio, not null
   * @return the missing nursing beds
   */
  public long shortfall(BigDecimal target) {
    long needed = target.multiply(BigDecimal.valueOf(beds)).setScale(0, RoundingMode.CEILING).longValueExact();
    return Math.max(0, needed - nursingBeds);
  }

  /** @return e.g. {@code 40/120} */
  @Override
  public String toString() {
    return nursingBeds + "/" + beds;
  }
}
