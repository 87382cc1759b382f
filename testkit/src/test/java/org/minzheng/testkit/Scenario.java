package org.minzheng.testkit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.standard.StandardSet;

/** One input of a domain law: a household, a month, generated standards and a price-index series. */
record Scenario(Household household, YearMonth month, StandardSet standards, PriceIndexSeries prices) {

  /** Later than every generated birth date and every month generated. */
  static final Clock CLOCK = Clock.fixed(LocalDate.of(2020, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static Generator<Scenario> scenarios(MinzhengGenerators.Facts facts) {
    Generator<Household> households = MinzhengGenerators.households(facts);
    Generator<YearMonth> months = MinzhengGenerators.months(YearMonth.of(2019, 1), YearMonth.of(2020, 12));
    Generator<StandardSet> sets = MinzhengGenerators.standardSets();
    Generator<PriceIndexSeries> prices = MinzhengGenerators.priceIndexSeries();
    return r -> new Scenario(households.apply(r), months.apply(r), sets.apply(r), prices.apply(r));
  }

  static BenefitCalculator calculator(StandardSet standards, PriceIndexSeries prices) {
    return BenefitCalculator.builder(StandardsRegistry.builder().add(standards).build()).clock(CLOCK).priceIndex(prices).build();
  }

  BenefitCalculator calculator() {
    return calculator(standards, prices);
  }

  Scenario with(Household h) {
    return new Scenario(h, month, standards, prices);
  }

  Scenario with(StandardSet s) {
    return new Scenario(household, month, s, prices);
  }
}
