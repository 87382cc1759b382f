package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.minzheng.household.Household;

/**
 * A household and its enrollments: what a payout run reads, one at a time, from a stream.
 *
 * @param household the household, not null
 * @param enrollments its enrollments, each naming this household, not null
 * @since 0.1
 */
public record EnrolledHousehold(Household household, List<Enrollment> enrollments) {
  /**
   * Copies the list and checks that every enrollment names this household.
   *
   * @throws IllegalArgumentException if an enrollment names another household
   * @param household the household, not null
   * @param enrollments its enrollments, each naming this household, not null
   */
  public EnrolledHousehold {
    requireNonNull(household, "household");
    enrollments = List.copyOf(enrollments);
    for (Enrollment e : enrollments) {
      checkArgument(e.householdId().equals(household.id()),
          "enrollment of %s in %s names household %s, not %s", e.beneficiary(), e.scheme(), e.householdId(), household.id());
    }
  }
}
