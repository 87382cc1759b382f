package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.DISABILITY_LIVING_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_LIVING_ROUNDING;

import java.util.List;
import org.minzheng.household.Disability;
import org.minzheng.household.Person;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
import org.minzheng.standard.Scheme;

/**
 * Living subsidy for disabled people in hardship (困难残疾人生活补贴, rules.md §6): a certified
 * disabled person in a household receiving dibao this month; not for extreme-poverty persons, people
 * receiving a work-injury nursing allowance, or children under orphan protection.
 */
final class DisabilityLivingCalculator extends PersonRule {
  static final DisabilityLivingCalculator INSTANCE = new DisabilityLivingCalculator();

  private DisabilityLivingCalculator() {}

  @Override
  Scheme scheme() {
    return Scheme.DISABILITY_LIVING_SUBSIDY;
  }

  @Override
  List<Step> warnings(Params p) {
    return p.livingWarnings;
  }

  @Override
  SchemeResult eval(Work w, int i, boolean isEp, boolean dibaoHousehold, Expl e) {
    Params p = w.p;
    Person person = w.person[i];
    Disability d = person.disability().orElse(null);
    if (d == null) {
      if (e != null) {
        e.step("disabilityLiving.disabled", "无持证残疾", "no certified disability", Expl.in("disability", "none"), List.of(),
            "false");
      }
      return ineligible(Scheme.DISABILITY_LIVING_SUBSIDY, w, i, Reasons.L_NOT_DISABLED, e);
    }
    boolean injury = person.receivesWorkInjuryNursingAllowance();
    boolean orphan = person.underOrphanProtection();
    if (e != null) {
      e.step("disabilityLiving.conditions",
          "持证残疾 " + d.category().chinese() + d.grade() + "级; 低保家庭: " + yesNo(dibaoHousehold) + "; 特困人员: " + yesNo(isEp)
              + "; 工伤护理费: " + yesNo(injury) + "; 孤儿保障: " + yesNo(orphan),
          "certified disability " + d.category() + " grade " + d.grade() + "; dibao household: " + yesNo(dibaoHousehold)
              + "; extreme-poverty person: " + yesNo(isEp) + "; work-injury nursing allowance: " + yesNo(injury)
              + "; orphan protection: " + yesNo(orphan),
          Expl.in("disability", d.category() + " " + d.grade(), "dibaoHousehold", dibaoHousehold, "extremePoverty", isEp,
              "workInjuryNursingAllowance", injury, "orphanProtection", orphan),
          List.of(), "");
    }
    if (!isEp && !injury && !orphan) {
      if (!dibaoHousehold) {
        return ineligible(Scheme.DISABILITY_LIVING_SUBSIDY, w, i, Reasons.L_NOT_DIBAO_HOUSEHOLD, e);
      }
      if (e != null) {
        e.step("disabilityLiving.amount", "生活补贴 " + p.living.get() + " 元/月", "living subsidy " + p.living.get() + " a month",
            Expl.in(), p.uses(DISABILITY_LIVING_AMOUNT, DISABILITY_LIVING_ROUNDING), p.living.get().toString());
      }
      return new SchemeResult(Scheme.DISABILITY_LIVING_SUBSIDY, p.month, w.beneficiary[i], Outcome.ELIGIBLE, p.living,
          w.payee(i), List.of(), List.of(), Expl.of(e));
    }
    int fails = (isEp ? 1 : 0) | (injury ? 2 : 0) | (orphan ? 4 : 0) | (dibaoHousehold ? 0 : 8);
    return ineligible(Scheme.DISABILITY_LIVING_SUBSIDY, w, i, Reasons.LIVING_BY_MASK[fails], e);
  }
}
