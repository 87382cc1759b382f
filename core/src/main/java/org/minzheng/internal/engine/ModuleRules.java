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
 * Runs the per-person rules on the scheme SPI ({@link SchemeModule.PersonRule}): the built-in ones
 * (price subsidy, old-age allowance, the disability subsidies) and the added ones, each after those it depends on, an
 * added one in the regions and months where a standards module claims its scheme: one result per member
 * (INELIGIBLE, saying why, for a member not counted this month).
 *
 * <p>What is generic here is the orchestration: a rule that depends on dibao or extreme poverty is
 * evaluated under every (extreme-poverty person, dibao household) pair the undetermined outcomes of those
 * schemes allow for the member, and is UNDETERMINED, naming their missing facts, only when those
 * evaluations differ in status or amount (rules.md §0). One instance per {@link Work}: its context is
 * reused for every call, so a rule's call allocates only the result it returns.
 */
final class ModuleRules {
  private final List<SchemeModule> modules;
  private final SchemeModule.PersonRule[] rules;
  /** Per module, whether it reads the status of dibao or extreme poverty, whose outcomes are enumerated. */
  private final boolean[] enumerated;
  private static final int AMOUNTS = 8;
  private final Ctx ctx;
  /** Per module, the position of its first result in this household's results, or -1 when not in force here. */
  private final int[] base;

  ModuleRules(List<SchemeModule> modules) {
    List<String> problems = new ArrayList<>();
    for (SchemeModule m : modules) {
      if (m.unit() != SchemeModule.Unit.PERSON || m.personRule().isEmpty()) {
        problems.add("scheme " + m.scheme() + ": a scheme module the engine runs must be per person and give a personRule()"
            + " (per-household and per-case rules are the engine's own, for now)");
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemeConfigurationException(problems);
    }
    this.modules = List.copyOf(modules);
    this.rules = new SchemeModule.PersonRule[modules.size()];
    this.enumerated = new boolean[modules.size()];
    for (int m = 0; m < modules.size(); m++) {
      rules[m] = modules.get(m).personRule().get();
      enumerated[m] = modules.get(m).dependsOn().contains(Scheme.DIBAO)
          || modules.get(m).dependsOn().contains(Scheme.EXTREME_POVERTY);
    }
    this.base = new int[modules.size()];
    this.ctx = new Ctx();
  }

  /** How many modules apply in the region and month of {@code p}: the built-in ones, and added ones where claimed. */
  int count(Params p) {
    int c = 0;
    for (SchemeModule m : modules) {
      if (inForce(p, m)) {
        c++;
      }
    }
    return c;
  }

  private static boolean inForce(Params p, SchemeModule m) {
    return m.scheme().isBuiltIn() || p.inForce(m);
  }

  /** Fills {@code out} from position {@code k}: for each module, one result per member; returns the next position. */
  int evaluate(Work w, SchemeResult[] out, int k) {
    int n = w.size;
    Ctx c = ctx;
    c.w = w;
    c.out = out;
    for (int m = 0; m < rules.length; m++) {
      SchemeModule module = modules.get(m);
      if (!inForce(w.p, module)) {
        base[m] = -1;
        continue;
      }
      base[m] = k;
      SchemeModule.PersonRule rule = rules[m];
      c.module = module;
      c.m = m;
      c.prepared = w.p.prepared[m];
      c.warnings = w.p.moduleWarnings[m];
      for (int i = 0; i < n; i++) {
        if (!w.counted[i]) {
          out[k++] = Engine.notCounted(w, i, module.scheme());
          continue;
        }
        c.i = i;
        int pair = enumerated[m] ? DependencyPairs.single(w, i) : -2;
        if (pair == -1) {
          out[k++] = resolve(w, i, rule);
        } else {
          c.pair = pair;
          c.e = w.explain ? new Expl().addAll(c.warnings) : null;
          out[k++] = rule.evaluate(c);
        }
      }
    }
    c.w = null;
    c.out = null;
    return k;
  }

  /** Evaluates member {@code i} under each (isEp, dibaoHousehold) pair its dependencies allow (rules.md §0). */
  private SchemeResult resolve(Work w, int i, SchemeModule.PersonRule rule) {
    return DependencyPairs.resolve(w, i, ctx.module.scheme(), ctx.warnings, (pair, e) -> evaluate(rule, pair, e));
  }

  private SchemeResult evaluate(SchemeModule.PersonRule rule, int pair, Expl e) {
    ctx.pair = pair;
    ctx.e = e;
    return rule.evaluate(ctx);
  }

  private final class Ctx implements RuleContext {
    Work w;
    SchemeResult[] out;
    SchemeModule module;
    Object prepared;
    List<org.minzheng.scheme.Step> warnings;
    int i;
    /** The (isEp, dibaoHousehold) pair assumed, as bits {@code isEp << 1 | dibao}; -2: none, read the outcomes. */
    int pair;
    Expl e;
    int m; // the module's position
    /**
     * Per module, the last {@value #AMOUNTS} amounts paid (by identity) and their Optionals: rules pay
     * prepared amounts (a band's, a residence type's), so a batch wraps each once, not once per result.
     */
    private final Money[][] amounts = new Money[modules.size()][AMOUNTS];
    @SuppressWarnings("unchecked")
    private final Optional<Money>[][] optionals = new Optional[modules.size()][AMOUNTS];
    private final int[] next = new int[modules.size()];

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
    @SuppressWarnings("unchecked")
    public <P> P prepared() {
      return (P) prepared;
    }

    @Override
    public String text(ParameterKey<?> key) {
      return w.p.text(key);
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
      int at = s == Scheme.EXTREME_POVERTY ? 1 : -1;
      if (at < 0) {
        int m = 0;
        while (modules.get(m).scheme() != s) {
          m++;
        }
        at = base[m];
        if (at < 0) {
          return null; // not in force here
        }
      }
      return out[at + i];
    }

    @Override
    public Outcome status(Scheme scheme) {
      if (pair >= 0 && (scheme == Scheme.EXTREME_POVERTY || scheme == Scheme.DIBAO)) {
        if (!module.dependsOn().contains(scheme)) {
          dependency(scheme); // throws
        }
        int bit = scheme == Scheme.EXTREME_POVERTY ? 2 : 1;
        return (pair & bit) != 0 ? Outcome.ELIGIBLE : Outcome.INELIGIBLE;
      }
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
      String prefix = module.stepPrefix();
      if (!key.startsWith(prefix) || key.length() <= prefix.length() || key.charAt(prefix.length()) != '.') {
        throw new IllegalArgumentException("scheme " + module.scheme() + " records step '" + key + "', which does not start with '"
            + prefix + ".'");
      }
      List<ParameterUse> uses = new ArrayList<>(parameters.size());
      for (ParameterKey<?> k : parameters) {
        ParameterUse u = w.p.use(k);
        if (u != null) {
          uses.add(u);
        }
      }
      e.step(key, uses, result, arguments);
    }

    @Override
    public SchemeResult eligible(Money amount) {
      Money[] known = amounts[m];
      Optional<Money> a = null;
      for (int x = 0; x < AMOUNTS && a == null; x++) {
        if (known[x] == amount) {
          a = optionals[m][x];
        }
      }
      if (a == null) {
        a = Optional.of(amount);
        int x = next[m];
        known[x] = amount;
        optionals[m][x] = a;
        next[m] = (x + 1) % AMOUNTS;
      }
      return new SchemeResult(module.scheme(), w.p.month, w.beneficiary[i], Outcome.ELIGIBLE, a, w.payee(i),
          List.of(), List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult ineligible(Reason... reasons) {
      return ineligible(List.of(reasons));
    }

    @Override
    public SchemeResult ineligible(List<Reason> reasons) {
      if (w.payout) { // nobody reads an ineligible result's reasons in the payout form
        SchemeResult mark = Marks.ineligible(module.scheme());
        if (mark != null) {
          return mark;
        }
      }
      return new SchemeResult(module.scheme(), w.p.month, w.beneficiary[i], Outcome.INELIGIBLE, Optional.empty(),
          Optional.empty(), reasons, List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult undetermined(List<Reason> missingFacts) {
      return new SchemeResult(module.scheme(), w.p.month, w.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), missingFacts, Expl.of(e));
    }
  }
}
