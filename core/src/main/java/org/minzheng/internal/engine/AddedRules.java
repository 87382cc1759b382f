package org.minzheng.internal.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeConfigurationException;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * Runs the rules of scheme modules that are not built in, after the built-in schemes, each after
 * those it depends on, in the regions and months where a standards module claims the scheme: one result per member (INELIGIBLE, saying why, for a member not counted this
 * month). One instance per {@link Work}: its context is reused for every call.
 */
final class AddedRules {
  private final List<SchemeModule> modules;
  private final Ctx ctx = new Ctx();
  /** Per module, the position of its first result in this household's results, or -1 when not in force here. */
  private final int[] base;

  AddedRules(List<SchemeModule> modules) {
    List<String> problems = new ArrayList<>();
    for (SchemeModule m : modules) {
      if (m.unit() != SchemeModule.Unit.PERSON || m.personRule().isEmpty()) {
        problems.add("scheme " + m.scheme() + ": an added scheme module must be per person and give a personRule()"
            + " (per-household and per-case modules are built in only, for now)");
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemeConfigurationException(problems);
    }
    this.modules = List.copyOf(modules);
    this.base = new int[modules.size()];
  }

  /** How many modules apply in the region and month of {@code p} (a scheme applies where its standards claim it). */
  int count(Params p) {
    int c = 0;
    for (SchemeModule m : modules) {
      if (p.inForce(m)) {
        c++;
      }
    }
    return c;
  }

  /** Fills {@code out} from position {@code k}: for each module, one result per member. */
  void evaluate(Work w, SchemeResult[] out, int k, java.util.function.BiFunction<Integer, Scheme, SchemeResult> notCounted) {
    int n = w.size;
    ctx.w = w;
    ctx.out = out;
    for (int m = 0; m < modules.size(); m++) {
      SchemeModule module = modules.get(m);
      if (!w.p.inForce(module)) {
        base[m] = -1;
        continue;
      }
      base[m] = k;
      SchemeModule.PersonRule rule = module.personRule().get();
      ctx.module = module;
      for (int i = 0; i < n; i++) {
        if (!w.counted[i]) {
          out[k++] = notCounted.apply(i, module.scheme());
          continue;
        }
        ctx.i = i;
        ctx.e = w.explain ? new Expl() : null;
        out[k++] = rule.evaluate(ctx);
      }
    }
    ctx.w = null;
    ctx.out = null;
  }

  private final class Ctx implements RuleContext {
    Work w;
    SchemeResult[] out;
    SchemeModule module;
    int i;
    Expl e;

    @Override
    public Household household() {
      return w.h;
    }

    @Override
    public Person person() {
      return w.person[i];
    }

    @Override
    public YearMonth month() {
      return w.p.month;
    }

    @Override
    public int age() {
      return w.age[i];
    }

    @Override
    public <T> T value(ParameterKey<T> key) {
      return w.p.added(key).value();
    }

    private SchemeResult dependency(Scheme s) {
      if (!module.dependsOn().contains(s)) {
        throw new IllegalArgumentException("scheme " + module.scheme() + " reads the status of " + s
            + " but does not declare it in dependsOn()");
      }
      int n = w.size;
      if (s == Scheme.DIBAO) {
        return out[0];
      }
      int base = s == Scheme.EXTREME_POVERTY ? 1 : s == Scheme.PRICE_SUBSIDY ? 1 + n : s == Scheme.OLD_AGE_ALLOWANCE ? 1 + 2 * n
          : s == Scheme.DISABILITY_LIVING_SUBSIDY ? 1 + 3 * n : s == Scheme.DISABILITY_NURSING_SUBSIDY ? 1 + 4 * n : -1;
      if (base < 0) {
        int m = 0;
        while (modules.get(m).scheme() != s) {
          m++;
        }
        base = AddedRules.this.base[m];
        if (base < 0) {
          return null; // not in force here
        }
      }
      return out[base + i];
    }

    @Override
    public Outcome status(Scheme scheme) {
      SchemeResult r = dependency(scheme);
      return scheme == Scheme.EXTREME_POVERTY ? w.epOutcome[i] : r == null ? Outcome.INELIGIBLE : r.outcome();
    }

    @Override
    public List<Reason> missingFactsOf(Scheme scheme) {
      return status(scheme) == Outcome.UNDETERMINED ? dependency(scheme).missingFacts() : List.of();
    }

    @Override
    public boolean explaining() {
      return e != null;
    }

    @Override
    public void step(String key, List<ParameterKey<?>> parameters, Object result, Object... arguments) {
      if (e == null) {
        return;
      }
      if (!key.startsWith(module.stepPrefix() + ".")) {
        throw new IllegalArgumentException("scheme " + module.scheme() + " records step '" + key + "', which does not start with '"
            + module.stepPrefix() + ".'");
      }
      List<ParameterUse> uses = new ArrayList<>(parameters.size());
      for (ParameterKey<?> k : parameters) {
        uses.add(w.p.added(k).toUse());
      }
      e.step(key, uses, result, arguments);
    }

    @Override
    public SchemeResult eligible(Money amount) {
      return new SchemeResult(module.scheme(), w.p.month, w.beneficiary[i], Outcome.ELIGIBLE, Optional.of(amount), w.payee(i),
          List.of(), List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult ineligible(Reason... reasons) {
      return new SchemeResult(module.scheme(), w.p.month, w.beneficiary[i], Outcome.INELIGIBLE, Optional.empty(),
          Optional.empty(), List.of(reasons), List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult undetermined(List<Reason> missingFacts) {
      return new SchemeResult(module.scheme(), w.p.month, w.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), missingFacts, Expl.of(e));
    }
  }
}
