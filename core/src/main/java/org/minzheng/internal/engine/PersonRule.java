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
 * A per-person scheme that depends on this month's extreme-poverty and dibao results. It is written
 * for known inputs ({@code isEp}, {@code dibaoHousehold}); {@link #resolve} evaluates it under every
 * pair of inputs some outcome of the undetermined schemes allows, and answers UNDETERMINED (naming the
 * same missing facts) only when those evaluations differ in status or amount (rules.md §0).
 */
abstract class PersonRule {
  abstract Scheme scheme();

  abstract List<Step> warnings(Params p);

  abstract SchemeResult eval(Work w, int i, boolean isEp, boolean dibaoHousehold, Expl e);

  /**
   * The one (isEp, dibaoHousehold) pair member {@code i}'s inputs allow, as bits {@code isEp << 1 | dibao},
   * or -1 when the undetermined schemes allow several: then call {@link #resolve}. Lets the engine call
   * each concrete rule's {@code eval} directly (a monomorphic, inlinable call) in the common case.
   */
  static int single(Work w, int i) {
    int mask = w.pairMask[i];
    return (mask & (mask - 1)) == 0 ? Integer.numberOfTrailingZeros(mask) : -1;
  }

  final Expl expl(Work w) {
    return w.explain ? new Expl().addAll(warnings(w.p)) : null;
  }

  /** Evaluates member {@code i} when {@link #single} found several possible pairs. */
  final SchemeResult resolve(Work w, int i) {
    return resolve(w, i, scheme(), warnings(w.p), (pair, e) -> eval(w, i, (pair & 2) != 0, (pair & 1) != 0, e));
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
   * Shared by the engine's own price subsidy and the rules on the scheme SPI.
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

  static SchemeResult ineligible(Scheme s, Work w, int i, List<Reason> reasons, Expl e) {
    if (w.payout) { // nobody reads an ineligible result's reasons in the payout form (explanations are off there)
      return Marks.ineligible(s);
    }
    return new SchemeResult(s, w.p.month, w.beneficiary[i], Outcome.INELIGIBLE, Optional.empty(), Optional.empty(), reasons,
        List.of(), Expl.of(e));
  }
}
