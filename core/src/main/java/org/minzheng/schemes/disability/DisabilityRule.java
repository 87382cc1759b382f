package org.minzheng.schemes.disability;

import java.util.List;
import org.minzheng.household.Disability;
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Scheme;

/**
 * What the two disability subsidies (残疾人两项补贴, rules.md §6; {@code docs/rules/disability.md}) share:
 * a member without a certified disability receives neither; each reads whether the member is an
 * extreme-poverty person and whether the household receives dibao this month.
 */
abstract class DisabilityRule implements SchemeModule.PersonRule {
  private final String disabledStep;

  DisabilityRule(String prefix) {
    this.disabledStep = prefix + ".disabled";
  }

  @Override
  public final SchemeResult evaluate(RuleContext c) {
    Disability d = c.person().disability().orElse(null);
    if (d == null) {
      if (c.explaining()) {
        c.step(disabledStep, List.of(), Boolean.FALSE);
      }
      return c.ineligible(Reasons.L_NOT_DISABLED);
    }
    return evaluate(c, d, c.status(Scheme.EXTREME_POVERTY) == Outcome.ELIGIBLE, c.status(Scheme.DIBAO) == Outcome.ELIGIBLE);
  }

  /**
   * @param c the member and month
   * @param d the member's certified disability
   * @param isEp whether the member is an extreme-poverty person
   * @param dibaoHousehold whether the household receives dibao this month
   * @return the result
   */
  abstract SchemeResult evaluate(RuleContext c, Disability d, boolean isEp, boolean dibaoHousehold);
}
