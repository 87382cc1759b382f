package org.minzheng.schemes.temporary;

import static org.minzheng.standard.Parameters.TEMPORARY_ASSISTANCE_MAX_MONTHS;
import static org.minzheng.standard.Parameters.TEMPORARY_ASSISTANCE_ROUNDING;

import java.util.List;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.internal.engine.Fen;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.CaseContext;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.schemes.dibao.DibaoStandard;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Rounding;

/**
 * The rule of temporary assistance (临时救助, rules.md §3; {@code docs/rules/temporary-assistance.md}), per
 * case: the monthly dibao standard in force on the approval date × persons × min(months, the most months
 * paid), rounded once, paid to the household.
 *
 * @since 0.2
 */
public final class TemporaryAssistanceRule implements SchemeModule.CaseRule {
  /** The rule. */
  public static final TemporaryAssistanceRule INSTANCE = new TemporaryAssistanceRule();

  private TemporaryAssistanceRule() {}

  @Override
  public SchemeResult evaluate(CaseContext c) {
    TemporaryAssistanceCase k = c.assistanceCase();
    ParameterKey<Money> stdKey = DibaoStandard.key(k.residenceType());
    Money std = c.value(stdKey);
    int max = c.value(TEMPORARY_ASSISTANCE_MAX_MONTHS);
    Rounding rounding = c.value(TEMPORARY_ASSISTANCE_ROUNDING);
    int months = Math.min(k.months(), max);
    long exact = Math.multiplyExact(Math.multiplyExact(std.fen(), k.persons()), months);
    Money amount = Money.ofFen(Fen.round(exact, rounding));
    if (c.explaining()) {
      c.step("temporaryAssistance.amount", List.of(stdKey, TEMPORARY_ASSISTANCE_MAX_MONTHS, TEMPORARY_ASSISTANCE_ROUNDING),
          amount, k.approvalDate(), k.residenceType(), std, k.persons(), k.months(), max, months, Money.ofFen(exact), rounding,
          amount, k.cause());
    }
    return c.eligible(amount, Beneficiary.household(k.householdId().value()));
  }
}
