package org.minzheng.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.scheme.DependencyCase;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
import org.minzheng.standard.Scheme;

/**
 * The (extreme-poverty person, dibao household) pairs a per-person rule that depends on those schemes is
 * evaluated under: {@link #single} finds the one pair a member's known outcomes allow, {@link #resolve}
 * evaluates the rule under every pair the undetermined outcomes allow and answers UNDETERMINED (naming the
 * same missing facts) only when those evaluations differ in status or amount (rules.md §0).
 */
final class DependencyPairs {
  private DependencyPairs() {}

  /**
   * The one (isEp, dibaoHousehold) pair member {@code i}'s inputs allow, as bits {@code isEp << 1 | dibao},
   * or -1 when the undetermined schemes allow several: then call {@link #resolve}.
   */
  static int single(Work w, int i) {
    int mask = w.pairMask[i];
    return (mask & (mask - 1)) == 0 ? Integer.numberOfTrailingZeros(mask) : -1;
  }

  /** A per-person rule evaluated under one (isEp, dibaoHousehold) pair, bits {@code isEp << 1 | dibao}. */
  @FunctionalInterface
  interface UnderPair {
    SchemeResult eval(int pair, Expl e);
  }

  /**
   * Evaluates member {@code i} under every (isEp, dibaoHousehold) pair the undetermined outcomes of extreme
   * poverty and dibao allow ({@code w.pairMask[i]}): the common result if every evaluation agrees in status
   * and amount, else UNDETERMINED naming the missing facts of those schemes and of the evaluations (rules.md §0).
   */
  static SchemeResult resolve(Work w, int i, Scheme scheme, List<Step> warnings, UnderPair rule) {
    int mask = w.pairMask[i];
    SchemeResult first = null;
    int firstBit = -1;
    boolean same = true;
    List<Reason> common = null;
    List<Reason> missing = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      if ((mask & (1 << b)) == 0) {
        continue;
      }
      SchemeResult r = rule.eval(b, null);
      Reasons.union(missing, r.missingFacts());
      if (first == null) {
        first = r;
        firstBit = b;
        common = new ArrayList<>(r.reasons());
      } else {
        if (r.outcome() != first.outcome() || !r.amount().equals(first.amount())) {
          same = false;
        }
        retainCodes(common, r.reasons());
      }
    }
    if (same) {
      Expl e = w.explain ? new Expl().addAll(warnings) : null;
      if (e != null) {
        e.step("dependency.resolved", List.of(), first.outcome(), cases(mask));
      }
      SchemeResult r = rule.eval(firstBit, e);
      if (w.payout && r.outcome() == Outcome.INELIGIBLE) {
        return r;
      }
      List<Reason> reasons = r.outcome() == Outcome.INELIGIBLE && !common.isEmpty() ? common : r.reasons();
      List<Reason> facts = r.outcome() == Outcome.UNDETERMINED ? missing : r.missingFacts();
      return new SchemeResult(r.scheme(), r.month(), r.beneficiary(), r.outcome(), r.amount(), r.payee(), reasons, facts,
          r.explanation());
    }
    List<Reason> deps = new ArrayList<>();
    if (w.epOutcome[i] == Outcome.UNDETERMINED) {
      Reasons.union(deps, w.ep[i].missingFacts());
    }
    if (w.dibao.outcome() == Outcome.UNDETERMINED) {
      Reasons.union(deps, w.dibao.missingFacts());
    }
    Reasons.union(deps, missing);
    Expl e = w.explain ? new Expl().addAll(warnings) : null;
    if (e != null) {
      e.step("dependency.undetermined", List.of(), Outcome.UNDETERMINED, cases(mask));
      for (int b = 0; b < 4; b++) {
        if ((mask & (1 << b)) != 0) {
          SchemeResult r = rule.eval(b, null);
          e.step("dependency.alternative", List.of(), r.amount().orElse(null), DependencyCase.values()[b], r.outcome());
        }
      }
    }
    return new SchemeResult(scheme, w.p.month, w.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(), Optional.empty(),
        List.of(), deps, Expl.of(e));
  }

  /** Keeps in {@code common} the reasons whose code {@code other} also has; a loop, not a stream per reason. */
  private static void retainCodes(List<Reason> common, List<Reason> other) {
    for (int x = common.size() - 1; x >= 0; x--) {
      String code = common.get(x).code();
      boolean found = false;
      for (int y = 0, s = other.size(); y < s && !found; y++) {
        found = other.get(y).code().equals(code);
      }
      if (!found) {
        common.remove(x);
      }
    }
  }

  /** The (isEp, dibaoHousehold) cases of a mask, for an explanation. */
  private static List<DependencyCase> cases(int mask) {
    List<DependencyCase> l = new ArrayList<>(4);
    for (int b = 0; b < 4; b++) {
      if ((mask & (1 << b)) != 0) {
        l.add(DependencyCase.values()[b]);
      }
    }
    return l;
  }
}
