package org.minzheng.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.minzheng.household.Household;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.standard.Scheme;

/**
 * One household of a synthetic caseload, with what it was built to receive: its payout
 * {@link Enrollment}s (for the price subsidy: covered, paid in the months the index triggers it) and
 * its temporary-assistance case, if any.
 *
 * @param household the household, not null
 * @param enrollments the enrollments of its beneficiaries, in member order, not null
 * @param temporaryAssistance a temporary-assistance case of the household, if it has one
 * @since 0.1
 */
public record CaseloadHousehold(Household household, List<Enrollment> enrollments,
    Optional<TemporaryAssistanceCase> temporaryAssistance) {
  /**
   * Copies the list.
   *
   * @param household the household, not null
   * @param enrollments the enrollments of its beneficiaries, in member order, not null
   * @param temporaryAssistance a temporary-assistance case of the household, if it has one
   */
  public CaseloadHousehold {
    requireNonNull(household, "household");
    enrollments = List.copyOf(enrollments);
    requireNonNull(temporaryAssistance, "temporaryAssistance");
  }

  /**
   * @param scheme a scheme, not null
   * @return how many beneficiaries of this household are enrolled in it (for temporary assistance: 1 if it has a case)
   */
  public long count(Scheme scheme) {
    if (scheme == Scheme.TEMPORARY_ASSISTANCE) {
      return temporaryAssistance.isPresent() ? 1 : 0;
    }
    return enrollments.stream().filter(e -> e.scheme() == scheme).count();
  }

  /** @return the household and its enrollments as a payout run reads them */
  public EnrolledHousehold enrolled() {
    return new EnrolledHousehold(household, enrollments);
  }
}
