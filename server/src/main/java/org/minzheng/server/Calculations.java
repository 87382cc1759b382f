package org.minzheng.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.scheme.HouseholdResult;
import org.springframework.stereotype.Component;

/**
 * The server's one door to the calculator: the starter's calculator (explanations on) and a twin on
 * the same registry, clock and price index with explanations off, for batch work.
 */
@Component
final class Calculations {
  private final BenefitCalculator explained;
  private final BenefitCalculator plain;
  private final StandardsRegistry registry;
  private final Clock clock;
  private final PriceIndexSeries priceIndex;

  Calculations(StandardsRegistry registry, BenefitCalculator calculator, Clock clock, PriceIndexSeries priceIndex) {
    this.registry = registry;
    this.clock = clock;
    this.priceIndex = priceIndex;
    this.explained = calculator;
    this.plain = plain(registry);
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

  void each(Iterable<Household> households, YearMonth month, boolean explain, BenefitCalculator.BatchSink sink) {
    (explain ? explained : plain).calculateEach(households, month, sink);
  }

  HouseholdResult calculate(Household household, YearMonth month, boolean explain) {
    return (explain ? explained : plain).calculate(household, month);
  }

  /** As known on {@code knownOn} (rules.md §11): the result's stamp and explanation name it when it is not today. */
  HouseholdResult calculate(Household household, YearMonth month, LocalDate knownOn, boolean explain) {
    return (explain ? explained : plain).calculate(household, month, knownOn);
  }
}
