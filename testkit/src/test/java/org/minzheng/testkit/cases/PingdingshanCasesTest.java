package org.minzheng.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.scheme.Outcome;
import org.minzheng.standard.Scheme;

/** The suite of hand-computed cases in {@code src/test/resources/cases}, run against the engine and standards-2020. */
class PingdingshanCasesTest {

  @TestFactory
  Stream<DynamicTest> everyCaseHolds() {
    return CaseRunner.dynamicTests("cases");
  }

  @Test
  void theSuiteCoversEveryBenefitSchemeAndOutcome() {
    List<CaseFiles.LoadedCase> cases = CaseFiles.load(List.of(CaseFiles.resource(getClass().getClassLoader(), "cases")));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    Set<Scheme> schemes = new HashSet<>();
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    cases.forEach(c -> c.testCase().expect().forEach((s, l) -> {
      schemes.add(s);
      l.forEach(x -> outcomes.add(x.status()));
    }));
    assertThat(schemes).containsAll(Set.of(Scheme.DIBAO, Scheme.EXTREME_POVERTY, Scheme.TEMPORARY_ASSISTANCE,
        Scheme.PRICE_SUBSIDY, Scheme.OLD_AGE_ALLOWANCE, Scheme.DISABILITY_LIVING_SUBSIDY, Scheme.DISABILITY_NURSING_SUBSIDY));
    assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    assertThat(cases).anyMatch(c -> c.testCase().expectError().isPresent());
    // names are unique within a file, so a failure names one case
    assertThat(cases.stream().map(CaseFiles.LoadedCase::displayName).distinct().count()).isEqualTo(cases.size());
  }
}
