package org.minzheng.schemes.dibao;

import static org.minzheng.standard.Parameters.DIBAO_CLASS_FLOOR;
import static org.minzheng.standard.Parameters.DIBAO_EMPLOYMENT_DEDUCTION;
import static org.minzheng.standard.Parameters.DIBAO_INCOME_MONTHS;
import static org.minzheng.standard.Parameters.DIBAO_METHOD;
import static org.minzheng.standard.Parameters.DIBAO_MINIMUM_PAYOUT;
import static org.minzheng.standard.Parameters.DIBAO_ROUNDING;
import static org.minzheng.standard.Parameters.DIBAO_TIERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.household.Household;
import org.minzheng.household.InvalidInputException;
import org.minzheng.internal.engine.Fen;
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.ExactQuotient;
import org.minzheng.scheme.HouseholdContext;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;

/**
 * The rule of the minimum living guarantee (最低生活保障, rules.md §1; {@code docs/rules/dibao.md}), per
 * household and month: the counted members without extreme-poverty persons, their counted income
 * compared exactly with standard × members × income months, 补差 rounded once, the class floor (A+), the
 * tiered method, the minimum payout.
 *
 * <p>It reads the <em>status</em> of extreme poverty per member; when that is UNDETERMINED for some
 * members, the engine evaluates this rule with them in and out of the household and the result is
 * UNDETERMINED only when those evaluations differ (rules.md §0).
 *
 * @since 0.2
 */
public final class DibaoRule implements SchemeModule.HouseholdRule {
  /** The rule. */
  public static final DibaoRule INSTANCE = new DibaoRule();

  private DibaoRule() {}

  /** What the rule reads, derived once per region, month and standards. */
  static final class Prepared {
    DibaoStandard standard;
    long minimumPayout;
    DibaoMethod method;
    Map<String, Money> classFloor; // null when the standards define none for the date
    Map<String, Money> tiers; // null when the standards define none for the date
    Rounding rounding;
  }

  /**
   * @param r a residence type, not null
   * @return the key of the dibao standard for it
   */
  public static ParameterKey<Money> standardKey(ResidenceType r) {
    return DibaoStandard.key(r);
  }

  @Override
  public Object prepare(Preparation p) {
    Prepared q = new Prepared();
    q.standard = DibaoStandard.of(p);
    q.minimumPayout = p.value(DIBAO_MINIMUM_PAYOUT).fen();
    q.method = p.value(DIBAO_METHOD);
    q.classFloor = p.find(DIBAO_CLASS_FLOOR).orElse(null);
    q.tiers = q.method == DibaoMethod.TIERED ? p.value(DIBAO_TIERS) : p.find(DIBAO_TIERS).orElse(null);
    q.rounding = p.value(DIBAO_ROUNDING);
    return q;
  }

  @Override
  public SchemeResult evaluate(HouseholdContext c) {
    Prepared p = c.prepared();
    DibaoStandard s = p.standard;
    Household h = c.household();
    ResidenceType res = h.residenceType();
    boolean explaining = c.explaining();
    // the dibao household: the counted members less the extreme-poverty persons (size and income)
    int n = 0;
    long sum = 0;
    for (int i = 0, size = c.size(); i < size; i++) {
      if (c.counted(i) && c.status(Scheme.EXTREME_POVERTY, i) != Outcome.ELIGIBLE) {
        n++;
        sum = Math.addExact(sum, s.countedIncome(c.person(i)));
      }
    }
    if (explaining) {
      membersStep(c, n);
    }
    if (n == 0) {
      return c.ineligible(Reasons.L_NO_COUNTED_MEMBER);
    }
    long std = s.fen(res);
    long limit = Math.multiplyExact(Math.multiplyExact(std, n), s.incomeMonths());
    boolean incomeBelow = sum < limit;
    Boolean assets = h.assetsWithinLimits().orElse(null);
    if (explaining) {
      Money sumM = Money.ofFen(sum);
      ExactQuotient monthly = new ExactQuotient(sumM, s.incomeMonths());
      c.step("dibao.income", List.of(DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION), monthly,
          s.incomeMonths(), Money.ofFen(s.employmentDeductionFen()), sumM, monthly, n);
      c.step("dibao.eligibility.income", List.of(standardKey(res), DIBAO_INCOME_MONTHS), incomeBelow,
          sumM, Money.ofFen(std), n, s.incomeMonths(), Money.ofFen(limit), res, incomeBelow);
      c.step("dibao.eligibility.assets", List.of(), assets, assets);
    }
    boolean assetsFail = assets == Boolean.FALSE;
    if (!incomeBelow || assetsFail) {
      return c.ineligible(!assetsFail ? Reasons.L_INCOME_NOT_BELOW_STANDARD
          : incomeBelow ? List.of(Reasons.ASSETS_EXCEED_LIMITS)
          : List.of(Reasons.INCOME_NOT_BELOW_STANDARD, Reasons.ASSETS_EXCEED_LIMITS));
    }
    String cls = h.classification().orElse(null);
    if (p.method == DibaoMethod.TIERED && cls == null) {
      return c.undetermined(assets == null
          ? List.of(Reasons.MISSING_ASSETS, Reasons.missing(Reasons.CLASSIFICATION_FACT))
          : List.of(Reasons.missing(Reasons.CLASSIFICATION_FACT)));
    }
    if (assets == null) {
      return c.undetermined(Reasons.L_MISSING_ASSETS);
    }
    long amount;
    if (p.method == DibaoMethod.TIERED) {
      Money tier = p.tiers.get(cls);
      if (tier == null) {
        throw new InvalidInputException("household " + h.id() + ": classification '" + cls
            + "' is not a tier of dibao.tiers " + p.tiers.keySet());
      }
      amount = Fen.round(Math.multiplyExact(tier.fen(), n), p.rounding);
      if (explaining) {
        Money a = Money.ofFen(amount);
        c.step("dibao.tiered", List.of(DIBAO_METHOD, DIBAO_TIERS, DIBAO_ROUNDING), a, cls, tier, n, a);
      }
    } else {
      long gap = limit - sum; // 补差: standard × n × months − counted income, divided by the months once
      amount = Fen.divide(gap, s.incomeMonths(), p.rounding);
      if (explaining) {
        Money a = Money.ofFen(amount);
        c.step("dibao.gap", List.of(DIBAO_METHOD, standardKey(res), DIBAO_INCOME_MONTHS, DIBAO_ROUNDING), a,
            Money.ofFen(std), n, s.incomeMonths(), Money.ofFen(sum), new ExactQuotient(Money.ofFen(gap), s.incomeMonths()),
            p.rounding, a);
      }
      amount = classFloor(c, p, cls, n, amount);
    }
    if (amount < p.minimumPayout) {
      if (explaining) {
        Money min = Money.ofFen(p.minimumPayout);
        c.step("dibao.minimumPayout", List.of(DIBAO_MINIMUM_PAYOUT), min, min, Money.ofFen(amount));
      }
      amount = p.minimumPayout;
    }
    Money a = Money.ofFen(amount);
    if (explaining) {
      c.step("dibao.result", List.of(DIBAO_MINIMUM_PAYOUT), a, a, h.id().value());
    }
    return c.eligible(a, n);
  }

  /** The A+ class floor: max(补差, class amount × n) when the standards define one for the class. */
  private static long classFloor(HouseholdContext c, Prepared p, String cls, int n, long amount) {
    if (cls == null) {
      return amount;
    }
    if (p.classFloor == null) {
      if (c.explaining()) {
        c.step("dibao.classFloor.undefined", List.of(), Money.ofFen(amount), cls);
      }
      return amount;
    }
    Money floor = p.classFloor.get(cls);
    if (floor == null) {
      if (c.explaining()) {
        c.step("dibao.classFloor.none", List.of(DIBAO_CLASS_FLOOR), Money.ofFen(amount), cls);
      }
      return amount;
    }
    long floorN = Math.multiplyExact(floor.fen(), n);
    long raised = Math.max(amount, floorN);
    if (c.explaining()) {
      Money a = Money.ofFen(raised);
      c.step("dibao.classFloor", List.of(DIBAO_CLASS_FLOOR), a, cls, Money.ofFen(amount), floor, n, Money.ofFen(floorN), a);
    }
    return raised;
  }

  private static void membersStep(HouseholdContext c, int n) {
    List<String> in = new ArrayList<>(c.size());
    List<String> ep = new ArrayList<>(2);
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < c.size(); i++) {
      String id = c.person(i).id().value();
      (!c.counted(i) ? out : c.status(Scheme.EXTREME_POVERTY, i) == Outcome.ELIGIBLE ? ep : in).add(id);
    }
    c.step("dibao.members", List.of(), n, n, in, ep, out);
  }
}
