package org.minzheng.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.minzheng.household.Household;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.standard.Scheme;

/**
 * One household of a synthetic caseload, with what it was built to receive.
 *
 * @param household the household, not null
 * @param enrollments what its beneficiaries receive, in member order, not null
 * @param temporaryAssistance a temporary-assistance case of the household, if it has one
 * @since 0.1
 */
public record CaseloadHousehold(Household household, List<Enrollment> enrollments,
    Optional<TemporaryAssistanceCase> temporaryAssistance) {
  /** Copies the list. */
  public CaseloadHousehold {
    requireNonNull(household, "household");
    enrollments = List.copyOf(enrollments);
    requireNonNull(temporaryAssistance, "temporaryAssistance");
  }

  /**
   * @param scheme a scheme, not null
   * @return how many beneficiaries of this household are enrolled in it
   */
  public long count(Scheme scheme) {
    return enrollments.stream().filter(e -> e.scheme() == scheme).count();
  }
}
