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
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
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
      e.step("priceSubsidy.coverage",
          "保障范围 " + p.text(PRICE_SUBSIDY_COVERED) + "; 低保家庭成员: " + Words.yesNoZh(!isEp && dibaoHousehold)
              + "; 特困人员: " + Words.yesNoZh(isEp) + " → " + (covered ? "在范围内" : "不在范围内"),
          "groups covered " + p.text(PRICE_SUBSIDY_COVERED) + "; member of a dibao household: "
              + Words.yesNoEn(!isEp && dibaoHousehold) + "; extreme-poverty person: " + Words.yesNoEn(isEp) + " → "
              + (covered ? "covered" : "not covered"),
          Expl.in("dibaoMember", !isEp && dibaoHousehold, "extremePoverty", isEp), p.uses(PRICE_SUBSIDY_COVERED),
          String.valueOf(covered));
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
      String rate = p.triggeringRate.toPlainString();
      e.step("priceSubsidy.amount",
          Fen.yuan(p.std(res)) + " × " + rate + "% × " + p.priceMultiplier.toPlainString() + " 按 " + p.priceRounding + " 舍入 = "
              + p.priceAmount[res.ordinal()].get(),
          Fen.yuan(p.std(res)) + " × " + rate + "% × " + p.priceMultiplier.toPlainString() + " rounded " + p.priceRounding
              + " = " + p.priceAmount[res.ordinal()].get(),
          Expl.in("residenceType", res, "rate", rate + "%"),
          p.uses(Params.stdKey(res), PRICE_SUBSIDY_RATE_BASIS, PRICE_SUBSIDY_MULTIPLIER, PRICE_SUBSIDY_ROUNDING),
          p.priceAmount[res.ordinal()].get().toString());
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
    if (p.priceIndex == null) {
      e.step("priceSubsidy.trigger",
          "价格指数序列 (" + p.priceSeriesLabel + ") 缺少 " + w.h.region() + " " + p.month + " 的数据",
          "the price-index series (" + p.priceSeriesLabel + ") has no entry for " + w.h.region() + " " + p.month,
          Expl.in("priceIndex", "missing"), p.uses(PRICE_SUBSIDY_CPI_THRESHOLD, PRICE_SUBSIDY_FOOD_CPI_THRESHOLD), "");
      return;
    }
    String cpi = p.priceIndex.cpi().toPlainString();
    String food = p.priceIndex.foodCpi().toPlainString();
    boolean on = p.trigger == Params.TRIGGER_YES;
    e.step("priceSubsidy.trigger",
        "CPI 同比 " + cpi + "% (启动条件 ≥" + p.cpiThreshold.toPlainString() + "%), 食品 " + food + "% (≥"
            + p.foodCpiThreshold.toPlainString() + "%) → " + (on ? "启动, 按 " + (p.triggeredByFood ? "食品" : "CPI") + " 涨幅" : "未启动")
            + " [" + p.priceSeriesLabel + "]",
        "CPI year on year " + cpi + "% (trigger ≥" + p.cpiThreshold.toPlainString() + "%), food " + food + "% (≥"
            + p.foodCpiThreshold.toPlainString() + "%) → " + (on ? "triggered, by the " + (p.triggeredByFood ? "food" : "CPI")
            + " rate" : "not triggered") + " [" + p.priceSeriesLabel + "]",
        Expl.in("cpi", cpi, "foodCpi", food), p.uses(PRICE_SUBSIDY_CPI_THRESHOLD, PRICE_SUBSIDY_FOOD_CPI_THRESHOLD),
        String.valueOf(on));
  }
}
