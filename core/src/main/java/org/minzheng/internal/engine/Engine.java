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
 * The calculation order of rules.md, computed once per household and month: (1) counted members,
 * (2) extreme-poverty support per member, (3) dibao for the household without extreme-poverty
 * persons, (4) price subsidy, (5) old-age allowance, (6) living and (7) nursing subsidies.
 * Thread-safe; the per-view {@link Params} are cached.
 */
public final class Engine {
  private final StandardsRegistry registry;
  private final Clock clock;
  private final PriceIndexSeries series;
  private final boolean explain;
  private final boolean explainBatch;
  private final List<SchemeModule> added;
  /** The knowledge date of every calculation (rules.md §11); empty: today. */
  private final java.util.Optional<LocalDate> knowledgeDate;
  private final ConcurrentHashMap<StandardsView, Params> params = new ConcurrentHashMap<>();

  /** Receives batch output; mirrors {@code BenefitCalculator.BatchSink}. */
  public interface Sink {
    void result(HouseholdResult r);

    void error(BatchError e);
  }

  public Engine(StandardsRegistry registry, Clock clock, PriceIndexSeries series, boolean explain) {
    this(registry, clock, series, explain, false, List.of(), java.util.Optional.empty());
  }

  /**
   * @param added the scheme modules that are not built in, each after those it depends on (see
   *     {@code Schemes.added()})
   * @param knowledgeDate the knowledge date of every calculation (rules.md §11); empty: today
   */
  public Engine(StandardsRegistry registry, Clock clock, PriceIndexSeries series, boolean explain, boolean explainBatch,
      List<SchemeModule> added, java.util.Optional<LocalDate> knowledgeDate) {
    new AddedRules(added); // checks that each can be run
    this.added = List.copyOf(added);
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
    return TemporaryAssistanceCalculator.calculate(view(c), c, explain);
  }

  public Stamp stamp(TemporaryAssistanceCase c) {
    return TemporaryAssistanceCalculator.stamp(view(c), c);
  }

  private StandardsView view(TemporaryAssistanceCase c) {
    LocalDate today = LocalDate.now(clock);
    return registry.standardFor(c.region(), c.approvalDate(), knowledgeDate.orElse(today), today);
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
        result = calculate(h, (Params) o, w, today, explainBatch);
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
      if (result != null) {
        sink.result(result); // outside the catch: what the sink throws is the sink's, not this household's
      }
      index++;
    }
  }

  private Work work() {
    Work w = new Work();
    if (!added.isEmpty()) {
      w.added = new AddedRules(added);
    }
    return w;
  }

  private Params params(RegionCode region, YearMonth month, LocalDate today, java.util.Optional<LocalDate> knownOn) {
    StandardsView view = registry.standardFor(region, month.atDay(1), knownOn.or(() -> knowledgeDate).orElse(today), today);
    Params p = params.get(view);
    if (p == null) {
      p = new Params(view, month, series, Stamps.libraryVersion());
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
  private static SchemeResult notCounted(Work w, int i, Scheme scheme) {
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
    if (w.size > p.maxMembers) {
      throw new InvalidInputException("household " + h.id() + ": members: " + w.size + " members exceed the limit of "
          + p.maxMembers + " (parameter general.maxMembers)");
    }
    w.reset(p, explainThis, today);
    int n = w.size;
    // (2) extreme poverty, before dibao: its persons leave the dibao household
    for (int i = 0; i < n; i++) {
      if (!w.counted[i]) {
        continue;
      }
      SchemeResult r = ExtremePovertyCalculator.calculate(w, i); // sets w.epOutcome[i], the status others read
      w.ep[i] = r;
      if (w.epOutcome[i] == Outcome.UNDETERMINED) {
        w.undIndex[i] = w.undCount;
        w.und[w.undCount++] = i;
      }
    }
    // (3) dibao
    SchemeResult dibao = DibaoCalculator.calculate(w);
    w.dibao = dibao;
    SchemeResult[] out = w.out(1 + (5 + (w.added == null ? 0 : w.added.count(p))) * n);
    out[0] = dibao;
    int k = 1;
    for (int i = 0; i < n; i++) {
      out[k++] = w.counted[i] ? w.ep[i] : notCounted(w, i, Scheme.EXTREME_POVERTY);
    }
    // (4) price subsidy, (5) old-age allowance, (6) living and (7) nursing subsidies
    PriceSubsidyCalculator price = PriceSubsidyCalculator.INSTANCE;
    for (int i = 0; i < n; i++) {
      if (w.counted[i]) {
        int b = PersonRule.single(w, i);
        out[k++] = b < 0 ? price.resolve(w, i) : price.eval(w, i, (b & 2) != 0, (b & 1) != 0, price.expl(w));
      } else {
        out[k++] = notCounted(w, i, Scheme.PRICE_SUBSIDY);
      }
    }
    for (int i = 0; i < n; i++) {
      out[k++] = w.counted[i] ? OldAgeCalculator.calculate(w, i) : notCounted(w, i, Scheme.OLD_AGE_ALLOWANCE);
    }
    DisabilityLivingCalculator living = DisabilityLivingCalculator.INSTANCE;
    for (int i = 0; i < n; i++) {
      if (w.counted[i]) {
        int b = PersonRule.single(w, i);
        out[k++] = b < 0 ? living.resolve(w, i) : living.eval(w, i, (b & 2) != 0, (b & 1) != 0, living.expl(w));
      } else {
        out[k++] = notCounted(w, i, Scheme.DISABILITY_LIVING_SUBSIDY);
      }
    }
    DisabilityNursingCalculator nursing = DisabilityNursingCalculator.INSTANCE;
    for (int i = 0; i < n; i++) {
      if (w.counted[i]) {
        int b = PersonRule.single(w, i);
        out[k++] = b < 0 ? nursing.resolve(w, i) : nursing.eval(w, i, (b & 2) != 0, (b & 1) != 0, nursing.expl(w));
      } else {
        out[k++] = notCounted(w, i, Scheme.DISABILITY_NURSING_SUBSIDY);
      }
    }
    if (w.added != null) {
      w.added.evaluate(w, out, k, (i, scheme) -> notCounted(w, i, scheme));
    }
    // List.of copies the scratch array into the list's own: one array per household, not two
    return new HouseholdResult(h.id().value(), p.month, List.of(out), p.stamp);
  }
}
