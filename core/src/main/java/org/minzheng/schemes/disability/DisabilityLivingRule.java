package org.minzheng.schemes.disability;

import static org.minzheng.standard.Parameters.DISABILITY_LIVING_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_LIVING_ROUNDING;

import java.util.List;
import org.minzheng.household.Disability;
import org.minzheng.household.Person;
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.MemberCursor;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Rounding;

/**
 * The rule of the living subsidy for disabled people in hardship (困难残疾人生活补贴, rules.md §6;
 * {@code docs/rules/disability.md}): a member with a certified disability in a household receiving dibao
 * this month receives the amount; not an extreme-poverty person, nor someone receiving a work-injury
 * nursing allowance, nor a child under orphan protection.
 *
 * @since 0.2
 */
public final class DisabilityLivingRule extends DisabilityRule {
  /** The rule. */
  public static final DisabilityLivingRule INSTANCE = new DisabilityLivingRule();

  private DisabilityLivingRule() {
    super("disabilityLiving");
  }

  /** @return the amount, rounded once */
  @Override
  public Object prepare(Preparation p) {
    Rounding rounding = p.value(DISABILITY_LIVING_ROUNDING);
    return Money.of(p.value(DISABILITY_LIVING_AMOUNT).toYuan(), rounding);
  }

  @Override
  SchemeResult evaluate(RuleContext c, Disability d, boolean isEp, boolean dibaoHousehold) {
    Person person = c.person();
    boolean injury = person.receivesWorkInjuryNursingAllowance();
    boolean orphan = person.underOrphanProtection();
    if (c.explaining()) {
      c.step("disabilityLiving.conditions", List.of(), null, d.category(), d.grade(), dibaoHousehold, isEp, injury, orphan);
    }
    if (!isEp && !injury && !orphan) {
      if (!dibaoHousehold) {
        return c.ineligible(Reasons.L_NOT_DIBAO_HOUSEHOLD);
      }
      Money amount = c.prepared();
      if (c.explaining()) {
        c.step("disabilityLiving.amount", List.of(DISABILITY_LIVING_AMOUNT, DISABILITY_LIVING_ROUNDING), amount, amount);
      }
      return c.eligible(amount);
    }
    int fails = (isEp ? 1 : 0) | (injury ? 2 : 0) | (orphan ? 4 : 0) | (dibaoHousehold ? 0 : 8);
    return c.ineligible(Reasons.LIVING_BY_MASK[fails]);
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
