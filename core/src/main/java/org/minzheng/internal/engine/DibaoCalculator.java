package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.DIBAO_CLASS_FLOOR;
import static org.minzheng.standard.Parameters.DIBAO_EMPLOYMENT_DEDUCTION;
import static org.minzheng.standard.Parameters.DIBAO_INCOME_MONTHS;
import static org.minzheng.standard.Parameters.DIBAO_METHOD;
import static org.minzheng.standard.Parameters.DIBAO_MINIMUM_PAYOUT;
import static org.minzheng.standard.Parameters.DIBAO_ROUNDING;
import static org.minzheng.standard.Parameters.DIBAO_TIERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.household.InvalidInputException;
import org.minzheng.scheme.ExactQuotient;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.Money;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/**
 * Minimum living guarantee (最低生活保障, dibao, rules.md §1), per household: the counted members
 * without extreme-poverty persons, income compared exactly in fen, 补差 rounded once, the per-class
 * floor (A+), the tiered method, the minimum payout.
 *
 * <p>Extreme-poverty results that are UNDETERMINED are resolved by evaluating dibao in every
 * "world" (each such member in or out of the household); dibao is UNDETERMINED only when the worlds
 * disagree on status or amount.
 */
final class DibaoCalculator {
  private DibaoCalculator() {}

  /** The result of one world's evaluation; one per {@link Work}, reused. */
  static final class Eval {
    Outcome outcome;
    long amount;
    List<Reason> reasons;
    List<Reason> missing;
  }

  static SchemeResult calculate(Work w) {
    int k = w.undCount;
    Eval ev = w.eval;
    if (k == 0) {
      Expl e = w.explain ? new Expl().addAll(w.p.dibaoWarnings) : null;
      eval(w, 0, ev, e);
      setWorlds(w, 1);
      w.worldOutcome[0] = ev.outcome;
      masks(w, 1);
      return result(w, ev, e);
    }
    if (k > Work.MAX_ENUMERATED) {
      List<Reason> missing = epMissing(w, new ArrayList<>());
      for (int i = 0; i < w.size; i++) {
        if (w.counted[i]) {
          w.pairMask[i] = w.epOutcome[i] == Outcome.ELIGIBLE ? 0b1100 : w.epOutcome[i] == Outcome.INELIGIBLE ? 0b0011 : 0b1111;
        }
      }
      Expl e = w.explain ? new Expl().addAll(w.p.dibaoWarnings) : null;
      if (e != null) {
        e.step("dibao.tooManyUndetermined", List.of(), Outcome.UNDETERMINED, k);
      }
      return new SchemeResult(Scheme.DIBAO, w.p.month, w.household(), Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), List.copyOf(missing), Expl.of(e));
    }
    int worlds = 1 << k;
    setWorlds(w, worlds);
    boolean same = true;
    Outcome firstOutcome = null;
    long firstAmount = 0;
    List<Reason> missing = new ArrayList<>();
    for (int world = 0; world < worlds; world++) {
      eval(w, world, ev, null);
      w.worldOutcome[world] = ev.outcome;
      Reasons.union(missing, ev.missing);
      if (world == 0) {
        firstOutcome = ev.outcome;
        firstAmount = ev.amount;
      } else if (ev.outcome != firstOutcome || ev.amount != firstAmount) {
        same = false;
      }
    }
    masks(w, worlds);
    Expl e = w.explain ? new Expl().addAll(w.p.dibaoWarnings) : null;
    if (same) {
      eval(w, 0, ev, e);
      if (e != null) {
        e.step("dibao.dependencyResolved", List.of(), ev.outcome, undeterminedIds(w), worlds);
      }
      return result(w, ev, e);
    }
    List<Reason> all = epMissing(w, new ArrayList<>());
    Reasons.union(all, missing);
    if (e != null) {
      e.step("dibao.dependencyUndetermined", List.of(), Outcome.UNDETERMINED, undeterminedIds(w), worlds);
    }
    return new SchemeResult(Scheme.DIBAO, w.p.month, w.household(), Outcome.UNDETERMINED, Optional.empty(),
        Optional.empty(), List.of(), List.copyOf(all), Expl.of(e));
  }

  private static SchemeResult result(Work w, Eval ev, Expl e) {
    if (ev.outcome == Outcome.ELIGIBLE) {
      return new SchemeResult(Scheme.DIBAO, w.p.month, w.household(), Outcome.ELIGIBLE, Optional.of(Money.ofFen(ev.amount)),
          Optional.of(w.household()), List.of(), List.of(), Expl.of(e));
    }
    if (ev.outcome == Outcome.INELIGIBLE && w.payout) {
      return Marks.ineligible(Scheme.DIBAO);
    }
    return new SchemeResult(Scheme.DIBAO, w.p.month, w.household(), ev.outcome, Optional.empty(), Optional.empty(),
        ev.reasons, ev.missing, Expl.of(e));
  }

  /** Evaluates dibao for the household in one world. */
  private static void eval(Work w, int world, Eval ev, Expl e) {
    Params p = w.p;
    ResidenceType res = w.h.residenceType();
    int n = 0;
    long sum = 0;
    for (int i = 0; i < w.size; i++) {
      if (w.counted[i] && !w.isEpIn(i, world)) {
        n++;
        sum = Math.addExact(sum, w.income[i]);
      }
    }
    if (e != null) {
      membersStep(w, world, n, e);
    }
    ev.amount = 0;
    ev.missing = List.of();
    if (n == 0) {
      ev.outcome = Outcome.INELIGIBLE;
      ev.reasons = Reasons.L_NO_COUNTED_MEMBER;
      return;
    }
    long std = p.std(res);
    long limit = Math.multiplyExact(Math.multiplyExact(std, n), p.incomeMonths);
    boolean incomeBelow = sum < limit;
    Boolean assets = w.assets;
    if (e != null) {
      Money sumM = Money.ofFen(sum);
      ExactQuotient monthly = new ExactQuotient(sumM, p.incomeMonths);
      e.step("dibao.income", p.uses(DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION), monthly,
          p.incomeMonths, Money.ofFen(p.employmentDeduction), sumM, monthly, n);
      e.step("dibao.eligibility.income", p.uses(Params.stdKey(res), DIBAO_INCOME_MONTHS), incomeBelow,
          sumM, Money.ofFen(std), n, p.incomeMonths, Money.ofFen(limit), res, incomeBelow);
      e.step("dibao.eligibility.assets", List.of(), assets, assets);
    }
    boolean assetsFail = assets == Boolean.FALSE;
    if (!incomeBelow || assetsFail) {
      ev.outcome = Outcome.INELIGIBLE;
      ev.reasons = !assetsFail ? Reasons.L_INCOME_NOT_BELOW_STANDARD
          : incomeBelow ? List.of(Reasons.ASSETS_EXCEED_LIMITS)
          : List.of(Reasons.INCOME_NOT_BELOW_STANDARD, Reasons.ASSETS_EXCEED_LIMITS);
      return;
    }
    ev.reasons = List.of();
    String cls = w.classification;
    if (p.method == DibaoMethod.TIERED && cls == null) {
      ev.outcome = Outcome.UNDETERMINED;
      ev.missing = assets == null ? List.of(Reasons.MISSING_ASSETS, Reasons.missing(Reasons.CLASSIFICATION_FACT))
          : List.of(Reasons.missing(Reasons.CLASSIFICATION_FACT));
      return;
    }
    if (assets == null) {
      ev.outcome = Outcome.UNDETERMINED;
      ev.missing = Reasons.L_MISSING_ASSETS;
      return;
    }
    long amount;
    if (p.method == DibaoMethod.TIERED) {
      Money tier = p.tiers.get(cls);
      if (tier == null) {
        throw new InvalidInputException("household " + w.h.id() + ": classification '" + cls
            + "' is not a tier of dibao.tiers " + p.tiers.keySet());
      }
      amount = Fen.round(Math.multiplyExact(tier.fen(), n), p.dibaoRounding);
      if (e != null) {
        Money a = Money.ofFen(amount);
        e.step("dibao.tiered", p.uses(DIBAO_METHOD, DIBAO_TIERS, DIBAO_ROUNDING), a, cls, tier, n, a);
      }
    } else {
      long gap = limit - sum;
      amount = Fen.divide(gap, p.incomeMonths, p.dibaoRounding);
      if (e != null) {
        Money a = Money.ofFen(amount);
        e.step("dibao.gap", p.uses(DIBAO_METHOD, Params.stdKey(res), DIBAO_INCOME_MONTHS, DIBAO_ROUNDING), a,
            Money.ofFen(std), n, p.incomeMonths, Money.ofFen(sum), new ExactQuotient(Money.ofFen(gap), p.incomeMonths),
            p.dibaoRounding, a);
      }
      if (cls != null && p.classFloor != null) {
        Money floor = p.classFloor.get(cls);
        if (floor != null) {
          long floorN = Math.multiplyExact(floor.fen(), n);
          long before = amount;
          amount = Math.max(amount, floorN);
          if (e != null) {
            Money a = Money.ofFen(amount);
            e.step("dibao.classFloor", p.uses(DIBAO_CLASS_FLOOR), a, cls, Money.ofFen(before), floor, n, Money.ofFen(floorN), a);
          }
        } else if (e != null) {
          e.step("dibao.classFloor.none", p.uses(DIBAO_CLASS_FLOOR), Money.ofFen(amount), cls);
        }
      } else if (cls != null && e != null) {
        e.step("dibao.classFloor.undefined", List.of(), Money.ofFen(amount), cls);
      }
    }
    if (amount < p.minimumPayout) {
      if (e != null) {
        Money min = Money.ofFen(p.minimumPayout);
        e.step("dibao.minimumPayout", p.uses(DIBAO_MINIMUM_PAYOUT), min, min, Money.ofFen(amount));
      }
      amount = p.minimumPayout;
    }
    if (e != null) {
      Money a = Money.ofFen(amount);
      e.step("dibao.result", p.uses(DIBAO_MINIMUM_PAYOUT), a, a, w.h.id().value());
    }
    ev.outcome = Outcome.ELIGIBLE;
    ev.amount = amount;
  }

  private static void membersStep(Work w, int world, int n, Expl e) {
    List<String> in = new ArrayList<>(w.size);
    List<String> ep = new ArrayList<>(2);
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < w.size; i++) {
      (!w.counted[i] ? out : w.isEpIn(i, world) ? ep : in).add(w.rid[i]);
    }
    e.step("dibao.members", List.of(), n, n, in, ep, out);
  }

  private static void setWorlds(Work w, int worlds) {
    if (w.worldOutcome.length < worlds) {
      w.worldOutcome = new Outcome[worlds];
    }
  }

  /** Per counted member, the (isEp, dibaoHousehold) pairs some world allows. */
  private static void masks(Work w, int worlds) {
    for (int i = 0; i < w.size; i++) {
      if (!w.counted[i]) {
        continue;
      }
      int mask = 0;
      for (int world = 0; world < worlds; world++) {
        int ep = w.isEpIn(i, world) ? 2 : 0;
        Outcome o = w.worldOutcome[world];
        if (o != Outcome.INELIGIBLE) {
          mask |= 1 << (ep | 1);
        }
        if (o != Outcome.ELIGIBLE) {
          mask |= 1 << ep;
        }
      }
      w.pairMask[i] = mask;
    }
  }

  private static List<Reason> epMissing(Work w, List<Reason> into) {
    for (int u = 0; u < w.undCount; u++) {
      Reasons.union(into, w.ep[w.und[u]].missingFacts());
    }
    return into;
  }

  private static List<String> undeterminedIds(Work w) {
    List<String> ids = new ArrayList<>(w.undCount);
    for (int u = 0; u < w.undCount; u++) {
      ids.add(w.rid[w.und[u]]);
    }
    return ids;
  }
}
