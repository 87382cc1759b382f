package org.minzheng.schemes.disability;

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
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.MemberCursor;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Rounding;

/**
 * The rule of the nursing subsidy for severely disabled people (重度残疾人护理补贴, rules.md §6;
 * {@code docs/rules/disability.md}): a disability of grade 1–2 (the worst grade counted is a parameter)
 * needing long-term care; the enhanced amount for the enhanced ages in a dibao household with an enhanced
 * category, when the standards define one; not for extreme-poverty persons or people receiving a
 * work-injury nursing allowance; orphans may receive it.
 *
 * @since 0.2
 */
public final class DisabilityNursingRule extends DisabilityRule {
  /** The rule. */
  public static final DisabilityNursingRule INSTANCE = new DisabilityNursingRule();
  private static final List<ParameterKey<?>> AMOUNT_PARAMETERS = List.of(DISABILITY_NURSING_AMOUNT,
      DISABILITY_NURSING_ENHANCED_AMOUNT, DISABILITY_NURSING_ENHANCED_MIN_AGE, DISABILITY_NURSING_ENHANCED_MAX_AGE,
      DISABILITY_NURSING_ENHANCED_CATEGORIES, AGE_REFERENCE, LEAP_DAY_BIRTHDAY, DISABILITY_NURSING_ROUNDING);

  private DisabilityNursingRule() {
    super("disabilityNursing");
  }

  /** What the rule reads, derived once per region, month and standards. */
  static final class Prepared {
    final Money amount;
    final Money enhanced; // null when the standards define no enhanced group
    final int enhancedMinAge;
    final int enhancedMaxAge;
    final boolean[] enhancedCategory = new boolean[DisabilityCategory.values().length];
    final int maxGrade;

    Prepared(Money amount, Money enhanced, int enhancedMinAge, int enhancedMaxAge, int maxGrade) {
      this.amount = amount;
      this.enhanced = enhanced;
      this.enhancedMinAge = enhancedMinAge;
      this.enhancedMaxAge = enhancedMaxAge;
      this.maxGrade = maxGrade;
    }
  }

  @Override
  public Object prepare(Preparation p) {
    Rounding rounding = p.value(DISABILITY_NURSING_ROUNDING);
    Money amount = Money.of(p.value(DISABILITY_NURSING_AMOUNT).toYuan(), rounding);
    int maxGrade = p.value(DISABILITY_NURSING_MAX_GRADE);
    Optional<Money> enhanced = p.find(DISABILITY_NURSING_ENHANCED_AMOUNT);
    if (enhanced.isEmpty()) {
      return new Prepared(amount, null, 0, -1, maxGrade);
    }
    Prepared q = new Prepared(amount, Money.of(enhanced.get().toYuan(), rounding), p.value(DISABILITY_NURSING_ENHANCED_MIN_AGE),
        p.value(DISABILITY_NURSING_ENHANCED_MAX_AGE), maxGrade);
    for (String c : p.value(DISABILITY_NURSING_ENHANCED_CATEGORIES)) {
      try {
        q.enhancedCategory[DisabilityCategory.valueOf(c).ordinal()] = true;
      } catch (IllegalArgumentException e) {
        throw p.invalid(DISABILITY_NURSING_ENHANCED_CATEGORIES, "names the unknown disability category '" + c + "'");
      }
    }
    return q;
  }

  @Override
  SchemeResult evaluate(RuleContext c, Disability d, boolean isEp, boolean dibaoHousehold) {
    Prepared p = c.prepared();
    boolean severe = d.grade() <= p.maxGrade;
    boolean care = d.needsLongTermCare();
    boolean injury = c.person().receivesWorkInjuryNursingAllowance();
    if (c.explaining()) {
      c.step("disabilityNursing.conditions", List.of(DISABILITY_NURSING_MAX_GRADE), null, d.category(), d.grade(),
          p.maxGrade, care, d.longTermCare().isPresent(), isEp, injury);
    }
    if (!severe || !care || isEp || injury) {
      int fails = (!severe ? 1 : !care ? 2 : 0) | (isEp ? 4 : 0) | (injury ? 8 : 0);
      return c.ineligible(Reasons.NURSING_BY_MASK[fails]);
    }
    int age = c.age();
    boolean enhanced = p.enhanced != null && dibaoHousehold && age >= p.enhancedMinAge && age <= p.enhancedMaxAge
        && p.enhancedCategory[d.category().ordinal()];
    Money amount = enhanced ? p.enhanced : p.amount;
    if (c.explaining()) {
      if (p.enhanced == null) {
        c.step("disabilityNursing.amount.noEnhanced", AMOUNT_PARAMETERS, amount, amount, age, dibaoHousehold);
      } else {
        c.step("disabilityNursing.amount", AMOUNT_PARAMETERS, amount, p.enhancedMinAge, p.enhancedMaxAge, age, dibaoHousehold,
            c.text(DISABILITY_NURSING_ENHANCED_CATEGORIES), d.category(), enhanced, amount);
      }
    }
    return c.eligible(amount);
  }

  /**
   * The loop of {@link SchemeModule.PersonRule#evaluateAll}, in this final class, so that the JIT inlines
   * {@code evaluate}.
   *
   * @param members the cursor over the members, not null
   */
  @Override
  public void evaluateAll(MemberCursor members) {
    while (members.next()) {
      members.put(evaluate(members));
    }
  }
}
