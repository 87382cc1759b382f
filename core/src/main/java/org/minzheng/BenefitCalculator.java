package org.minzheng;

import java.time.Clock;
import java.time.YearMonth;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;

/**
 * The entry point a host calls: a household and a month in, every scheme's explained result out.
 * SKELETON: the engine is being written (issue 3); the signatures are the contract.
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
 * @since 0.1
 */
public final class BenefitCalculator {
  private BenefitCalculator() {}

  /**
   * @param registry the standards, not null
   * @return a builder
   */
  public static Builder builder(StandardsRegistry registry) {
    throw new UnsupportedOperationException("engine not written yet");
  }

  /**
   * Every scheme's result for one household and month.
   *
   * @param household the household, not null
   * @param month the benefit month, not null
   * @return the results with their stamp
   * @throws InvalidInputException naming the field and value (a birth date after the clock's today, …)
   * @throws UnknownRegionException if the household's region is not declared by any loaded module
   * @throws org.minzheng.standard.StandardNotFoundException if the month is before any standard (strict)
   */
  public HouseholdResult calculate(Household household, YearMonth month) {
    throw new UnsupportedOperationException("engine not written yet");
  }

  /**
   * The result of one temporary-assistance case (its month is the approval month).
   *
   * @param c the case, not null
   * @return the result
   */
  public SchemeResult calculate(TemporaryAssistanceCase c) {
    throw new UnsupportedOperationException("engine not written yet");
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
    throw new UnsupportedOperationException("engine not written yet");
  }

  /**
   * Streaming form of {@link #calculateAll(Iterable, YearMonth)}: each result or error is handed to
   * {@code sink} as soon as it is computed, so memory does not grow with the number of households.
   *
   * @param households the households, not null
   * @param month the month, not null
   * @param sink receives results and errors in input order, not null
   */
  public void calculateEach(Iterable<Household> households, YearMonth month, BatchSink sink) {
    throw new UnsupportedOperationException("engine not written yet");
  }

  /** Receives the results and errors of a streaming batch. */
  public interface BatchSink {
    /** @param result a household's results */
    void result(HouseholdResult result);

    /** @param error a household that could not be calculated */
    void error(BatchError error);
  }

  /** Configures a {@link BenefitCalculator}. */
  public static final class Builder {
    private Builder() {}

    /** @param clock the clock that says what "today" is (birth dates after it are invalid), not null @return this */
    public Builder clock(Clock clock) {
      return this;
    }

    /** @param series price indices for the price-linked subsidy, not null @return this */
    public Builder priceIndex(PriceIndexSeries series) {
      return this;
    }

    /** @param on whether results carry explanations (default true) @return this */
    public Builder explanations(boolean on) {
      return this;
    }

    /** @return the calculator */
    public BenefitCalculator build() {
      throw new UnsupportedOperationException("engine not written yet");
    }
  }
}
