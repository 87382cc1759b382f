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
      e.step("disabilityLiving.conditions",
          "持证残疾 " + d.category().chinese() + d.grade() + "级; 低保家庭: " + Words.yesNoZh(dibaoHousehold) + "; "
              + exclusionsZh(isEp, injury) + "; 孤儿保障: " + Words.yesNoZh(orphan),
          "certified disability " + d.category() + " grade " + d.grade() + "; dibao household: " + Words.yesNoEn(dibaoHousehold)
              + "; " + exclusionsEn(isEp, injury) + "; orphan protection: " + Words.yesNoEn(orphan),
          Expl.in("disability", d.category() + " " + d.grade(), "dibaoHousehold", dibaoHousehold, "extremePoverty", isEp,
              "workInjuryNursingAllowance", injury, "orphanProtection", orphan),
          List.of(), "");
    }
    if (!isEp && !injury && !orphan) {
      if (!dibaoHousehold) {
        return ineligible(scheme(), w, i, Reasons.L_NOT_DIBAO_HOUSEHOLD, e);
      }
      if (e != null) {
        e.step("disabilityLiving.amount", "生活补贴 " + p.living.get() + " 元/月", "living subsidy " + p.living.get() + " a month",
            Expl.in(), p.uses(DISABILITY_LIVING_AMOUNT, DISABILITY_LIVING_ROUNDING), p.living.get().toString());
      }
      return eligible(w, i, p.living, e);
    }
    int fails = (isEp ? 1 : 0) | (injury ? 2 : 0) | (orphan ? 4 : 0) | (dibaoHousehold ? 0 : 8);
    return ineligible(scheme(), w, i, Reasons.LIVING_BY_MASK[fails], e);
  }
}
