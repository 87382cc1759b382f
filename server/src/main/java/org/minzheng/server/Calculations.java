package org.minzheng.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.scheme.HouseholdResult;
import org.springframework.stereotype.Component;

/**
 * The server's one door to the calculator: the starter's calculator (explanations on), a twin on
 * the same registry, clock and price index with explanations off, and one that explains batches (a
 * batch asking for {@code explanation=text|steps}; core's batches are unexplained by default).
 */
@Component
final class Calculations {
  private final BenefitCalculator explained;
  private final BenefitCalculator plain;
  private final BenefitCalculator explainedBatch;
  private final StandardsRegistry registry;
  private final Clock clock;
  private final PriceIndexSeries priceIndex;

  Calculations(StandardsRegistry registry, BenefitCalculator calculator, Clock clock, PriceIndexSeries priceIndex) {
    this.registry = registry;
    this.clock = clock;
    this.priceIndex = priceIndex;
    this.explained = calculator;
    this.plain = plain(registry);
    this.explainedBatch = BenefitCalculator.builder(registry).clock(clock).priceIndex(priceIndex)
        .batchExplanations(true).build();
  }

  /** A calculator without explanations on another registry (a reform), with this server's clock and index. */
  BenefitCalculator plain(StandardsRegistry other) {
    return BenefitCalculator.builder(other).clock(clock).priceIndex(priceIndex).explanations(false).build();
  }

  Clock clock() {
    return clock;
  }

  BenefitCalculator plain() {
    return plain;
  }

  StandardsRegistry registry() {
    return registry;
  }

  /** A streamed batch, as known on {@code knownOn} when present (rules.md §11), else today. */
  void each(Iterable<Household> households, YearMonth month, Optional<LocalDate> knownOn, boolean explain,
      BenefitCalculator.BatchSink sink) {
    BenefitCalculator c = explain ? explainedBatch : plain;
    if (knownOn.isPresent()) {
      c.calculateEach(households, month, knownOn.get(), sink);
    } else {
      c.calculateEach(households, month, sink);
    }
  }

  /** A streamed batch in core's payout form (an INELIGIBLE result allocates nothing), as known on {@code knownOn} when present. */
  void payouts(Iterable<Household> households, YearMonth month, Optional<LocalDate> knownOn,
      BenefitCalculator.PayoutSink sink) {
    if (knownOn.isPresent()) {
      plain.calculateEach(households, month, knownOn.get(), sink);
    } else {
      plain.calculateEach(households, month, sink);
    }
  }

  /** One household without explanations, as known on {@code knownOn} when present. */
  HouseholdResult calculate(Household household, YearMonth month, Optional<LocalDate> knownOn) {
    return knownOn.isPresent() ? plain.calculate(household, month, knownOn.get()) : plain.calculate(household, month);
  }

  HouseholdResult calculate(Household household, YearMonth month, boolean explain) {
    return (explain ? explained : plain).calculate(household, month);
  }

  /** As known on {@code knownOn} (rules.md §11): the result's stamp and explanation name it when it is not today. */
  HouseholdResult calculate(Household household, YearMonth month, LocalDate knownOn, boolean explain) {
    return (explain ? explained : plain).calculate(household, month, knownOn);
  }
}
