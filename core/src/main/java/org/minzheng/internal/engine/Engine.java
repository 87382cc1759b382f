package org.minzheng.internal.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.scheme.BatchError;
import org.minzheng.household.InvalidInputException;
import org.minzheng.StandardsRegistry;
import org.minzheng.StandardsView;
import org.minzheng.UnknownRegionException;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Explanation;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardNotFoundException;

/**
 * The calculation order of rules.md, computed once per household and month: (1) counted members
 * ({@link Work}), then every scheme module's rule after those whose status it reads ({@link ModuleRules}):
 * extreme-poverty support per member, dibao for the household without extreme-poverty persons, the price
 * subsidy, the old-age allowance, the living and nursing subsidies, and the added schemes. Cases run the
 * per-case module's rule ({@link CaseRun}). Thread-safe; the per-view {@link Params} are cached.
 */
public final class Engine {
  private final StandardsRegistry registry;
  private final Clock clock;
  private final PriceIndexSeries series;
  private final boolean explain;
  private final boolean explainBatch;
  private final List<SchemeModule> modules;
  private final SchemeModule.CaseRule caseRule;
  private final SchemeModule caseModule;
  private final ModuleRules.Plan plan;
  /** The knowledge date of every calculation (rules.md §11); empty: today. */
  private final java.util.Optional<LocalDate> knowledgeDate;
  private final ConcurrentHashMap<StandardsView, Params> params = new ConcurrentHashMap<>();

  /** Receives batch output; mirrors {@code BenefitCalculator.BatchSink}. */
  public interface Sink {
    void result(HouseholdResult r);

    void error(BatchError e);
  }

  /**
   * Receives a batch as primitives, one call per scheme result, without a {@link HouseholdResult} or
   * {@link SchemeResult} per result; mirrors {@code BenefitCalculator.PayoutSink}. Explanations are off.
   */
  public interface PayoutSink extends Sink {
    void result(int index, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee,
        int persons);

    void householdDone(int index, String householdId, Stamp stamp);

    /** Not called: a payout sink receives {@link #result(int, Scheme, Beneficiary, Outcome, long, Beneficiary, int)}. */
    @Override
    default void result(HouseholdResult r) {
      throw new UnsupportedOperationException("a payout sink receives primitives");
    }
  }

  /**
   * @param modules the monthly scheme modules (per household and per person), in the order of their
   *     results: the built-in ones ({@code Schemes.builtInRules()}) first, then the added ones
   * @param cases the per-case module whose rule calculates temporary-assistance cases
   * @param knowledgeDate the knowledge date of every calculation (rules.md §11); empty: today
   */
  public Engine(StandardsRegistry registry, Clock clock, PriceIndexSeries series, boolean explain, boolean explainBatch,
      List<SchemeModule> modules, SchemeModule cases, java.util.Optional<LocalDate> knowledgeDate) {
    this.plan = new ModuleRules.Plan(modules); // checks that each can be run, once
    this.modules = List.copyOf(modules);
    this.caseRule = cases.caseRule().orElseThrow(() -> new org.minzheng.scheme.SchemeConfigurationException(List.of(
        "scheme " + cases.scheme() + ": a per-case module must give a caseRule()")));
    this.caseModule = cases;
    this.knowledgeDate = knowledgeDate;
    this.registry = registry;
    this.clock = clock;
    this.series = series;
    this.explain = explain;
    this.explainBatch = explainBatch;
  }

  public HouseholdResult calculate(Household h, YearMonth month) {
    return calculate(h, month, knowledgeDate);
  }

  /** One household as known on {@code knownOn} (empty: the engine's knowledge date). */
  public HouseholdResult calculate(Household h, YearMonth month, java.util.Optional<LocalDate> knownOn) {
    Work w = work();
    w.load(h);
    LocalDate today = LocalDate.now(clock);
    Params p = params(h.region(), month, today, knownOn);
    try {
      return calculate(h, p, w, Dates.of(today), explain);
    } catch (ArithmeticException e) {
      throw new InvalidInputException(tooLarge(h, e));
    }
  }

  /** The problem of a household whose amounts overflow exact money (e.g. incomes of 10^15 yuan summed). */
  private static String tooLarge(Household h, ArithmeticException e) {
    return "household " + h.id() + ": an amount is too large to calculate exactly ("
        + org.minzheng.standard.Excerpt.of(String.valueOf(e.getMessage())) + ")";
  }

  public SchemeResult calculate(TemporaryAssistanceCase c) {
    return new CaseRun(caseModule, view(c, knowledgeDate), c, explain).evaluate(caseRule);
  }

  /** A case as known on {@code knownOn} (empty: the engine's knowledge date). */
  public SchemeResult calculate(TemporaryAssistanceCase c, java.util.Optional<LocalDate> knownOn) {
    return new CaseRun(caseModule, view(c, knownOn.or(() -> knowledgeDate)), c, explain).evaluate(caseRule);
  }

  public Stamp stamp(TemporaryAssistanceCase c) {
    return stamp(c, java.util.Optional.empty());
  }

  /** The stamp of a case as known on {@code knownOn} (empty: the engine's knowledge date): the parameters its rule reads. */
  public Stamp stamp(TemporaryAssistanceCase c, java.util.Optional<LocalDate> knownOn) {
    CaseRun run = new CaseRun(caseModule, view(c, knownOn.or(() -> knowledgeDate)), c, false);
    run.evaluate(caseRule);
    return run.stamp();
  }

  private StandardsView view(TemporaryAssistanceCase c, java.util.Optional<LocalDate> knownOn) {
    LocalDate today = LocalDate.now(clock);
    return registry.standardFor(c.region(), c.approvalDate(), knownOn.orElse(today), today);
  }

  /** The stamp of a household-month calculation for a region, without a household. */
  public Stamp stamp(RegionCode region, YearMonth month) {
    return params(region, month, LocalDate.now(clock), knowledgeDate).stamp;
  }

  /** Streams a batch: one {@link Work}, one {@link Params} per region, the clock read once. */
  public void each(Iterable<Household> households, YearMonth month, Sink sink) {
    each(households, month, knowledgeDate, sink);
  }

  /** Streams a batch as known on {@code knownOn} (empty: the engine's knowledge date). */
  public void each(Iterable<Household> households, YearMonth month, java.util.Optional<LocalDate> knownOn, Sink sink) {
    LocalDate todayDate = LocalDate.now(clock);
    int today = Dates.of(todayDate);
    Work w = work();
    Map<RegionCode, Object> byRegion = new HashMap<>();
    RegionCode lastRegion = null;
    Object last = null;
    int index = 0;
    for (Household h : households) {
      HouseholdResult result = null;
      SchemeResult[] filled = null; // the payout form's results, in w's scratch array
      Params filledParams = null;
      try {
        w.load(h); // first, so that its cache misses overlap the region lookup's
        RegionCode region = h.region();
        Object o = region == lastRegion ? last : byRegion.get(region);
        if (o == null) {
          try {
            o = params(region, month, todayDate, knownOn);
          } catch (RuntimeException e) { // a region's failure is remembered and reported for each of its households
            o = e;
          }
          byRegion.put(region, o);
        }
        lastRegion = region;
        last = o;
        if (o instanceof RuntimeException) {
          throw (RuntimeException) o;
        }
        if (sink instanceof PayoutSink) {
          filled = fill((Params) o, w, today, false, true);
          filledParams = (Params) o;
        } else {
          result = calculate(h, (Params) o, w, today, explainBatch);
        }
      } catch (InvalidInputException e) {
        sink.error(new BatchError(index, h.id().value(), e.problems()));
      } catch (UnknownRegionException | StandardNotFoundException | IllegalArgumentException e) {
        sink.error(new BatchError(index, h.id().value(), List.of(String.valueOf(e.getMessage()))));
      } catch (ArithmeticException e) {
        // An amount beyond exact money (e.g. incomes of 10^15 yuan summed): this household's error, not the batch's.
        sink.error(new BatchError(index, h.id().value(), List.of(tooLarge(h, e))));
      } catch (RuntimeException e) {
        // Anything else tied to this household (a standards value refused for its region, a defect): reported, the run goes on.
        sink.error(new BatchError(index, h.id().value(), List.of("household " + h.id() + ": cannot be calculated: "
            + e.getClass().getSimpleName() + ": " + org.minzheng.standard.Excerpt.of(String.valueOf(e.getMessage()), 500))));
      }
      // outside the catch: what the sink throws (a ledger's DuplicatePayoutException) is the sink's, not this household's
      if (result != null) {
        sink.result(result);
      } else if (filled != null) {
        deliver(h, filledParams, w, index, (PayoutSink) sink, filled);
      }
      index++;
    }
  }

  /** Hands a household's results, computed by {@link #fill} into {@code out}, one by one to a {@link PayoutSink}. */
  private static void deliver(Household h, Params p, Work w, int index, PayoutSink ps, SchemeResult[] out) {
    w.rules.deliver(w, ps, index, out);
    ps.householdDone(index, h.id().value(), p.stamp);
  }

  private Work work() {
    Work w = new Work();
    w.rules = new ModuleRules(plan);
    return w;
  }

  private Params params(RegionCode region, YearMonth month, LocalDate today, java.util.Optional<LocalDate> knownOn) {
    StandardsView view = registry.standardFor(region, month.atDay(1), knownOn.or(() -> knowledgeDate).orElse(today), today);
    Params p = params.get(view);
    if (p == null) {
      p = new Params(view, month, series, Stamps.libraryVersion(), modules);
      Params prev = params.putIfAbsent(view, p);
      if (prev != null) {
        p = prev;
      }
    }
    return p;
  }

  /**
   * The result of a per-person scheme for member {@code i}, who is not counted this month (born after
   * it or dead before it, rules.md §0): INELIGIBLE, saying why, so that a payment's end is visible.
   */
  static SchemeResult notCounted(Work w, int i, Scheme scheme) {
    List<Reason> why = w.notCountedReasons(i);
    Explanation e = Explanation.NONE;
    if (w.explain) {
      LocalDate death = w.person[i].dateOfDeath().orElse(null);
      boolean dead = why.get(0).code().equals(Reasons.DIED_BEFORE_MONTH);
      e = new Expl().step(dead ? "member.diedBefore" : "member.notYetBorn", List.of(), Outcome.INELIGIBLE,
          dead ? death : Dates.toDate(w.birth[i]), w.p.month, w.rid[i]).build();
    }
    return new SchemeResult(scheme, w.p.month, w.beneficiary[i], Outcome.INELIGIBLE, Optional.empty(), Optional.empty(),
        why, List.of(), e);
  }

  private HouseholdResult calculate(Household h, Params p, Work w, int today, boolean explainThis) {
    SchemeResult[] out = fill(p, w, today, explainThis, false);
    // List.of copies the scratch array into the list's own: one array per household, not two
    return new HouseholdResult(h.id().value(), p.month, List.of(out), p.stamp);
  }

  /**
   * Computes every scheme of the household loaded in {@code w} into a scratch array of exactly its
   * results: dibao, then a block of one result per member for each per-person scheme, in order.
   */
  private SchemeResult[] fill(Params p, Work w, int today, boolean explainThis, boolean payoutForm) {
    if (w.size > p.maxMembers) {
      throw new InvalidInputException("household " + w.h.id() + ": members: " + w.size + " members exceed the limit of "
          + p.maxMembers + " (parameter general.maxMembers)");
    }
    w.reset(p, explainThis, payoutForm, today);
    // every scheme, each after those it depends on, into the order of the modules: the rules on the scheme SPI
    SchemeResult[] out = w.out(w.rules.layout(p, w.size));
    w.rules.evaluate(w, out);
    return out;
  }
}
