package org.minzheng.calculation;

import org.minzheng.StandardsRegistry;
import org.minzheng.StandardsView;
import org.minzheng.UnknownRegionException;
import org.minzheng.household.InvalidInputException;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.BatchResult;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.internal.engine.Engine;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.SchemeConfigurationException;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.schemes.Schemes;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardNotFoundException;

/**
 * The entry point a host calls: a household and a month in, every scheme's explained result out.
 *
 * <pre>{@code
 * BenefitCalculator calc = BenefitCalculator.builder(StandardsRegistry.loadInstalled())
 *     .clock(Clock.systemDefaultZone())
 *     .priceIndex(series)          // optional; without it covered persons' price subsidy is UNDETERMINED
 *     .explanations(true)          // default true
 *     .build();
 * HouseholdResult r = calc.calculate(household, YearMonth.of(2020, 10));
 * }</pre>
 *
 * <p>The calculation order per household and month is fixed and computed once (rules.md): (1) the
 * counted members; (2) extreme-poverty support per member; (3) dibao for the household, extreme-poverty
 * persons left out; (4) the price-linked subsidy; (5) the old-age allowance; (6) the disability living
 * and (7) nursing subsidies. A scheme that depends on an {@code UNDETERMINED} one is {@code UNDETERMINED}
 * too, naming the same missing facts, only when its status or amount would differ with that outcome.
 *
 * <p>Every parameter comes from the registry's {@link StandardsView} for the household's region and
 * the month's first day; the parameters of a view are resolved once and shared by every household of
 * that region and month. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BenefitCalculator {
  private final Engine engine;

  private BenefitCalculator(Builder b) {
    List<SchemeModule> modules = new ArrayList<>(Schemes.builtInRules());
    modules.addAll(b.added != null ? b.added : Schemes.added());
    this.engine = new Engine(b.registry, b.clock, b.series, b.explanations, b.batchExplanations, modules,
        org.minzheng.schemes.temporary.TemporaryAssistanceScheme.MODULE, b.knowledgeDate);
  }

  /**
   * @param registry the standards, not null
   * @return a builder
   */
  public static Builder builder(StandardsRegistry registry) {
    return new Builder(requireNonNull(registry, "registry"));
  }

  /**
   * Every scheme's result for one household and month.
   *
   * @param household the household, not null
   * @param month the benefit month, not null
   * @return the results with their stamp
   * @throws InvalidInputException naming the field and value (a birth date after the clock's today, …)
   * @throws UnknownRegionException if the household's region is not declared by any loaded module
   * @throws StandardNotFoundException if the month is before any standard (strict)
   */
  public HouseholdResult calculate(Household household, YearMonth month) {
    requireNonNull(household, "household");
    requireNonNull(month, "month");
    return engine.calculate(household, month);
  }

  /**
   * Every scheme's result for one household and month as known on a knowledge date (rules.md §11):
   * the standards are those published on or before {@code knownOn}. The result's stamp and every
   * parameter in its explanation name {@code knownOn} when it is not the clock's today.
   *
   * @param household the household, not null
   * @param month the benefit month, not null
   * @param knownOn the knowledge date, not null
   * @return the results with their stamp
   * @throws InvalidInputException naming the field and value
   * @throws UnknownRegionException if the household's region is not declared by any loaded module
   * @throws StandardNotFoundException if no standard is in force, or {@code knownOn} is before the
   *     publication of any value in force in the month (strict)
   * @since 0.2
   */
  public HouseholdResult calculate(Household household, YearMonth month, LocalDate knownOn) {
    requireNonNull(household, "household");
    requireNonNull(month, "month");
    return engine.calculate(household, month, Optional.of(requireNonNull(knownOn, "knownOn")));
  }

  /**
   * The result of one temporary-assistance case (its month is the approval month).
   *
   * @param c the case, not null
   * @return the result, paid to the case's household
   * @throws UnknownRegionException if the case's region is not declared by any loaded module
   * @throws StandardNotFoundException if no standard is in force on the approval date (strict)
   */
  public SchemeResult calculate(TemporaryAssistanceCase c) {
    return engine.calculate(requireNonNull(c, "c"));
  }

  /**
   * A temporary-assistance case's result as known on a knowledge date (rules.md §11): the standards
   * in force on the approval date among those published on or before {@code knownOn}.
   *
   * @param c the case, not null
   * @param knownOn the knowledge date, not null
   * @return the result, paid to the case's household
   * @throws UnknownRegionException if the case's region is not declared by any loaded module
   * @throws StandardNotFoundException if no standard known on {@code knownOn} is in force on the approval date (strict)
   * @since 0.2
   */
  public SchemeResult calculate(TemporaryAssistanceCase c, LocalDate knownOn) {
    return engine.calculate(requireNonNull(c, "c"), java.util.Optional.of(requireNonNull(knownOn, "knownOn")));
  }

  /**
   * The reproducibility stamp of a temporary-assistance case's result.
   *
   * @param c the case, not null
   * @return the library version, the modules and the hash of the parameters the case uses
   * @throws UnknownRegionException if the case's region is not declared by any loaded module
   * @throws StandardNotFoundException if no standard is in force on the approval date (strict)
   * @since 0.1
   */
  public Stamp stamp(TemporaryAssistanceCase c) {
    return engine.stamp(requireNonNull(c, "c"));
  }

  /**
   * The reproducibility stamp of a temporary-assistance case's result as known on a knowledge date.
   *
   * @param c the case, not null
   * @param knownOn the knowledge date, not null
   * @return the stamp, naming {@code knownOn}
   * @since 0.2
   */
  public Stamp stamp(TemporaryAssistanceCase c, LocalDate knownOn) {
    return engine.stamp(requireNonNull(c, "c"), java.util.Optional.of(requireNonNull(knownOn, "knownOn")));
  }

  /**
   * The reproducibility stamp every household of a region gets for a month.
   *
   * @param region a declared region, not null
   * @param month the month, not null
   * @return the stamp
   * @throws UnknownRegionException if the region is not declared by any loaded module
   * @throws StandardNotFoundException if the month is before any standard (strict)
   * @since 0.1
   */
  public Stamp stamp(RegionCode region, YearMonth month) {
    return engine.stamp(requireNonNull(region, "region"), requireNonNull(month, "month"));
  }

  /**
   * Many households for one month, reusing resolved standards; a bad household is reported in the
   * result's errors and does not stop the others.
   *
   * @param households the households, not null
   * @param month the month, not null
   * @return the results and the errors, in input order
   */
  public BatchResult calculateAll(Iterable<Household> households, YearMonth month) {
    return all(households, month, Optional.empty());
  }

  /**
   * {@link #calculateAll(Iterable, YearMonth)} as known on a knowledge date (rules.md §11).
   *
   * @param households the households, not null
   * @param month the month, not null
   * @param knownOn the knowledge date, not null
   * @return the results and the errors, in input order
   * @since 0.2
   */
  public BatchResult calculateAll(Iterable<Household> households, YearMonth month, LocalDate knownOn) {
    return all(households, month, Optional.of(requireNonNull(knownOn, "knownOn")));
  }

  private BatchResult all(Iterable<Household> households, YearMonth month, Optional<LocalDate> knownOn) {
    List<HouseholdResult> results = new ArrayList<>();
    List<BatchError> errors = new ArrayList<>();
    each(households, month, knownOn, new BatchSink() {
      @Override
      public void result(HouseholdResult result) {
        results.add(result);
      }

      @Override
      public void error(BatchError error) {
        errors.add(error);
      }
    });
    return new BatchResult(results, errors);
  }

  /**
   * Streaming form of {@link #calculateAll(Iterable, YearMonth)}: each result or error is handed to
   * {@code sink} as soon as it is computed, so memory does not grow with the number of households.
   * A household that fails with {@link InvalidInputException}, {@link UnknownRegionException},
   * {@link StandardNotFoundException} or {@link IllegalArgumentException} becomes a {@link BatchError}.
   *
   * @param households the households, not null
   * @param month the month, not null
   * @param sink receives results and errors in input order, not null
   */
  public void calculateEach(Iterable<Household> households, YearMonth month, BatchSink sink) {
    each(households, month, Optional.empty(), sink);
  }

  /**
   * {@link #calculateEach(Iterable, YearMonth, BatchSink)} as known on a knowledge date (rules.md §11).
   *
   * @param households the households, not null
   * @param month the month, not null
   * @param knownOn the knowledge date, not null
   * @param sink receives results and errors in input order, not null
   * @since 0.2
   */
  public void calculateEach(Iterable<Household> households, YearMonth month, LocalDate knownOn, BatchSink sink) {
    each(households, month, Optional.of(requireNonNull(knownOn, "knownOn")), sink);
  }

  private void each(Iterable<Household> households, YearMonth month, Optional<LocalDate> knownOn, BatchSink sink) {
    requireNonNull(households, "households");
    requireNonNull(month, "month");
    requireNonNull(sink, "sink");
    engine.each(households, month, knownOn, new Engine.Sink() {
      @Override
      public void result(HouseholdResult r) {
        sink.result(r);
      }

      @Override
      public void error(BatchError e) {
        sink.error(e);
      }
    });
  }

  /**
   * The payout form of {@link #calculateEach(Iterable, YearMonth, BatchSink)}: each scheme result is
   * handed to {@code sink} as primitives (scheme, beneficiary, outcome, amount in fen, payee, persons),
   * without a {@link HouseholdResult} or {@link SchemeResult} object per result, so that the many
   * INELIGIBLE outcomes of a payroll cost no allocation. Explanations are off whatever
   * {@link Builder#batchExplanations} says. The results, their order and the errors are those of
   * {@link #calculateEach(Iterable, YearMonth, BatchSink)}.
   *
   * @param households the households, not null
   * @param month the month, not null
   * @param sink receives each household's results, then {@link PayoutSink#householdDone}, or an error, in input order, not null
   * @since 0.2
   */
  public void calculateEach(Iterable<Household> households, YearMonth month, PayoutSink sink) {
    payouts(households, month, Optional.empty(), sink);
  }

  /**
   * {@link #calculateEach(Iterable, YearMonth, PayoutSink)} as known on a knowledge date (rules.md §11).
   *
   * @param households the households, not null
   * @param month the month, not null
   * @param knownOn the knowledge date, not null
   * @param sink receives results and errors in input order, not null
   * @since 0.2
   */
  public void calculateEach(Iterable<Household> households, YearMonth month, LocalDate knownOn, PayoutSink sink) {
    payouts(households, month, Optional.of(requireNonNull(knownOn, "knownOn")), sink);
  }

  private void payouts(Iterable<Household> households, YearMonth month, Optional<LocalDate> knownOn, PayoutSink sink) {
    requireNonNull(households, "households");
    requireNonNull(month, "month");
    requireNonNull(sink, "sink");
    engine.each(households, month, knownOn, new Engine.PayoutSink() {
      @Override
      public void result(int index, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee,
          int persons) {
        sink.result(index, scheme, beneficiary, outcome, fen, payee, persons);
      }

      @Override
      public void householdDone(int index, String householdId, Stamp stamp) {
        sink.householdDone(index, householdId, stamp);
      }

      @Override
      public void error(BatchError e) {
        sink.error(e);
      }
    });
  }

  /**
   * Receives a batch in the payout form ({@link #calculateEach(Iterable, YearMonth, PayoutSink)}): for
   * each household, one {@link #result} call per scheme result, in the order of
   * {@link HouseholdResult#results()}, then {@link #householdDone}; or one {@link #error}. The arguments
   * are valid after the call (beneficiaries and payees are immutable), but the sink should keep no more
   * than it pays.
   *
   * @since 0.2
   */
  public interface PayoutSink {
    /**
     * One scheme's result for one beneficiary of household number {@code household}.
     *
     * @param household the household's position in the input (counting households that failed), from 0
     * @param scheme the scheme, not null
     * @param beneficiary whom the result is about (the household for dibao, else the member), not null
     * @param outcome the outcome, not null
     * @param fen the amount in fen when ELIGIBLE (possibly 0), else 0
     * @param payee who is paid when ELIGIBLE (the person, the household or the support institution), else null
     * @param persons the persons the payment covers: for an ELIGIBLE household result, those its rule
     *     counted (dibao: the counted members less the extreme-poverty persons, rules.md §1), else 1
     */
    void result(int household, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee,
        int persons);

    /**
     * After the household's last result.
     *
     * @param household the household's position in the input, from 0
     * @param householdId its id, not null
     * @param stamp the reproducibility stamp of its results, not null
     */
    void householdDone(int household, String householdId, Stamp stamp);

    /** @param error a household that could not be calculated (none of its results was handed out) */
    void error(BatchError error);
  }

  /**
   * Receives the results and errors of a streaming batch.
   *
   * @since 0.1
   */
  public interface BatchSink {
    /** @param result a household's results */
    void result(HouseholdResult result);

    /** @param error a household that could not be calculated */
    void error(BatchError error);
  }

  /**
   * Configures a {@link BenefitCalculator}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final StandardsRegistry registry;
    private Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    private PriceIndexSeries series = PriceIndexSeries.EMPTY;
    private boolean explanations = true;
    private boolean batchExplanations;
    private List<SchemeModule> added;
    private Optional<LocalDate> knowledgeDate = Optional.empty();

    private Builder(StandardsRegistry registry) {
      this.registry = registry;
    }

    /**
     * @param clock the clock that says what "today" is (birth dates after it are invalid); default the
     *     system clock in Asia/Shanghai, not null
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param series price indices for the price-linked subsidy, not null
     * @return this
     */
    public Builder priceIndex(PriceIndexSeries series) {
      this.series = requireNonNull(series, "series");
      return this;
    }

    /**
     * @param on whether the single-household forms ({@link BenefitCalculator#calculate}) explain their results
     *     (default true); off, every result has {@code Explanation.NONE}. Batches follow
     *     {@link #batchExplanations} instead (default off).
     * @return this
     */
    public Builder explanations(boolean on) {
      this.explanations = on;
      return this;
    }

    /**
     * Runs exactly these scheme modules besides the built-in ones, instead of every installed module
     * ({@link Schemes#added()}, the default): the way to add a scheme by hand. They are registered
     * (see {@link Schemes#register}).
     *
     * @param modules the modules, not built in, not null
     * @return this builder
     * @throws org.minzheng.scheme.SchemeConfigurationException if they cannot be loaded with those installed
     * @since 0.2
     */
    public Builder schemes(SchemeModule... modules) {
      List<SchemeModule> order = Schemes.register(modules);
      List<String> problems = new ArrayList<>();
      for (SchemeModule m : order) {
        for (Scheme d : m.dependsOn()) {
          if (!d.isBuiltIn() && order.stream().noneMatch(x -> x.scheme() == d)) {
            problems.add("scheme " + m.scheme() + " depends on " + d + ", which is not among the modules given");
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new SchemeConfigurationException(problems);
      }
      this.added = order;
      return this;
    }

    /**
     * Whether {@link BenefitCalculator#calculateAll} and {@link BenefitCalculator#calculateEach} explain
     * their results. Off by default: a batch (a payroll, a simulation) rarely reads the steps, and recording
     * them costs several times the calculation. {@link #explanations} sets the single-household forms.
     *
     * @param on true to record the steps of every result of a batch
     * @return this builder
     * @since 0.2
     */
    public Builder batchExplanations(boolean on) {
      this.batchExplanations = on;
      return this;
    }

    /**
     * @param knownOn the knowledge date of every calculation (rules.md §11): only standards published on
     *     or before it are used; default today from the clock, not null
     * @return this
     * @since 0.2
     */
    public Builder knowledgeDate(LocalDate knownOn) {
      this.knowledgeDate = Optional.of(requireNonNull(knownOn, "knownOn"));
      return this;
    }

    /** @return the calculator */
    public BenefitCalculator build() {
      return new BenefitCalculator(this);
    }
  }
}
