package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.DISABILITY_LIVING_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_LIVING_ROUNDING;

import java.util.List;
import org.minzheng.household.Disability;
import org.minzheng.household.Person;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
import org.minzheng.standard.Scheme;

/**
 * Living subsidy for disabled people in hardship (困难残疾人生活补贴, rules.md §6): a certified
 * disabled person in a household receiving dibao this month; not for extreme-poverty persons, people
 * receiving a work-injury nursing allowance, or children under orphan protection.
 */
final class DisabilityLivingCalculator extends DisabilityRule {
  static final DisabilityLivingCalculator INSTANCE = new DisabilityLivingCalculator();

  private DisabilityLivingCalculator() {
    super(Scheme.DISABILITY_LIVING_SUBSIDY, "disabilityLiving");
  }

  @Override
  List<Step> warnings(Params p) {
    return p.livingWarnings;
  }

  @Override
  SchemeResult evalDisabled(Work w, int i, Disability d, boolean isEp, boolean dibaoHousehold, Expl e) {
    Params p = w.p;
    Person person = w.person[i];
    boolean injury = person.receivesWorkInjuryNursingAllowance();
    boolean orphan = person.underOrphanProtection();
    if (e != null) {
      e.step("disabilityLiving.conditions", List.of(), null, d.category(), d.grade(), dibaoHousehold, isEp, injury, orphan);
    }
    if (!isEp && !injury && !orphan) {
      if (!dibaoHousehold) {
        return ineligible(scheme(), w, i, Reasons.L_NOT_DIBAO_HOUSEHOLD, e);
      }
      if (e != null) {
        e.step("disabilityLiving.amount", p.uses(DISABILITY_LIVING_AMOUNT, DISABILITY_LIVING_ROUNDING), p.living.get(),
            p.living.get());
      }
      return eligible(w, i, p.living, e);
    }
    int fails = (isEp ? 1 : 0) | (injury ? 2 : 0) | (orphan ? 4 : 0) | (dibaoHousehold ? 0 : 8);
    return ineligible(scheme(), w, i, Reasons.LIVING_BY_MASK[fails], e);
  }
}
