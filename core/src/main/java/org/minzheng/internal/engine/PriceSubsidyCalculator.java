package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_COVERED;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_CPI_THRESHOLD;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_FOOD_CPI_THRESHOLD;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_MULTIPLIER;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_RATE_BASIS;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_ROUNDING;

import java.util.List;
import java.util.Optional;
import org.minzheng.household.PriceIndex;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
import org.minzheng.standard.Money;
import org.minzheng.standard.PriceRateBasis;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/**
 * Price-linked temporary subsidy (价格临时补贴, rules.md §4), per counted member: covered groups
 * (dibao household members, extreme-poverty persons), triggered by CPI or food CPI year on year;
 * standard × the triggering rate × multiplier, rounded once.
 */
final class PriceSubsidyCalculator extends PersonRule {
  static final PriceSubsidyCalculator INSTANCE = new PriceSubsidyCalculator();
  private static final List<Reason> L_NOT_COVERED_NOT_TRIGGERED = List.of(Reasons.NOT_COVERED, Reasons.NOT_TRIGGERED);

  private PriceSubsidyCalculator() {}

  @Override
  Scheme scheme() {
    return Scheme.PRICE_SUBSIDY;
  }

  @Override
  List<Step> warnings(Params p) {
    return p.priceWarnings;
  }

  @Override
  SchemeResult eval(Work w, int i, boolean isEp, boolean dibaoHousehold, Expl e) {
    Params p = w.p;
    boolean asDibao = p.coversDibao && !isEp && dibaoHousehold;
    boolean asEp = p.coversExtremePoverty && isEp;
    boolean covered = asDibao || asEp;
    if (e != null) {
      e.step("priceSubsidy.coverage", p.uses(PRICE_SUBSIDY_COVERED), covered, p.text(PRICE_SUBSIDY_COVERED),
          !isEp && dibaoHousehold, isEp, covered);
    }
    if (!covered) {
      return ineligible(Scheme.PRICE_SUBSIDY, w, i,
          p.trigger == Params.TRIGGER_NONE ? L_NOT_COVERED_NOT_TRIGGERED : Reasons.L_NOT_COVERED, e);
    }
    if (e != null) {
      triggerStep(w, e);
    }
    if (p.trigger == Params.TRIGGER_NONE) {
      return ineligible(Scheme.PRICE_SUBSIDY, w, i, Reasons.L_NOT_TRIGGERED, e);
    }
    if (p.trigger == Params.TRIGGER_MISSING) {
      return new SchemeResult(Scheme.PRICE_SUBSIDY, p.month, w.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), p.priceMissing, Expl.of(e));
    }
    ResidenceType res = w.h.residenceType();
    if (e != null) {
      Money amount = p.priceAmount[res.ordinal()].get();
      e.step("priceSubsidy.amount", p.uses(Params.stdKey(res), PRICE_SUBSIDY_RATE_BASIS, PRICE_SUBSIDY_MULTIPLIER, PRICE_SUBSIDY_ROUNDING), amount,
          Money.ofFen(p.std(res)), p.triggeringRate, p.priceMultiplier, p.priceRounding, amount, res);
    }
    return new SchemeResult(Scheme.PRICE_SUBSIDY, p.month, w.beneficiary[i], Outcome.ELIGIBLE, p.priceAmount[res.ordinal()],
        w.payee(i), List.of(), List.of(), Expl.of(e));
  }

  /**
   * Whether the subsidy is computed from the food CPI rate (else from the CPI rate), once triggered,
   * by {@code priceSubsidy.rateBasis}: the larger triggering rate (the larger product if both trigger:
   * the standard is the same, so the larger rate), CPI only, or food CPI only.
   */
  static boolean rateIsFood(PriceRateBasis basis, boolean cpiTriggers, boolean foodTriggers, PriceIndex index) {
    switch (basis) {
      case CPI:
        return false;
      case FOOD_CPI:
        return true;
      default:
        return foodTriggers && (!cpiTriggers || index.foodCpi().compareTo(index.cpi()) > 0);
    }
  }

  private static void triggerStep(Work w, Expl e) {
    Params p = w.p;
    List<ParameterUse> uses = p.uses(PRICE_SUBSIDY_CPI_THRESHOLD, PRICE_SUBSIDY_FOOD_CPI_THRESHOLD);
    if (p.priceIndex == null) {
      e.step("priceSubsidy.trigger.missing", uses, null, p.priceSeriesLabel, w.h.region().code(), p.month);
      return;
    }
    boolean on = p.trigger == Params.TRIGGER_YES;
    e.step(on ? "priceSubsidy.trigger.on" : "priceSubsidy.trigger.off", uses, on, p.priceIndex.cpi(), p.cpiThreshold,
        p.priceIndex.foodCpi(), p.foodCpiThreshold, p.priceSeriesLabel, p.triggeredByFood);
  }
}
