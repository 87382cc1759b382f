package org.minzheng.internal.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsView;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.CaseContext;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;

/**
 * One case through a per-case rule ({@link SchemeModule.CaseRule}): the parameters of the case's region
 * on its date, each read recorded for the stamp and the citations; the lenient-mode warnings of those
 * read start the explanation. One instance per call.
 */
final class CaseRun implements CaseContext {
  private final SchemeModule module;
  private final StandardsView view;
  private final TemporaryAssistanceCase c;
  private final boolean explain;
  private final Map<ParameterKey<?>, ResolvedParameter<?>> read = new LinkedHashMap<>();
  private final List<org.minzheng.scheme.Step> steps = new ArrayList<>();

  CaseRun(SchemeModule module, StandardsView view, TemporaryAssistanceCase c, boolean explain) {
    this.module = module;
    this.view = view;
    this.c = c;
    this.explain = explain;
  }

  SchemeResult evaluate(SchemeModule.CaseRule rule) {
    return rule.evaluate(this);
  }

  /** @return the stamp of the parameters the rule read */
  Stamp stamp() {
    return Stamps.stamp(Stamps.libraryVersion(), List.copyOf(read.values()));
  }

  @Override
  public TemporaryAssistanceCase assistanceCase() {
    return c;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T value(ParameterKey<T> key) {
    ResolvedParameter<?> r = read.get(key);
    if (r == null) {
      r = view.get(key);
      read.put(key, r);
    }
    return (T) r.value();
  }

  @Override
  public boolean explaining() {
    return explain;
  }

  @Override
  public void step(String key, List<ParameterKey<?>> parameters, Object result, Object... arguments) {
    if (!explain) {
      return;
    }
    String prefix = module.stepPrefix();
    if (!key.startsWith(prefix + ".")) {
      throw new IllegalArgumentException("scheme " + module.scheme() + " records step '" + key + "', which does not start with '"
          + prefix + ".'");
    }
    List<ParameterUse> uses = new ArrayList<>(parameters.size());
    for (ParameterKey<?> k : parameters) {
      ResolvedParameter<?> r = read.get(k);
      if (r == null) {
        r = view.find(k).orElse(null);
      }
      if (r != null) {
        uses.add(r.toUse());
      }
    }
    steps.add(org.minzheng.scheme.Step.of(key, uses, result, arguments));
  }

  private Expl explanation() {
    if (!explain) {
      return null;
    }
    Expl e = new Expl();
    for (ResolvedParameter<?> r : read.values()) {
      if (r.warning().isPresent()) {
        e.step("standards.lenient", List.of(r.toUse()), null, r.warning().get());
      }
    }
    return e.addAll(steps);
  }

  private YearMonth month() {
    return YearMonth.from(c.approvalDate());
  }

  private Beneficiary beneficiary() {
    return new Beneficiary(Beneficiary.Kind.CASE, c.id());
  }

  @Override
  public SchemeResult eligible(Money amount, Beneficiary payee) {
    return new SchemeResult(module.scheme(), month(), beneficiary(), Outcome.ELIGIBLE, Optional.of(amount), Optional.of(payee),
        List.of(), List.of(), Expl.of(explanation()));
  }

  @Override
  public SchemeResult ineligible(List<Reason> reasons) {
    return new SchemeResult(module.scheme(), month(), beneficiary(), Outcome.INELIGIBLE, Optional.empty(), Optional.empty(),
        reasons, List.of(), Expl.of(explanation()));
  }

  @Override
  public SchemeResult undetermined(List<Reason> missingFacts) {
    return new SchemeResult(module.scheme(), month(), beneficiary(), Outcome.UNDETERMINED, Optional.empty(), Optional.empty(),
        List.of(), missingFacts, Expl.of(explanation()));
  }
}
