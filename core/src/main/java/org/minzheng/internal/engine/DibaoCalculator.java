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
        e.step("dependency.undetermined", k + " 名成员的特困认定尚未确定, 过多而不逐一推算",
            "the extreme-poverty results of " + k + " members are undetermined, too many to try each way",
            Expl.in("undeterminedExtremePovertyMembers", k), List.of(), Outcome.UNDETERMINED.toString());
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
        e.step("dependency.resolved",
            "成员 " + undeterminedIds(w) + " 的特困认定尚未确定,但无论其是否计入,低保结果相同",
            "the extreme-poverty results of members " + undeterminedIds(w)
                + " are undetermined, but dibao is the same whether or not they are left out",
            Expl.in("worlds", worlds), List.of(), ev.outcome.toString());
      }
      return result(w, ev, e);
    }
    List<Reason> all = epMissing(w, new ArrayList<>());
    Reasons.union(all, missing);
    if (e != null) {
      e.step("dependency.undetermined",
          "成员 " + undeterminedIds(w) + " 的特困认定尚未确定; 计入与否低保结果不同",
          "the extreme-poverty results of members " + undeterminedIds(w) + " are undetermined and dibao differs depending on them",
          Expl.in("worlds", worlds), List.of(), Outcome.UNDETERMINED.toString());
    }
    return new SchemeResult(Scheme.DIBAO, w.p.month, w.household(), Outcome.UNDETERMINED, Optional.empty(),
        Optional.empty(), List.of(), List.copyOf(all), Expl.of(e));
  }

  private static SchemeResult result(Work w, Eval ev, Expl e) {
    if (ev.outcome == Outcome.ELIGIBLE) {
      return new SchemeResult(Scheme.DIBAO, w.p.month, w.household(), Outcome.ELIGIBLE, Optional.of(Money.ofFen(ev.amount)),
          Optional.of(w.household()), List.of(), List.of(), Expl.of(e));
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
      e.step("dibao.income",
          "计入收入 (" + p.incomeMonths + "个月合计, 工资按每人每月扣除就业成本 " + Fen.yuan(p.employmentDeduction) + ", 不计入类别除外) = "
              + Fen.yuan(sum) + "; 月计入收入 = " + Fen.yuan(sum) + " ÷ " + p.incomeMonths + " = " + Fen.exactQuotient(sum, p.incomeMonths),
          "counted income (" + p.incomeMonths + "-month total, wages less the employment deduction of "
              + Fen.yuan(p.employmentDeduction) + " per earner per month, excluded categories left out) = " + Fen.yuan(sum)
              + "; monthly counted income = " + Fen.yuan(sum) + " / " + p.incomeMonths + " = " + Fen.exactQuotient(sum, p.incomeMonths),
          Expl.in("countedIncome12", Fen.yuan(sum), "countedMembers", n),
          p.uses(DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION), Fen.exactQuotient(sum, p.incomeMonths));
      e.step("dibao.eligibility.income",
          "收入条件: " + Fen.yuan(sum) + " < " + Fen.yuan(std) + " × " + n + " × " + p.incomeMonths + " = " + Fen.yuan(limit)
              + " (" + res.chinese() + "低保标准) → " + (incomeBelow ? "符合" : "不符合"),
          "income test: " + Fen.yuan(sum) + " < " + Fen.yuan(std) + " × " + n + " × " + p.incomeMonths + " = " + Fen.yuan(limit)
              + " (" + Words.en(res) + " standard) → " + (incomeBelow ? "holds" : "fails"),
          Expl.in("residenceType", res), p.uses(Params.stdKey(res), DIBAO_INCOME_MONTHS), incomeBelow ? "true" : "false");
      e.step("dibao.eligibility.assets", "家庭财产在规定范围内: " + Words.factZh(assets),
          "household assets within limits: " + Words.factEn(assets), Expl.in(Reasons.ASSETS_FACT, Words.fact(assets)), List.of(),
          Words.fact(assets));
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
        e.step("dibao.tiered", "分档: " + cls + " 档 " + tier + " × " + n + " 人 = " + Fen.yuan(amount),
            "tiered: class " + cls + " " + tier + " × " + n + " persons = " + Fen.yuan(amount),
            Expl.in("classification", cls, "countedMembers", n), p.uses(DIBAO_METHOD, DIBAO_TIERS, DIBAO_ROUNDING),
            Fen.yuan(amount));
      }
    } else {
      long gap = limit - sum;
      amount = Fen.divide(gap, p.incomeMonths, p.dibaoRounding);
      if (e != null) {
        e.step("dibao.gap",
            "补差: (" + Fen.yuan(std) + " × " + n + " × " + p.incomeMonths + " − " + Fen.yuan(sum) + ") ÷ " + p.incomeMonths + " = "
                + Fen.exactQuotient(gap, p.incomeMonths) + ", 按 " + p.dibaoRounding + " 舍入一次 = " + Fen.yuan(amount),
            "gap: (" + Fen.yuan(std) + " × " + n + " × " + p.incomeMonths + " − " + Fen.yuan(sum) + ") / " + p.incomeMonths
                + " = " + Fen.exactQuotient(gap, p.incomeMonths) + ", rounded once " + p.dibaoRounding + " = " + Fen.yuan(amount),
            Expl.in("countedMembers", n, "countedIncome12", Fen.yuan(sum)),
            p.uses(DIBAO_METHOD, Params.stdKey(res), DIBAO_INCOME_MONTHS, DIBAO_ROUNDING), Fen.yuan(amount));
      }
      if (cls != null && p.classFloor != null) {
        Money floor = p.classFloor.get(cls);
        if (floor != null) {
          long floorN = Math.multiplyExact(floor.fen(), n);
          long before = amount;
          amount = Math.max(amount, floorN);
          if (e != null) {
            e.step("dibao.classFloor",
                "分类施保 " + cls + ": max(" + Fen.yuan(before) + ", " + floor + " × " + n + " = " + Fen.yuan(floorN) + ") = " + Fen.yuan(amount),
                "class floor " + cls + ": max(" + Fen.yuan(before) + ", " + floor + " × " + n + " = " + Fen.yuan(floorN) + ") = "
                    + Fen.yuan(amount),
                Expl.in("classification", cls), p.uses(DIBAO_CLASS_FLOOR), Fen.yuan(amount));
          }
        } else if (e != null) {
          e.step("dibao.classFloor", "分类 " + cls + " 在当日标准中无分类施保金额,按补差", "class " + cls
              + " has no floor in the standards in force: plain gap", Expl.in("classification", cls),
              p.uses(DIBAO_CLASS_FLOOR), Fen.yuan(amount));
        }
      } else if (cls != null && e != null) {
        e.step("dibao.classFloor", "当日标准未规定分类施保金额,分类 " + cls + " 按补差",
            "the standards in force define no class floor: class " + cls + " gets the plain gap",
            Expl.in("classification", cls), List.of(), Fen.yuan(amount));
      }
    }
    if (amount < p.minimumPayout) {
      if (e != null) {
        e.step("dibao.minimumPayout", "低于最低发放金额 " + Fen.yuan(p.minimumPayout) + ", 按最低金额发放",
            "below the minimum payout " + Fen.yuan(p.minimumPayout) + ": raised to it",
            Expl.in("amount", Fen.yuan(amount)), p.uses(DIBAO_MINIMUM_PAYOUT), Fen.yuan(p.minimumPayout));
      }
      amount = p.minimumPayout;
    }
    if (e != null) {
      e.step("dibao.result", "低保家庭, 月发放 " + Fen.yuan(amount) + " 元, 支付给家庭 " + w.h.id(),
          "dibao household: " + Fen.yuan(amount) + " yuan a month, paid to household " + w.h.id(),
          Expl.in(), p.uses(DIBAO_MINIMUM_PAYOUT), Fen.yuan(amount));
    }
    ev.outcome = Outcome.ELIGIBLE;
    ev.amount = amount;
  }

  private static void membersStep(Work w, int world, int n, Expl e) {
    StringBuilder in = new StringBuilder();
    StringBuilder ep = new StringBuilder();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.size; i++) {
      StringBuilder b = !w.counted[i] ? out : w.isEpIn(i, world) ? ep : in;
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(w.rid[i]);
    }
    e.step("dibao.members",
        "计入家庭成员 " + n + " 人 [" + in + "]; 特困人员不计入 [" + ep + "]; 当月不计入 (出生前或死亡后) [" + out + "]",
        "counted members: " + n + " [" + in + "]; extreme-poverty persons left out [" + ep + "]; not counted this month"
            + " (not yet born or dead) [" + out + "]",
        Expl.in("countedMembers", n), List.of(), String.valueOf(n));
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

  private static String undeterminedIds(Work w) {
    StringBuilder b = new StringBuilder();
    for (int u = 0; u < w.undCount; u++) {
      if (u > 0) {
        b.append(", ");
      }
      b.append(w.rid[w.und[u]]);
    }
    return b.toString();
  }
}
