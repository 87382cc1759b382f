package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/** Assertions on results. */
final class Results {
  private Results() {}

  static SchemeResult dibao(HouseholdResult r, Household h) {
    return r.find(Scheme.DIBAO, h.id().value()).orElseThrow();
  }

  static SchemeResult of(HouseholdResult r, Scheme s, Person p) {
    return r.find(s, p.id().value()).orElseThrow(() -> new AssertionError("no " + s + " result for " + p.id()));
  }

  static void eligible(SchemeResult r, String yuan) {
    assertThat(r.outcome()).as("%s %s", r.scheme(), r.beneficiary()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(r.amount()).contains(Money.parse(yuan));
  }

  static void ineligible(SchemeResult r, String... codes) {
    assertThat(r.outcome()).as("%s %s: %s", r.scheme(), r.beneficiary(), r.missingFacts()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(codes(r.reasons())).containsExactly(codes);
  }

  static void undetermined(SchemeResult r, String... facts) {
    assertThat(r.outcome()).as("%s %s: %s", r.scheme(), r.beneficiary(), r.reasons()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(codes(r.missingFacts())).containsExactlyInAnyOrder(facts);
  }

  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  static String fact(Person p, String fact) {
    return "members[" + p.id().value() + "]." + fact;
  }
}
