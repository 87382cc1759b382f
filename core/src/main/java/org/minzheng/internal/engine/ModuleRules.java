package org.minzheng.internal.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.DependencyCase;
import org.minzheng.scheme.HouseholdContext;
import org.minzheng.scheme.MemberCursor;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeConfigurationException;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Step;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * Runs the rules of the monthly schemes on the scheme SPI, built-in and added alike: per-household rules
 * ({@link SchemeModule.HouseholdRule}, dibao) and per-person rules ({@link SchemeModule.PersonRule}:
 * extreme poverty, the price subsidy, the old-age allowance, the disability subsidies, and the added
 * ones), each after the schemes it depends on, an added one only in the regions and months where a
 * standards module claims its scheme. The results are laid out in the order of the modules: one per
 * household module, one per member for a per-person module (INELIGIBLE, saying why, for a member not
 * counted this month).
 *
 * <p>What is generic here is rules.md §0's "a scheme whose status or amount would differ with the
 * outcome of another scheme that is UNDETERMINED is UNDETERMINED too":
 * <ul>
 *   <li>a household rule is evaluated under every assignment of ELIGIBLE/INELIGIBLE to the UNDETERMINED
 *       statuses of the per-person schemes it depends on ("worlds", up to {@value #MAX_ENUMERATED} of
 *       them), and is UNDETERMINED only when the worlds differ in status or amount;
 *   <li>a per-person rule is evaluated under every combination of its dependencies' statuses the worlds
 *       allow for the member (a household scheme's outcome in a world goes with the member's statuses
 *       assumed in it; other UNDETERMINED statuses are tried both ways), and is UNDETERMINED only when
 *       those evaluations differ. Tracking one household scheme's worlds per rule is exact for the
 *       built-in schemes; with two household schemes depended on, a combination that cannot happen may be
 *       tried, which can only leave a result UNDETERMINED, never pay a wrong amount.
 * </ul>
 * A status is the result's outcome, except that a result made with {@link
 * org.minzheng.scheme.RuleContext#undeterminedAmount} has status ELIGIBLE. One instance per {@link Work}:
 * its contexts are reused, so a rule's call allocates only the result it returns.
 */
final class ModuleRules {
  /** Above this many UNDETERMINED statuses a household rule depends on, it is not evaluated world by world. */
  static final int MAX_ENUMERATED = 10;
  /** The most schemes one module may depend on (its combinations of statuses are bits of a long). */
  static final int MAX_DEPENDENCIES = 6;
  private static final int AMOUNTS = 8;

  /**
   * What does not change from household to household: the modules, their rules, their dependencies and the
   * order of evaluation, checked once per calculator. Immutable.
   */
  static final class Plan {
    final List<SchemeModule> modules; // in the order of their results
    final Scheme[] scheme;
    final boolean[] household;
    final SchemeModule.PersonRule[] personRule;
    final SchemeModule.HouseholdRule[] householdRule;
    /** The order of evaluation: each module after those it depends on. */
    final int[] order;
    /** Per module, the modules it depends on, by scheme; bit j of a combination is the status of {@code deps[m][j]}. */
    final int[][] deps;
    final Scheme[][] depSchemes;
    final List<Scheme>[] depSchemeLists;
    /** Per module, the position in {@code deps[m]} of a scheme by its ordinal, or -1. */
    final int[][] depByOrdinal;
    /** Per module, the shared INELIGIBLE result of the payout form, or null for an added scheme. */
    final SchemeResult[] mark;
    final SchemeModule[] module;

    @SuppressWarnings("unchecked")
    Plan(List<SchemeModule> modules) {
      List<String> problems = new ArrayList<>();
      int count = modules.size();
      this.modules = List.copyOf(modules);
      scheme = new Scheme[count];
      household = new boolean[count];
      personRule = new SchemeModule.PersonRule[count];
      householdRule = new SchemeModule.HouseholdRule[count];
      deps = new int[count][];
      depSchemes = new Scheme[count][];
      depSchemeLists = new List[count];
      for (int m = 0; m < count; m++) {
        SchemeModule module = modules.get(m);
        scheme[m] = module.scheme();
        switch (module.unit()) {
          case PERSON -> module.personRule().ifPresentOrElse(r -> {}, () ->
              problems.add("scheme " + module.scheme() + ": a per-person module must give a personRule()"));
          case HOUSEHOLD -> module.householdRule().ifPresentOrElse(r -> {}, () ->
              problems.add("scheme " + module.scheme() + ": a per-household module must give a householdRule()"));
          case CASE -> problems.add("scheme " + module.scheme() + ": a per-case module is not run in the monthly calculation,"
              + " and a case names no scheme, so only the built-in temporary assistance is calculated per case");
        }
        household[m] = module.unit() == SchemeModule.Unit.HOUSEHOLD;
        personRule[m] = module.personRule().orElse(null);
        householdRule[m] = module.householdRule().orElse(null);
      }
      for (int m = 0; m < count; m++) {
        List<Scheme> ds = new ArrayList<>(modules.get(m).dependsOn());
        ds.sort(Comparator.naturalOrder());
        if (ds.size() > MAX_DEPENDENCIES) {
          problems.add("scheme " + scheme[m] + " depends on " + ds.size() + " schemes; at most " + MAX_DEPENDENCIES + " are supported");
        }
        deps[m] = new int[ds.size()];
        for (int j = 0; j < ds.size(); j++) {
          int d = indexOf(ds.get(j));
          if (d < 0) {
            problems.add("scheme " + scheme[m] + " depends on " + ds.get(j) + ", which is not among the calculator's monthly schemes");
          }
          deps[m][j] = d;
        }
        depSchemes[m] = ds.toArray(new Scheme[0]);
        depSchemeLists[m] = List.copyOf(ds);
      }
      if (!problems.isEmpty()) {
        throw new SchemeConfigurationException(problems);
      }
      order = evaluationOrder();
      module = this.modules.toArray(new SchemeModule[0]);
      mark = new SchemeResult[count];
      depByOrdinal = new int[count][];
      for (int m = 0; m < count; m++) {
        mark[m] = Marks.ineligible(scheme[m]);
        int max = 0;
        for (Scheme d : depSchemes[m]) {
          max = Math.max(max, d.ordinal() + 1);
        }
        depByOrdinal[m] = new int[max];
        Arrays.fill(depByOrdinal[m], -1);
        for (int j = 0; j < depSchemes[m].length; j++) {
          depByOrdinal[m][depSchemes[m][j].ordinal()] = j;
        }
      }
    }

    private int indexOf(Scheme s) {
      for (int m = 0; m < scheme.length; m++) {
        if (scheme[m].equals(s)) {
          return m;
        }
      }
      return -1;
    }

    /** The modules in an order where each follows those it depends on, otherwise in the order of their results. */
    private int[] evaluationOrder() {
      int count = scheme.length;
      int[] o = new int[count];
      boolean[] placed = new boolean[count];
      for (int k = 0; k < count; k++) {
        int next = -1;
        for (int m = 0; m < count && next < 0; m++) {
          if (!placed[m] && Arrays.stream(deps[m]).allMatch(d -> placed[d])) {
            next = m;
          }
        }
        if (next < 0) {
          throw new SchemeConfigurationException(List.of("the dependencies of the calculator's schemes form a cycle"));
        }
        placed[next] = true;
        o[k] = next;
      }
      return o;
    }
  }

  private final List<SchemeModule> modules;
  private final Scheme[] scheme;
  private final boolean[] household;
  private final SchemeModule.PersonRule[] personRule;
  private final SchemeModule.HouseholdRule[] householdRule;
  private final int[] order;
  private final int[][] deps;
  private final Scheme[][] depSchemes;
  private final List<Scheme>[] depSchemeLists;
  private final int[][] depByOrdinal;
  private final SchemeResult[] mark;
  private final SchemeModule[] module;

  // the household being calculated
  private Work w;
  private SchemeResult[] out;
  /** Per module, the position of its first result, or -1 when not in force here. */
  private final int[] base;
  /** Per module and member (a household module: [0]), the status others read. */
  private Outcome[][] status;
  /** Statuses UNDETERMINED so far: while none, no rule needs trying each way. */
  private int undetermined;
  /** Per household module, the persons its ELIGIBLE payment covers. */
  private final int[] persons;
  /** Per household module, its world variables: the (module, member) statuses it assumed, and how many. */
  private final int[][] varDep;
  private final int[][] varMember;
  private final int[] varCount;
  /** Per household module, its outcome in each world, and how many worlds (1: none enumerated). */
  private final Outcome[][] worldOutcome;
  private final int[] worldCount;
  private final PersonCtx pctx;
  private final HouseholdCtx hctx;

  ModuleRules(Plan plan) {
    modules = plan.modules;
    scheme = plan.scheme;
    household = plan.household;
    personRule = plan.personRule;
    householdRule = plan.householdRule;
    order = plan.order;
    deps = plan.deps;
    depSchemes = plan.depSchemes;
    depSchemeLists = plan.depSchemeLists;
    depByOrdinal = plan.depByOrdinal;
    mark = plan.mark;
    module = plan.module;
    int count = scheme.length;
    base = new int[count];
    persons = new int[count];
    varDep = new int[count][MAX_ENUMERATED];
    varMember = new int[count][MAX_ENUMERATED];
    varCount = new int[count];
    worldOutcome = new Outcome[count][1];
    worldCount = new int[count];
    status = new Outcome[count][4];
    pctx = new PersonCtx();
    hctx = new HouseholdCtx();
  }

  /**
   * Lays out the results of a household of {@code n} members in the region and month of {@code p}: each
   * module's first position ({@code -1} where it does not apply). Called before {@link #evaluate}.
   *
   * @return how many results the household has
   */
  int layout(Params p, int n) {
    int k = 0;
    for (int m = 0; m < scheme.length; m++) {
      if (p.applies[m]) {
        base[m] = k;
        k += household[m] ? 1 : n;
      } else {
        base[m] = -1;
      }
    }
    return k;
  }

  /** Fills {@code results} (of {@link #layout} results, laid out there) for the household loaded in {@code work}. */
  void evaluate(Work work, SchemeResult[] results) {
    this.w = work;
    this.out = results;
    int n = work.size;
    if (status[0].length < n) {
      for (int m = 0; m < status.length; m++) {
        status[m] = new Outcome[Math.max(n, status[m].length * 2)];
      }
    }
    undetermined = 0;
    try {
      for (int m : order) {
        if (base[m] < 0) {
          continue;
        }
        if (household[m]) {
          evaluateHousehold(m);
        } else {
          PersonCtx c = pctx;
          c.start(m);
          personRule[m].evaluateAll(c);
          c.finish();
        }
      }
    } finally {
      this.w = null;
      this.out = null;
    }
  }

  /** Hands the results {@link #evaluate} filled, one by one, to a payout sink. */
  void deliver(Work work, Engine.PayoutSink ps, int index, SchemeResult[] results) {
    int n = work.size;
    for (int m = 0; m < scheme.length; m++) {
      int b = base[m];
      if (b < 0) {
        continue;
      }
      if (household[m]) {
        // the persons an ELIGIBLE payment covers; with several worlds the same, those of world 0 (no status assumed ELIGIBLE)
        SchemeResult r = results[b];
        emit(ps, index, r, work.household(), r.outcome() == Outcome.ELIGIBLE ? Math.max(1, persons[m]) : 1);
      } else {
        for (int i = 0; i < n; i++) {
          emit(ps, index, results[b + i], work.beneficiary[i], 1);
        }
      }
    }
  }

  private static void emit(Engine.PayoutSink ps, int index, SchemeResult r, Beneficiary beneficiary, int persons) {
    Outcome o = r.outcome();
    if (o == Outcome.ELIGIBLE) {
      ps.result(index, r.scheme(), beneficiary, o, r.amount().get().fen(), r.payee().get(), persons);
    } else {
      ps.result(index, r.scheme(), beneficiary, o, 0, null, persons);
    }
  }

  private void set(int m, int at, SchemeResult r, Outcome s) {
    out[base[m] + at] = r;
    status[m][at] = s;
    if (s == Outcome.UNDETERMINED) {
      undetermined++;
    }
  }

  /** The status of dependency module {@code d} for member {@code i} as computed (not assumed). */
  private Outcome actual(int d, int i) {
    return base[d] < 0 ? Outcome.INELIGIBLE : household[d] ? status[d][0] : status[d][i];
  }

  /** The result of dependency module {@code d} for member {@code i}. */
  private SchemeResult resultOf(int d, int i) {
    return out[base[d] + (household[d] ? 0 : i)];
  }

  private static int bits(Outcome o) {
    return o == Outcome.ELIGIBLE ? 2 : o == Outcome.INELIGIBLE ? 1 : 3;
  }

  /** The world variable of household module {@code h} for (module {@code d}, member {@code i}), or -1. */
  private int varOf(int h, int d, int i) {
    for (int u = 0, c = varCount[h]; u < c; u++) {
      if (varDep[h][u] == d && varMember[h][u] == i) {
        return u;
      }
    }
    return -1;
  }

  /**
   * The combinations of module {@code m}'s dependency statuses the household's facts allow for member
   * {@code i}: bit {@code c} set for combination {@code c}, whose bit j is dependency j ELIGIBLE.
   */
  private long combinations(int m, int i) {
    int[] d = deps[m];
    int h = -1; // the household dependency whose worlds are followed
    for (int j = 0; j < d.length && h < 0; j++) {
      if (household[d[j]] && base[d[j]] >= 0 && worldCount[d[j]] > 1) {
        h = d[j];
      }
    }
    int worlds = h < 0 ? 1 : worldCount[h];
    long total = 0;
    for (int world = 0; world < worlds; world++) {
      long mask = 1;
      for (int j = 0; j < d.length; j++) {
        int v;
        int u;
        if (d[j] == h) {
          v = bits(worldOutcome[h][world]);
        } else if (h >= 0 && !household[d[j]] && (u = varOf(h, d[j], i)) >= 0) {
          v = ((world >>> u) & 1) != 0 ? 2 : 1;
        } else {
          v = bits(actual(d[j], i));
        }
        mask = ((v & 1) != 0 ? mask : 0) | ((v & 2) != 0 ? mask << (1 << j) : 0);
      }
      total |= mask;
    }
    return total;
  }

  private DependencyCase dependencyCase(int m, long combination) {
    List<Outcome> s = new ArrayList<>(depSchemes[m].length);
    for (int j = 0; j < depSchemes[m].length; j++) {
      s.add(((combination >>> j) & 1) != 0 ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
    }
    return new DependencyCase(depSchemeLists[m], s);
  }

  private List<DependencyCase> cases(int m, long mask) {
    List<DependencyCase> l = new ArrayList<>(4);
    for (long c = 0; c < 64; c++) {
      if ((mask & (1L << c)) != 0) {
        l.add(dependencyCase(m, c));
      }
    }
    return l;
  }

  private int dependency(int m, Scheme s) {
    int o = s.ordinal();
    int[] byOrdinal = depByOrdinal[m];
    int j = o < byOrdinal.length ? byOrdinal[o] : -1;
    if (j >= 0) {
      return j;
    }
    throw new IllegalArgumentException("scheme " + scheme[m] + " reads the status of " + s
        + " but does not declare it in dependsOn()");
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

  private static SchemeResult withExplanation(SchemeResult r, Expl e) {
    return new SchemeResult(r.scheme(), r.month(), r.beneficiary(), r.outcome(), r.amount(), r.payee(), r.reasons(),
        r.missingFacts(), Expl.of(e));
  }

  // ---------------------------------------------------------------------------------------------- household rules

  private void evaluateHousehold(int m) {
    Work work = w;
    HouseholdCtx c = hctx;
    c.start(m);
    SchemeModule.HouseholdRule rule = householdRule[m];
    List<Step> warnings = work.p.moduleWarnings[m];
    // the world variables: the UNDETERMINED statuses of the per-person schemes this rule depends on
    int u = 0;
    List<Reason> varMissing = null; // made only for a household with undetermined statuses: most have none
    List<String> ids = null;
    List<Scheme> varSchemes = null;
    for (int d : deps[m]) {
      if (household[d] || base[d] < 0 || undetermined == 0) {
        continue;
      }
      for (int i = 0; i < work.size; i++) {
        if (work.counted[i] && status[d][i] == Outcome.UNDETERMINED) {
          if (varMissing == null) {
            varMissing = new ArrayList<>();
            ids = new ArrayList<>(2);
            varSchemes = new ArrayList<>(1);
          }
          if (u < MAX_ENUMERATED) {
            varDep[m][u] = d;
            varMember[m][u] = i;
          }
          u++;
          Reasons.union(varMissing, resultOf(d, i).missingFacts());
          if (!ids.contains(work.rid[i])) {
            ids.add(work.rid[i]);
          }
          if (!varSchemes.contains(scheme[d])) {
            varSchemes.add(scheme[d]);
          }
        }
      }
    }
    worldCount[m] = 1;
    varCount[m] = 0;
    if (u == 0) {
      c.world = -1;
      c.e = work.explain ? new Expl().addAll(warnings) : null;
      SchemeResult r = c.call(rule);
      worldOutcome[m][0] = r.outcome();
      set(m, 0, r, r.outcome());
      return;
    }
    if (u > MAX_ENUMERATED) {
      Expl e = work.explain ? new Expl().addAll(warnings) : null;
      if (e != null) {
        e.step("dependency.tooMany", List.of(), Outcome.UNDETERMINED, u, varSchemes);
      }
      worldOutcome[m][0] = Outcome.UNDETERMINED;
      set(m, 0, new SchemeResult(scheme[m], work.p.month, work.household(), Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), List.copyOf(varMissing), Expl.of(e)), Outcome.UNDETERMINED);
      return;
    }
    varCount[m] = u;
    int worlds = 1 << u;
    if (worldOutcome[m].length < worlds) {
      worldOutcome[m] = new Outcome[worlds];
    }
    worldCount[m] = worlds;
    boolean same = true;
    SchemeResult first = null;
    List<Reason> missing = new ArrayList<>();
    for (int world = 0; world < worlds; world++) {
      c.world = world;
      c.e = null;
      SchemeResult r = c.call(rule);
      worldOutcome[m][world] = r.outcome();
      Reasons.union(missing, r.missingFacts());
      if (first == null) {
        first = r;
      } else if (r.outcome() != first.outcome() || !r.amount().equals(first.amount())) {
        same = false;
      }
    }
    if (same) {
      c.world = 0;
      c.e = work.explain ? new Expl().addAll(warnings) : null;
      SchemeResult r = c.call(rule);
      if (c.e != null) {
        c.e.step("dependency.householdResolved", List.of(), r.outcome(), ids, worlds, varSchemes);
        r = withExplanation(r, c.e);
      }
      set(m, 0, r, r.outcome());
      return;
    }
    Reasons.union(varMissing, missing);
    Expl e = work.explain ? new Expl().addAll(warnings) : null;
    if (e != null) {
      e.step("dependency.householdUndetermined", List.of(), Outcome.UNDETERMINED, ids, worlds, varSchemes);
    }
    set(m, 0, new SchemeResult(scheme[m], work.p.month, work.household(), Outcome.UNDETERMINED, Optional.empty(),
        Optional.empty(), List.of(), List.copyOf(varMissing), Expl.of(e)), Outcome.UNDETERMINED);
  }

  /** What the contexts of household and per-person rules share: the module, what it prepared, the recorder of steps. */
  private abstract class Ctx {
    int m;
    SchemeModule module;
    Object prepared;
    Expl e;
    /** The household's work, its month, and the module's shared INELIGIBLE result in the payout form (else null). */
    Work work;
    YearMonth month;
    SchemeResult payoutMark;

    void start(int moduleIndex) {
      this.m = moduleIndex;
      this.module = ModuleRules.this.module[moduleIndex];
      this.work = w;
      this.prepared = work.p.prepared[moduleIndex];
      this.month = work.p.month;
      this.payoutMark = work.payout ? mark[moduleIndex] : null;
    }

    public <T> T value(ParameterKey<T> key) {
      return w.p.added(key).value();
    }

    @SuppressWarnings("unchecked")
    public <P> P prepared() {
      return (P) prepared;
    }

    public String text(ParameterKey<?> key) {
      return w.p.text(key);
    }

    public boolean explaining() {
      return e != null;
    }

    public void step(String key, List<ParameterKey<?>> parameters, Object result, Object... arguments) {
      if (e != null) {
        e.step(key, uses(module, key, parameters), result, arguments);
      }
    }
  }

  /** The context of a household rule; reused. */
  private final class HouseholdCtx extends Ctx implements HouseholdContext {
    /** The world assumed, or -1: read the statuses as computed. */
    int world;
    int persons;

    @Override
    void start(int moduleIndex) {
      super.start(moduleIndex);
      this.persons = 1;
    }

    SchemeResult call(SchemeModule.HouseholdRule rule) {
      persons = 1;
      SchemeResult r = rule.evaluate(this);
      ModuleRules.this.persons[m] = persons;
      return r;
    }

    @Override
    public Household household() {
      return w.h;
    }

    @Override
    public YearMonth month() {
      return w.p.month;
    }

    @Override
    public int size() {
      return w.size;
    }

    @Override
    public boolean counted(int member) {
      return w.counted[member];
    }

    @Override
    public Person person(int member) {
      return w.person[member];
    }

    @Override
    public int age(int member) {
      return w.age[member];
    }

    @Override
    public Outcome status(Scheme s, int member) {
      int d = deps[m][dependency(m, s)];
      if (world >= 0 && !household[d]) {
        int u = varOf(m, d, member);
        if (u >= 0) {
          return ((world >>> u) & 1) != 0 ? Outcome.ELIGIBLE : Outcome.INELIGIBLE;
        }
      }
      return actual(d, member);
    }

    @Override
    public Outcome status(Scheme s) {
      return actual(deps[m][dependency(m, s)], 0);
    }

    @Override
    public SchemeResult eligible(Money amount, int coveredPersons) {
      if (coveredPersons < 1) {
        throw new IllegalArgumentException("scheme " + scheme[m] + ": an eligible payment covers at least 1 person, not "
            + coveredPersons);
      }
      persons = coveredPersons;
      Optional<Beneficiary> payee = Optional.of(w.household());
      return new SchemeResult(scheme[m], month, work.household(), Outcome.ELIGIBLE, Optional.of(amount), payee, List.of(),
          List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult ineligible(List<Reason> reasons) {
      if (payoutMark != null) {
        return payoutMark;
      }
      return new SchemeResult(scheme[m], month, work.household(), Outcome.INELIGIBLE, Optional.empty(), Optional.empty(),
          reasons, List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult undetermined(List<Reason> missingFacts) {
      return new SchemeResult(scheme[m], month, work.household(), Outcome.UNDETERMINED, Optional.empty(), Optional.empty(),
          List.of(), missingFacts, Expl.of(e));
    }
  }

  /** The uses of a step's parameters, after checking that its key starts with the module's prefix. */
  private List<ParameterUse> uses(SchemeModule module, String key, List<ParameterKey<?>> parameters) {
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
    return uses;
  }

  // ---------------------------------------------------------------------------------------------- per-person rules

  /** The context and member cursor of a per-person rule; reused. */
  private final class PersonCtx extends Ctx implements MemberCursor {
    Scheme s;
    List<Step> warnings;
    int i;
    /** The combination of dependency statuses assumed (bit j: dependency j ELIGIBLE), or -1: read them as computed. */
    long combination;
    /** Whether the last result was made with {@link #undeterminedAmount}. */
    boolean amountOnly;
    /**
     * Per module, the last {@value #AMOUNTS} amounts paid (by identity) and their Optionals: rules pay
     * prepared amounts (a band's, a residence type's), so a batch wraps each once, not once per result.
     */
    private final Money[][] amounts = new Money[scheme.length][AMOUNTS];
    @SuppressWarnings("unchecked")
    private final Optional<Money>[][] optionals = new Optional[scheme.length][AMOUNTS];
    private final int[] next = new int[scheme.length];

    /** The module's first result's position and its statuses, read once per household. */
    int b;
    Outcome[] st;

    @Override
    void start(int moduleIndex) {
      super.start(moduleIndex);
      this.b = base[moduleIndex];
      this.st = status[moduleIndex];
      this.s = scheme[moduleIndex];
      this.warnings = w.p.moduleWarnings[moduleIndex];
      this.i = -1;
    }

    /** Gives every member the rule did not reach (a rule may stop early) its result, by the same path. */
    void finish() {
      if (i < w.size) {
        SchemeModule.PersonRule rule = personRule[m];
        while (next()) {
          put(rule.evaluate(this));
        }
      }
    }

    @Override
    public boolean next() {
      Work work = w;
      int n = work.size;
      while (++i < n) {
        if (!work.counted[i]) {
          set(m, i, Engine.notCounted(work, i, s), Outcome.INELIGIBLE);
          continue;
        }
        amountOnly = false;
        if (undetermined == 0 || deps[m].length == 0) {
          combination = -1;
          e = work.explain ? new Expl().addAll(warnings) : null;
          return true;
        }
        long mask = combinations(m, i);
        if ((mask & (mask - 1)) == 0) {
          combination = Long.numberOfTrailingZeros(mask);
          e = work.explain ? new Expl().addAll(warnings) : null;
          return true;
        }
        resolve(mask);
      }
      return false;
    }

    @Override
    public void put(SchemeResult r) {
      Outcome o = r.outcome();
      out[b + i] = r;
      if (o == Outcome.UNDETERMINED) {
        if (amountOnly) {
          o = Outcome.ELIGIBLE;
        } else {
          undetermined++;
        }
      }
      st[i] = o;
    }

    private SchemeResult under(long c, Expl explanation) {
      combination = c;
      e = explanation;
      amountOnly = false;
      return personRule[m].evaluate(this);
    }

    /** Evaluates the member under each combination in {@code mask} (rules.md §0). */
    private void resolve(long mask) {
      Work work = w;
      SchemeResult first = null;
      long firstCombination = -1;
      boolean firstAmountOnly = false;
      boolean same = true;
      List<Reason> common = null;
      List<Reason> missing = new ArrayList<>();
      for (long c = 0; c < 64; c++) {
        if ((mask & (1L << c)) == 0) {
          continue;
        }
        SchemeResult r = under(c, null);
        Reasons.union(missing, r.missingFacts());
        if (first == null) {
          first = r;
          firstCombination = c;
          firstAmountOnly = amountOnly;
          common = new ArrayList<>(r.reasons());
        } else {
          if (r.outcome() != first.outcome() || !r.amount().equals(first.amount()) || amountOnly != firstAmountOnly) {
            same = false;
          }
          retainCodes(common, r.reasons());
        }
      }
      if (same) {
        Expl x = work.explain ? new Expl().addAll(warnings) : null;
        if (x != null) {
          x.step("dependency.resolved", List.of(), first.outcome(), cases(m, mask));
        }
        SchemeResult r = under(firstCombination, x);
        Outcome st = amountOnly && r.outcome() == Outcome.UNDETERMINED ? Outcome.ELIGIBLE : r.outcome();
        if (work.payout && r.outcome() == Outcome.INELIGIBLE) {
          set(m, i, r, st);
          return;
        }
        List<Reason> reasons = r.outcome() == Outcome.INELIGIBLE && !common.isEmpty() ? common : r.reasons();
        List<Reason> facts = r.outcome() == Outcome.UNDETERMINED ? missing : r.missingFacts();
        set(m, i, new SchemeResult(r.scheme(), r.month(), r.beneficiary(), r.outcome(), r.amount(), r.payee(), reasons, facts,
            r.explanation()), st);
        return;
      }
      List<Reason> facts = new ArrayList<>();
      for (int d : deps[m]) {
        if (actual(d, i) == Outcome.UNDETERMINED) {
          Reasons.union(facts, resultOf(d, i).missingFacts());
        }
      }
      Reasons.union(facts, missing);
      Expl x = work.explain ? new Expl().addAll(warnings) : null;
      if (x != null) {
        x.step("dependency.undetermined", List.of(), Outcome.UNDETERMINED, cases(m, mask));
        for (long c = 0; c < 64; c++) {
          if ((mask & (1L << c)) != 0) {
            SchemeResult r = under(c, null);
            x.step("dependency.alternative", List.of(), r.amount().orElse(null), dependencyCase(m, c), r.outcome());
          }
        }
      }
      set(m, i, new SchemeResult(s, work.p.month, work.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), facts, Expl.of(x)), Outcome.UNDETERMINED);
    }

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
    public Outcome status(Scheme dep) {
      int j = dependency(m, dep);
      if (combination >= 0) {
        return ((combination >>> j) & 1) != 0 ? Outcome.ELIGIBLE : Outcome.INELIGIBLE;
      }
      return actual(deps[m][j], i);
    }

    @Override
    public List<Reason> missingFactsOf(Scheme dep) {
      int d = deps[m][dependency(m, dep)];
      return status(dep) == Outcome.UNDETERMINED && base[d] >= 0 ? resultOf(d, i).missingFacts() : List.of();
    }

    private Optional<Money> wrap(Money amount) {
      Money[] known = amounts[m];
      for (int x = 0; x < AMOUNTS; x++) {
        if (known[x] == amount) {
          return optionals[m][x];
        }
      }
      Optional<Money> a = Optional.of(amount);
      int x = next[m];
      known[x] = amount;
      optionals[m][x] = a;
      next[m] = (x + 1) % AMOUNTS;
      return a;
    }

    @Override
    public SchemeResult eligible(Money amount) {
      return new SchemeResult(s, month, work.beneficiary[i], Outcome.ELIGIBLE, wrap(amount), work.payee(i),
          List.of(), List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult eligible(Money amount, Beneficiary payee) {
      return new SchemeResult(s, month, work.beneficiary[i], Outcome.ELIGIBLE, wrap(amount), Optional.of(payee),
          List.of(), List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult ineligible(Reason... reasons) {
      return ineligible(List.of(reasons));
    }

    @Override
    public SchemeResult ineligible(List<Reason> reasons) {
      if (payoutMark != null) { // nobody reads an ineligible result's reasons in the payout form
        return payoutMark;
      }
      return new SchemeResult(s, month, work.beneficiary[i], Outcome.INELIGIBLE, Optional.empty(),
          Optional.empty(), reasons, List.of(), Expl.of(e));
    }

    @Override
    public SchemeResult undetermined(List<Reason> missingFacts) {
      return new SchemeResult(s, month, work.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), missingFacts, Expl.of(e));
    }

    @Override
    public SchemeResult undeterminedAmount(List<Reason> missingFacts) {
      amountOnly = true;
      return undetermined(missingFacts);
    }
  }
}
