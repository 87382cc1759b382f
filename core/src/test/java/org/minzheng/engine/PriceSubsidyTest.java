package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.ineligible;
import static org.minzheng.engine.Results.undetermined;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.PriceRateBasis;
import org.minzheng.standard.Scheme;

/** rules.md §4: trigger, covered groups, standard × rate × multiplier rounded to the yuan. */
class PriceSubsidyTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);

  static PriceIndexSeries series(String cpi, String food) {
    return new PriceIndexSeries("test", Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of(cpi, food))));
  }

  static SchemeResult price(BenefitCalculator c, Household h, Person p) {
    return Results.of(c.calculate(h, OCT_2020), Scheme.PRICE_SUBSIDY, p);
  }

  @Test
  void ruralDibaoMembersWithFoodCpi20_6Get73() {
    // rural dibao household (no income); CPI 5.4, food 20.6 → the larger rate 20.6: 355 × 20.6% = 73.13 → 73
    BenefitCalculator c = new Fixture().calculator(series("5.4", "20.6"));
    Person a = H.adult();
    Person b = H.adult();
    Household h = H.rural(a, b);
    eligible(price(c, h, a), "73.00");
    eligible(price(c, h, b), "73.00");
  }

  @Test
  void urbanUsesTheUrbanStandard() {
    // 570 × 20.6% = 117.42 → 117
    Person a = H.adult();
    eligible(price(new Fixture().calculator(series("5.4", "20.6")), H.urban(a), a), "117.00");
  }

  @Test
  void cpiAtTheThresholdTriggers() {
    // CPI 3.5 ≥ 3.5, food 2.0: 570 × 3.5% = 19.95 → 20
    Person a = H.adult();
    eligible(price(new Fixture().calculator(series("3.5", "2.0")), H.urban(a), a), "20.00");
  }

  @Test
  void bothTriggerTakesTheLargerProduct() {
    // CPI 7.0, food 6.5: 570 × 7% = 39.90 → 40 (food would give 37.05)
    Person a = H.adult();
    eligible(price(new Fixture().calculator(series("7.0", "6.5")), H.urban(a), a), "40.00");
  }

  @Test
  void notTriggeredIsIneligible() {
    // CPI 3.4 < 3.5, food 5.9 < 6.0
    Person a = H.adult();
    ineligible(price(new Fixture().calculator(series("3.4", "5.9")), H.urban(a), a), "NOT_TRIGGERED");
  }

  @Test
  void notCoveredIsIneligibleWhateverTheIndex() {
    // income 20,000 > 6,840: no dibao household; not an extreme-poverty person
    Person a = H.adult("20000");
    ineligible(price(new Fixture().calculator(series("5.4", "20.6")), H.urban(a), a), "NOT_COVERED");
    // even without any index for the month
    ineligible(price(new Fixture().calculator(), H.urban(a), a), "NOT_COVERED");
  }

  @Test
  void coveredWithTheMonthMissingIsUndetermined() {
    Person a = H.adult();
    undetermined(price(new Fixture().calculator(), H.urban(a), a), "priceIndex[410402,2020-10]");
    // another month of the series does not help
    PriceIndexSeries other = new PriceIndexSeries("test", Map.of(Fixture.XINHUA, Map.of(YearMonth.of(2020, 9),
        PriceIndex.of("9", "9"))));
    undetermined(price(new Fixture().calculator(other), H.urban(a), a), "priceIndex[410402,2020-10]");
  }

  @Test
  void theCitysIndexServesItsDistricts() {
    PriceIndexSeries city = new PriceIndexSeries("city", Map.of(Fixture.CITY, Map.of(OCT_2020, PriceIndex.of("5.4", "20.6"))));
    Person a = H.adult();
    eligible(price(new Fixture().calculator(city), H.rural(a), a), "73.00");
  }

  @Test
  void extremePovertyPersonsAreCoveredOnlyWhenListed() {
    Person elder = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    Person rich = H.adult("20000");
    Household h = H.rural(elder, rich); // dibao: only the rich adult counts → ineligible
    eligible(price(new Fixture().calculator(series("5.4", "20.6")), h, elder), "73.00");
    ineligible(price(new Fixture().calculator(series("5.4", "20.6")), h, rich), "NOT_COVERED");
    BenefitCalculator dibaoOnly = new Fixture().set(Parameters.PRICE_SUBSIDY_COVERED, List.of("DIBAO_MEMBER"))
        .calculator(series("5.4", "20.6"));
    ineligible(price(dibaoOnly, h, elder), "NOT_COVERED");
  }

  @Test
  void multiplierDoubles() {
    // 355 × 20.6% × 2 = 146.26 → 146
    BenefitCalculator c = new Fixture().set(Parameters.PRICE_SUBSIDY_MULTIPLIER, new BigDecimal("2"))
        .calculator(series("5.4", "20.6"));
    Person a = H.adult();
    eligible(price(c, H.rural(a), a), "146.00");
  }

  @Test
  void rateBasisChoosesTheRate() {
    Person a = H.adult();
    // CPI 5.4% and food 20.6% both trigger: the larger rate 355 × 20.6% = 73.13 → 73 (the default) ...
    eligible(price(new Fixture().calculator(series("5.4", "20.6")), H.rural(a), a), "73.00");
    // ... CPI only: 355 × 5.4% = 19.17 → 19, even though food triggered too
    BenefitCalculator cpi = new Fixture().set(Parameters.PRICE_SUBSIDY_RATE_BASIS, PriceRateBasis.CPI)
        .calculator(series("2.4", "10.6"));
    eligible(price(cpi, H.rural(a), a), "9.00"); // 355 × 2.4% = 8.52; triggered by food 10.6% alone
    // food CPI only: 355 × 3.0% = 10.65 → 11 when CPI 4.0% alone triggers
    BenefitCalculator food = new Fixture().set(Parameters.PRICE_SUBSIDY_RATE_BASIS, PriceRateBasis.FOOD_CPI)
        .calculator(series("4.0", "3.0"));
    SchemeResult r = price(food, H.rural(a), a);
    eligible(r, "11.00");
    assertThat(r.explanation().render(java.util.Locale.ENGLISH)).contains("priceSubsidy.rateBasis = FOOD_CPI");
    // triggered by food while CPI fell: the CPI basis gives no subsidy (0.00), never a negative one
    BenefitCalculator fallen = new Fixture().set(Parameters.PRICE_SUBSIDY_RATE_BASIS, PriceRateBasis.CPI)
        .calculator(series("-0.5", "6.5"));
    eligible(price(fallen, H.rural(a), a), "0.00");
  }

  @Test
  void everyCountedMemberGetsAResult() {
    Person a = H.adult();
    Person b = H.adult("20000");
    Household h = H.urban(a, b); // 20,000 < 13,680? no → not a dibao household
    assertThat(new Fixture().calculator(series("5.4", "20.6")).calculate(h, OCT_2020).of(Scheme.PRICE_SUBSIDY)).hasSize(2)
        .allSatisfy(r -> assertThat(r.reasons()).extracting(x -> x.code()).containsExactly("NOT_COVERED"));
  }
}
