package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Optional;
import org.minzheng.household.HouseholdId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Scheme;

/**
 * The enrollment of one beneficiary in one scheme (纳入保障): from which month the bureau pays, and
 * until which month.
 *
 * <p>Both months are inclusive: payment stops from the month <em>after</em> {@code endMonth}, as it
 * stops from the month after death.
 *
 * @param scheme the scheme, a benefit scheme other than temporary assistance (paid per case), not null
 * @param beneficiary the person or household enrolled, not null
 * @param householdId the household the beneficiary belongs to, not null
 * @param startMonth the first month paid, not null
 * @param endMonth the last month paid, if the enrollment has ended; not before {@code startMonth}
 * @since 0.1
 */
public record Enrollment(
    Scheme scheme, Beneficiary beneficiary, HouseholdId householdId, YearMonth startMonth, Optional<YearMonth> endMonth) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the scheme is not a monthly benefit, the beneficiary is an
   *     institution or a case, or {@code endMonth} is before {@code startMonth}
   * @param scheme the scheme, a benefit scheme other than temporary assistance (paid per case), not null
   * @param beneficiary the person or household enrolled, not null
   * @param householdId the household the beneficiary belongs to, not null
   * @param startMonth the first month paid, not null
   * @param endMonth the last month paid, if the enrollment has ended; not before {@code startMonth}
   */
  public Enrollment {
    requireNonNull(scheme, "scheme");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(householdId, "householdId");
    requireNonNull(startMonth, "startMonth");
    requireNonNull(endMonth, "endMonth");
    checkArgument(scheme.isBenefit() && scheme != Scheme.TEMPORARY_ASSISTANCE,
        "enrollment of %s: scheme %s is not a monthly benefit scheme", beneficiary, scheme);
    checkArgument(beneficiary.kind() == Beneficiary.Kind.PERSON || beneficiary.kind() == Beneficiary.Kind.HOUSEHOLD,
        "enrollment in %s: beneficiary %s is neither a person nor a household", scheme, beneficiary);
    checkArgument(endMonth.isEmpty() || !endMonth.get().isBefore(startMonth),
        "enrollment of %s in %s: endMonth %s is before startMonth %s", beneficiary, scheme, endMonth.orElse(null), startMonth);
  }

  /**
   * An open-ended enrollment.
   *
   * @param scheme the scheme, not null
   * @param beneficiary the beneficiary, not null
   * @param householdId the household, not null
   * @param startMonth the first month paid, not null
   * @return the enrollment
   */
  public static Enrollment of(Scheme scheme, Beneficiary beneficiary, HouseholdId householdId, YearMonth startMonth) {
    return new Enrollment(scheme, beneficiary, householdId, startMonth, Optional.empty());
  }

  /**
   * @param lastMonth the last month paid, not null
   * @return this enrollment ended after {@code lastMonth}
   * @throws IllegalArgumentException if {@code lastMonth} is before the start month
   */
  public Enrollment endingAfter(YearMonth lastMonth) {
    return new Enrollment(scheme, beneficiary, householdId, startMonth, Optional.of(lastMonth));
  }

  /**
   * @param month a month, not null
   * @return true if the bureau pays this enrollment for {@code month}
   */
  public boolean isActiveIn(YearMonth month) {
    return !month.isBefore(startMonth) && endMonth.map(e -> !month.isAfter(e)).orElse(true);
  }
}
