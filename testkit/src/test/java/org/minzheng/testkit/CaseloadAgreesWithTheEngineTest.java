package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.payout.Enrollment;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;

/** The sample caseload is what its enrollments say, as the engine computes it under standards-2020. */
class CaseloadAgreesWithTheEngineTest {

  @Test
  void everyEnrollmentIsEligibleAndEveryEligibleResultIsEnrolled() {
    BenefitCalculator calc = BenefitCalculator.builder(StandardsRegistry.of(Standards2020.provider()))
        .clock(Clock.fixed(LocalDate.of(2020, 11, 27).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    Set<Scheme> checked = Set.of(Scheme.DIBAO, Scheme.EXTREME_POVERTY, Scheme.OLD_AGE_ALLOWANCE,
        Scheme.DISABILITY_LIVING_SUBSIDY, Scheme.DISABILITY_NURSING_SUBSIDY);
    List<String> disagreements = new ArrayList<>();
    long[] eligible = {0};
    PingdingshanCaseload.sample().forEach(ch -> {
      HouseholdResult r = calc.calculate(ch.household(), PingdingshanCaseload.MONTH);
      Set<String> enrolled = new HashSet<>();
      for (Enrollment e : ch.enrollments()) {
        enrolled.add(e.scheme() + " " + e.beneficiary().id());
      }
      for (SchemeResult s : r.results()) {
        if (!checked.contains(s.scheme())) {
          continue;
        }
        boolean isEnrolled = enrolled.contains(s.scheme() + " " + s.beneficiary().id());
        if (s.isEligible()) {
          eligible[0]++;
        }
        if (isEnrolled != s.isEligible()) {
          disagreements.add(ch.household().id() + " " + s.scheme() + " " + s.beneficiary().id() + ": enrolled " + isEnrolled
              + ", engine " + s.outcome() + " " + s.reasons().stream().map(x -> x.code()).toList()
              + s.missingFacts().stream().map(x -> x.code()).toList());
        }
      }
    });
    assertThat(disagreements).isEmpty();
    // dibao households + 229 EP + 919 old-age + 486 living + 554 nursing (see PingdingshanCaseloadTest)
    assertThat(eligible[0]).isGreaterThan(229 + 919 + 486 + 554);
  }
}
