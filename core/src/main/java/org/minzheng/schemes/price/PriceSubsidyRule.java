package org.minzheng.schemes.price;

import static org.minzheng.standard.Parameters.DIBAO_STANDARD_RURAL;
import static org.minzheng.standard.Parameters.DIBAO_STANDARD_URBAN;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_COVERED;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_CPI_THRESHOLD;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_FOOD_CPI_THRESHOLD;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_MULTIPLIER;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_RATE_BASIS;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_ROUNDING;

import java.math.BigDecimal;
import java.util.List;
import org.minzheng.household.PriceIndex;
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.MemberCursor;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.PriceRateBasis;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;

/**
 * The rule of the price-linked temporary subsidy (价格临时补贴, rules.md §4; {@code docs/rules/price-subsidy.md}),
 * per counted member and month: the covered groups (members of a household receiving dibao, extreme-poverty
 * persons), when the month's CPI or food CPI year on year reaches its trigger; the local dibao standard × the
 * triggering rate × the multiplier, rounded once. No price index for the region and month: UNDETERMINED for
 * a covered member.
 *
 * @since 0.2
 */
public final class PriceSubsidyRule implements SchemeModule.PersonRule {
  /** The rule. */
  public static final PriceSubsidyRule INSTANCE = new PriceSubsidyRule();
  private static final List<Reason> NOT_COVERED_NOT_TRIGGERED = List.of(Reasons.NOT_COVERED, Reasons.NOT_TRIGGERED);
  private static final List<ParameterKey<?>> TRIGGER_PARAMETERS = List.of(PRICE_SUBSIDY_CPI_THRESHOLD,
      PRICE_SUBSIDY_FOOD_CPI_THRESHOLD);

  private PriceSubsidyRule() {}

  /** Whether the month's indices trigger the subsidy. */
  enum Trigger { NONE, YES, MISSING }

  /** What the rule reads, derived once per region, month and standards (and price index series). */
  static final class Prepared {
    long stdUrban;
    long stdRural;
    BigDecimal cpiThreshold;
    BigDecimal foodCpiThreshold;
    BigDecimal multiplier;
    boolean coversDibao;
    boolean coversExtremePoverty;
    Rounding rounding;
    Trigger trigger;
    PriceIndex index; // null when missing
    String seriesLabel;
    BigDecimal triggeringRate; // null unless triggered
    boolean triggeredByFood;
    final Money[] amount = new Money[ResidenceType.values().length]; // null entries unless triggered
    List<Reason> missing;
  }

  @Override
  public Object prepare(Preparation p) {
    Prepared q = new Prepared();
    q.stdUrban = p.value(DIBAO_STANDARD_URBAN).fen();
    q.stdRural = p.value(DIBAO_STANDARD_RURAL).fen();
    q.cpiThreshold = p.value(PRICE_SUBSIDY_CPI_THRESHOLD);
    q.foodCpiThreshold = p.value(PRICE_SUBSIDY_FOOD_CPI_THRESHOLD);
    q.multiplier = p.value(PRICE_SUBSIDY_MULTIPLIER);
    PriceRateBasis basis = p.find(PRICE_SUBSIDY_RATE_BASIS).orElse(PriceRateBasis.LARGER_TRIGGERING_RATE);
    for (String group : p.value(PRICE_SUBSIDY_COVERED)) {
      if (group.equals("DIBAO_MEMBER")) {
        q.coversDibao = true;
      } else if (group.equals("EXTREME_POVERTY")) {
        q.coversExtremePoverty = true;
      } else {
        throw p.invalid(PRICE_SUBSIDY_COVERED, "names the unknown group '" + group + "' (known: DIBAO_MEMBER, EXTREME_POVERTY)");
      }
    }
    q.rounding = p.value(PRICE_SUBSIDY_ROUNDING);
    q.seriesLabel = p.priceIndexLabel();
    q.index = p.priceIndex().orElse(null);
    if (q.index == null) {
      q.trigger = Trigger.MISSING;
      q.missing = List.of(Reasons.missing("priceIndex[" + p.region() + "," + p.month() + "]"));
      return q;
    }
    q.missing = List.of();
    boolean cpi = q.index.cpi().compareTo(q.cpiThreshold) >= 0;
    boolean food = q.index.foodCpi().compareTo(q.foodCpiThreshold) >= 0;
    if (!cpi && !food) {
      q.trigger = Trigger.NONE;
      return q;
    }
    q.trigger = Trigger.YES;
    q.triggeredByFood = rateIsFood(basis, cpi, food, q.index);
    q.triggeringRate = q.triggeredByFood ? q.index.foodCpi() : q.index.cpi();
    for (ResidenceType r : ResidenceType.values()) {
      // a basis other than the triggering rate (priceSubsidy.rateBasis CPI or FOOD_CPI) may be negative: no subsidy then
      BigDecimal exact = Money.ofFen(r == ResidenceType.URBAN ? q.stdUrban : q.stdRural).toYuan()
          .multiply(q.triggeringRate.movePointLeft(2)).multiply(q.multiplier).max(BigDecimal.ZERO);
      q.amount[r.ordinal()] = Money.of(exact, q.rounding);
    }
    return q;
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

  @Override
  public SchemeResult evaluate(RuleContext c) {
    Prepared p = c.prepared();
    boolean isEp = c.status(Scheme.EXTREME_POVERTY) == Outcome.ELIGIBLE;
    boolean dibaoHousehold = c.status(Scheme.DIBAO) == Outcome.ELIGIBLE;
    boolean asDibao = p.coversDibao && !isEp && dibaoHousehold;
    boolean asEp = p.coversExtremePoverty && isEp;
    boolean covered = asDibao || asEp;
    boolean explaining = c.explaining();
    if (explaining) {
      c.step("priceSubsidy.coverage", List.of(PRICE_SUBSIDY_COVERED), covered, c.text(PRICE_SUBSIDY_COVERED),
          !isEp && dibaoHousehold, isEp, covered);
    }
    if (!covered) {
      return c.ineligible(p.trigger == Trigger.NONE ? NOT_COVERED_NOT_TRIGGERED : Reasons.L_NOT_COVERED);
    }
    if (explaining) {
      triggerStep(c, p);
    }
    if (p.trigger == Trigger.NONE) {
      return c.ineligible(Reasons.L_NOT_TRIGGERED);
    }
    if (p.trigger == Trigger.MISSING) {
      return c.undetermined(p.missing);
    }
    ResidenceType res = c.household().residenceType();
    Money amount = p.amount[res.ordinal()];
    if (explaining) {
      boolean urban = res == ResidenceType.URBAN;
      c.step("priceSubsidy.amount", List.of(urban ? DIBAO_STANDARD_URBAN : DIBAO_STANDARD_RURAL, PRICE_SUBSIDY_RATE_BASIS,
          PRICE_SUBSIDY_MULTIPLIER, PRICE_SUBSIDY_ROUNDING), amount, Money.ofFen(urban ? p.stdUrban : p.stdRural),
          p.triggeringRate, p.multiplier, p.rounding, amount, res);
    }
    return c.eligible(amount);
  }

  private static void triggerStep(RuleContext c, Prepared p) {
    if (p.index == null) {
      c.step("priceSubsidy.trigger.missing", TRIGGER_PARAMETERS, null, p.seriesLabel, c.household().region().code(), c.month());
      return;
    }
    boolean on = p.trigger == Trigger.YES;
    c.step(on ? "priceSubsidy.trigger.on" : "priceSubsidy.trigger.off", TRIGGER_PARAMETERS, on, p.index.cpi(), p.cpiThreshold,
        p.index.foodCpi(), p.foodCpiThreshold, p.seriesLabel, p.triggeredByFood);
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
