package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.TEMPORARY_ASSISTANCE_MAX_MONTHS;
import static org.minzheng.standard.Parameters.TEMPORARY_ASSISTANCE_ROUNDING;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsView;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;

/**
 * Temporary assistance (临时救助, rules.md §3), per case: the monthly dibao standard at the approval
 * date × persons × min(months, the most months paid), rounded once.
 */
final class TemporaryAssistanceCalculator {
  private TemporaryAssistanceCalculator() {}

  static SchemeResult calculate(StandardsView view, TemporaryAssistanceCase c, boolean explain) {
    ResolvedParameter<Money> std = view.get(Params.stdKey(c.residenceType()));
    ResolvedParameter<Integer> max = view.get(TEMPORARY_ASSISTANCE_MAX_MONTHS);
    ResolvedParameter<Rounding> rounding = view.get(TEMPORARY_ASSISTANCE_ROUNDING);
    int months = Math.min(c.months(), max.value());
    long exact = Math.multiplyExact(Math.multiplyExact(std.value().fen(), c.persons()), months);
    long amount = Fen.round(exact, rounding.value());
    Beneficiary caseId = new Beneficiary(Beneficiary.Kind.CASE, c.id());
    Expl e = null;
    if (explain) {
      e = new Expl();
      for (ResolvedParameter<?> r : List.of(std, max, rounding)) {
        if (r.warning().isPresent()) {
          e.step("standards.lenient", List.of(r.toUse()), null, r.warning().get());
        }
      }
      Money a = Money.ofFen(amount);
      e.step("temporaryAssistance.amount", List.of(std.toUse(), max.toUse(), rounding.toUse()), a, c.approvalDate(),
          c.residenceType(), std.value(), c.persons(), c.months(), max.value(), months, Money.ofFen(exact), rounding.value(), a,
          c.cause());
    }
    return new SchemeResult(Scheme.TEMPORARY_ASSISTANCE, YearMonth.from(c.approvalDate()), caseId, Outcome.ELIGIBLE,
        Optional.of(Money.ofFen(amount)), Optional.of(Beneficiary.household(c.householdId().value())), List.of(), List.of(),
        Expl.of(e));
  }

  static Stamp stamp(StandardsView view, TemporaryAssistanceCase c) {
    return Stamps.stamp(Stamps.libraryVersion(), List.of(view.get(Params.stdKey(c.residenceType())),
        view.get(TEMPORARY_ASSISTANCE_MAX_MONTHS), view.get(TEMPORARY_ASSISTANCE_ROUNDING)));
  }
}
