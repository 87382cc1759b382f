package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_CATEGORIES;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_MAX_AGE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_MIN_AGE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_MAX_GRADE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ROUNDING;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;

import java.util.List;
import java.util.Optional;
import org.minzheng.household.Disability;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * Nursing subsidy for severely disabled people (重度残疾人护理补贴, rules.md §6): grade 1–2 (the
 * worst grade is a parameter) needing long-term care; the enhanced amount for the enhanced ages in a
 * dibao household with an enhanced category, when the standards define one; not for extreme-poverty
 * persons or people receiving a work-injury nursing allowance; orphans may receive it.
 */
final class DisabilityNursingCalculator extends DisabilityRule {
  static final DisabilityNursingCalculator INSTANCE = new DisabilityNursingCalculator();

  private DisabilityNursingCalculator() {
    super(Scheme.DISABILITY_NURSING_SUBSIDY, "disabilityNursing");
  }

  @Override
  List<Step> warnings(Params p) {
    return p.nursingWarnings;
  }

  @Override
  SchemeResult evalDisabled(Work w, int i, Disability d, boolean isEp, boolean dibaoHousehold, Expl e) {
    Params p = w.p;
    boolean severe = d.grade() <= p.nursingMaxGrade;
    boolean care = d.needsLongTermCare();
    boolean injury = w.person[i].receivesWorkInjuryNursingAllowance();
    if (e != null) {
      e.step("disabilityNursing.conditions", p.uses(DISABILITY_NURSING_MAX_GRADE), null, d.category(), d.grade(),
          p.nursingMaxGrade, care, d.longTermCare().isPresent(), isEp, injury);
    }
    if (!severe || !care || isEp || injury) {
      int fails = (!severe ? 1 : !care ? 2 : 0) | (isEp ? 4 : 0) | (injury ? 8 : 0);
      return ineligible(scheme(), w, i, Reasons.NURSING_BY_MASK[fails], e);
    }
    int age = w.age[i];
    boolean enhanced = p.nursingEnhanced != null && dibaoHousehold && age >= p.enhancedMinAge && age <= p.enhancedMaxAge
        && p.enhancedCategory[d.category().ordinal()];
    Optional<Money> amount = enhanced ? p.nursingEnhanced : p.nursing;
    if (e != null) {
      List<ParameterUse> uses = p.uses(DISABILITY_NURSING_AMOUNT, DISABILITY_NURSING_ENHANCED_AMOUNT,
          DISABILITY_NURSING_ENHANCED_MIN_AGE, DISABILITY_NURSING_ENHANCED_MAX_AGE, DISABILITY_NURSING_ENHANCED_CATEGORIES,
          AGE_REFERENCE, LEAP_DAY_BIRTHDAY, DISABILITY_NURSING_ROUNDING);
      if (p.nursingEnhanced == null) {
        e.step("disabilityNursing.amount.noEnhanced", uses, amount.get(), amount.get(), age, dibaoHousehold);
      } else {
        e.step("disabilityNursing.amount", uses, amount.get(), p.enhancedMinAge, p.enhancedMaxAge, age, dibaoHousehold,
            p.text(DISABILITY_NURSING_ENHANCED_CATEGORIES), d.category(), enhanced, amount.get());
      }
    }
    return eligible(w, i, amount, e);
  }
}
