package org.minzheng.testkit;

import static java.util.Objects.requireNonNull;

import org.minzheng.standard.Scheme;

/**
 * What a beneficiary of a synthetic caseload receives: a scheme and the beneficiary's id (the
 * household id for dibao, a resident ID for the per-person schemes, the case id for temporary
 * assistance). For the price subsidy it means "covered": paid in the months the index triggers it.
 *
 * @param scheme the scheme, not null
 * @param beneficiary the household id, resident ID or case id, not null
 * @since 0.1
 */
public record Enrollment(Scheme scheme, String beneficiary) {
  /** Checks the components. */
  public Enrollment {
    requireNonNull(scheme, "scheme");
    requireNonNull(beneficiary, "beneficiary");
  }
}
