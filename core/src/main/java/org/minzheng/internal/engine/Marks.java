package org.minzheng.internal.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Explanation;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Scheme;

/**
 * The INELIGIBLE results of the payout form ({@link Engine.PayoutSink}): there nobody reads an
 * ineligible result's beneficiary, month or reasons, only its scheme and outcome (the engine hands the
 * sink the member's beneficiary itself), so one shared result per built-in scheme stands for all of
 * them and an ineligible outcome allocates nothing. Never handed to a caller.
 */
final class Marks {
  private static final Beneficiary NOBODY = Beneficiary.person("ineligible (payout form)");
  private static final YearMonth NO_MONTH = YearMonth.of(2000, 1);
  private static final SchemeResult DIBAO = mark(Scheme.DIBAO);
  private static final SchemeResult EXTREME_POVERTY = mark(Scheme.EXTREME_POVERTY);
  private static final SchemeResult PRICE_SUBSIDY = mark(Scheme.PRICE_SUBSIDY);
  private static final SchemeResult OLD_AGE_ALLOWANCE = mark(Scheme.OLD_AGE_ALLOWANCE);
  private static final SchemeResult DISABILITY_LIVING_SUBSIDY = mark(Scheme.DISABILITY_LIVING_SUBSIDY);
  private static final SchemeResult DISABILITY_NURSING_SUBSIDY = mark(Scheme.DISABILITY_NURSING_SUBSIDY);

  private Marks() {}

  private static SchemeResult mark(Scheme s) {
    return new SchemeResult(s, NO_MONTH, NOBODY, Outcome.INELIGIBLE, Optional.empty(), Optional.empty(),
        Reasons.L_NOT_COVERED, List.of(), Explanation.NONE);
  }

  /** @return the shared INELIGIBLE result of a built-in monthly scheme */
  static SchemeResult ineligible(Scheme s) {
    return s == Scheme.PRICE_SUBSIDY ? PRICE_SUBSIDY : s == Scheme.OLD_AGE_ALLOWANCE ? OLD_AGE_ALLOWANCE
        : s == Scheme.DISABILITY_LIVING_SUBSIDY ? DISABILITY_LIVING_SUBSIDY
        : s == Scheme.DISABILITY_NURSING_SUBSIDY ? DISABILITY_NURSING_SUBSIDY
        : s == Scheme.EXTREME_POVERTY ? EXTREME_POVERTY : s == Scheme.DIBAO ? DIBAO : null;
  }

  /** @return whether {@code r} is one of the shared results */
  static boolean isMark(SchemeResult r) {
    return r.beneficiary() == NOBODY;
  }
}
