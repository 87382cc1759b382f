package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.engine.Results.dibao;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.ineligible;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.AssistanceCause;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;

/** The rules.md examples against the shipped standards-2020 module (the JSON data, not the test fixture). */
class Standards2020EngineTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  static final YearMonth OCT_2019 = YearMonth.of(2019, 10);
  static final StandardsRegistry REGISTRY = StandardsRegistry.of(Standards2020.provider());
  final BenefitCalculator calc = BenefitCalculator.builder(REGISTRY).clock(Fixture.CLOCK)
      .priceIndex(new PriceIndexSeries("sample", Map.of(Fixture.CITY, Map.of(OCT_2020, PriceIndex.of("5.4", "20.6")))))
      .build();

  @Test
  void dibaoExamples() {
    // 570 × 3 − 900 = 810.00; 520 × 3 − 900 = 660.00
    Household three = H.urban(H.adult("10800"), H.adult(), H.adult());
    eligible(dibao(calc.calculate(three, OCT_2020), three), "810.00");
    eligible(dibao(calc.calculate(three, OCT_2019), three), "660.00");
    // rural 2019: 3,860 / 12 = 321.666… → 321.67; 321.67 × 4 − 1,000 = 286.68
    Household four = H.rural(H.adult("12000"), H.adult(), H.adult(), H.adult());
    eligible(dibao(calc.calculate(four, OCT_2019), four), "286.68");
    // (1,140 × 12 − 10,000) / 12 = 306.666… → 306.67
    Household two = H.urban(H.adult("10000"), H.adult());
    eligible(dibao(calc.calculate(two, OCT_2020), two), "306.67");
    // income equal to the standard: 570 × 12
    Household equal = H.urban(H.adult("6840"));
    ineligible(dibao(calc.calculate(equal, OCT_2020), equal), "INCOME_NOT_BELOW_STANDARD");
  }

  @Test
  void aPlusFloorIn2020AndPlainGapIn2019() {
    // 2020: max((13,680 − 13,000) / 12 = 56.67, 340 × 2 = 680) = 680.00
    Household a = H.household(ResidenceType.URBAN, H.adult("13000"), H.adult()).classification("A+").build();
    eligible(dibao(calc.calculate(a, OCT_2020), a), "680.00");
    // 2019: (12,480 − 12,000) / 12 = 40.00
    Household b = H.household(ResidenceType.URBAN, H.adult("12000"), H.adult()).classification("A+").build();
    eligible(dibao(calc.calculate(b, OCT_2019), b), "40.00");
  }

  @Test
  void extremePovertyBasics() {
    // urban 2020 741.00 + 60; rural 2020 461.50 + 240; rural 2019 418.171 + 480 → 898.17
    Person u = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    eligible(Results.of(calc.calculate(H.urban(u), OCT_2020), Scheme.EXTREME_POVERTY, u), "801.00");
    Person r = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false)
        .selfCare(SelfCareAssessment.unable(org.minzheng.household.DailyActivity.EATING)).build();
    eligible(Results.of(calc.calculate(H.rural(r), OCT_2020), Scheme.EXTREME_POVERTY, r), "701.50");
    Person f = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(SelfCareAssessment.unable(
        org.minzheng.household.DailyActivity.values())).build();
    eligible(Results.of(calc.calculate(H.rural(f), OCT_2019), Scheme.EXTREME_POVERTY, f), "898.17");
  }

  @Test
  void oldAgeDisabilityAndPrice() {
    Person eighty = H.person(LocalDate.of(1940, 3, 15)).hasCapableSupporter(true).build();
    Person disabled = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(true)
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 2)).build();
    Household h = H.rural(eighty, disabled);
    ineligible(Results.of(calc.calculate(h, YearMonth.of(2020, 3)), Scheme.OLD_AGE_ALLOWANCE, eighty), "BELOW_MINIMUM_AGE");
    HouseholdResult oct = calc.calculate(h, OCT_2020);
    eligible(Results.of(oct, Scheme.OLD_AGE_ALLOWANCE, eighty), "50.00");
    eligible(Results.of(oct, Scheme.DISABILITY_LIVING_SUBSIDY, disabled), "60.00");
    eligible(Results.of(oct, Scheme.DISABILITY_NURSING_SUBSIDY, disabled), "100.00");
    eligible(Results.of(calc.calculate(h, OCT_2019), Scheme.DISABILITY_NURSING_SUBSIDY, disabled), "60.00");
    // rural dibao household: 355 × 20.6% = 73.13 → 73
    eligible(Results.of(oct, Scheme.PRICE_SUBSIDY, disabled), "73.00");
    // the explanation names the module, the document and the status
    SchemeResult nursing = Results.of(oct, Scheme.DISABILITY_NURSING_SUBSIDY, disabled);
    assertThat(nursing.explanation().render(Locale.CHINESE)).contains("standards-2020").contains("100.00");
    assertThat(oct.stamp().modules()).containsEntry("standards-2020", "2020.1");
  }

  @Test
  void temporaryAssistanceCap() {
    // 570 × 2 × min(9, 6) = 6,840.00
    SchemeResult r = calc.calculate(new TemporaryAssistanceCase("c1", HouseholdId.of("h1"), Fixture.XINHUA, ResidenceType.URBAN,
        2, AssistanceCause.SUDDEN_EVENT, 9, LocalDate.of(2020, 6, 1)));
    eligible(r, "6840.00");
  }
}
