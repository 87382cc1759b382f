package org.minzheng.internal.engine;

import java.util.List;
import java.util.Optional;
import org.minzheng.household.Disability;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * What the two disability subsidies (残疾人两项补贴, rules.md §6) share: a person without a
 * certified disability receives neither, and extreme-poverty persons and people receiving a
 * work-injury nursing allowance are excluded from both.
 */
abstract class DisabilityRule extends PersonRule {
  private final Scheme scheme;
  private final String rulePrefix;

  DisabilityRule(Scheme scheme, String rulePrefix) {
    this.scheme = scheme;
    this.rulePrefix = rulePrefix;
  }

  @Override
  final Scheme scheme() {
    return scheme;
  }

  @Override
  final SchemeResult eval(Work w, int i, boolean isEp, boolean dibaoHousehold, Expl e) {
    Disability d = w.disability[i];
    if (d == null) {
      if (e != null) {
        e.step(rulePrefix + ".disabled", List.of(), Boolean.FALSE);
      }
      return ineligible(scheme, w, i, Reasons.L_NOT_DISABLED, e);
    }
    return evalDisabled(w, i, d, isEp, dibaoHousehold, e);
  }

  /** Evaluates member {@code i}, who has the certified disability {@code d}. */
  abstract SchemeResult evalDisabled(Work w, int i, Disability d, boolean isEp, boolean dibaoHousehold, Expl e);

  final SchemeResult eligible(Work w, int i, Optional<Money> amount, Expl e) {
    return new SchemeResult(scheme, w.p.month, w.beneficiary[i], Outcome.ELIGIBLE, amount, w.payee(i), List.of(), List.of(),
        Expl.of(e));
  }


}
