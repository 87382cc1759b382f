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
    // care = share × Xinhua's class-1 minimum wage 1,900 (rules.md §2, corrected):
    // urban 2020 741.00 + 5% × 1,900 = 836.00; rural 2020 461.50 + 10% × 1,900 = 651.50;
    // rural 2019 418.171 + 20% × 1,900 = 798.171 → 798.17
    Person u = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    eligible(Results.of(calc.calculate(H.urban(u), OCT_2020), Scheme.EXTREME_POVERTY, u), "836.00");
    Person r = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false)
        .selfCare(SelfCareAssessment.unable(org.minzheng.household.DailyActivity.EATING)).build();
    eligible(Results.of(calc.calculate(H.rural(r), OCT_2020), Scheme.EXTREME_POVERTY, r), "651.50");
    Person f = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(SelfCareAssessment.unable(
        org.minzheng.household.DailyActivity.values())).build();
    eligible(Results.of(calc.calculate(H.rural(f), OCT_2019), Scheme.EXTREME_POVERTY, f), "798.17");
  }

  @Test
  void careIsAShareOfTheCountysMinimumWage() {
    Person full = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(SelfCareAssessment.unable(
        org.minzheng.household.DailyActivity.values())).build();
    // 鲁山 (class 3): 461.50 + 20% × 1,500 = 761.50; 汝州 (class 2, ASSUMPTION): 461.50 + 20% × 1,700 = 801.50
    SchemeResult lushan = Results.of(calc.calculate(in("410423", full), OCT_2020), Scheme.EXTREME_POVERTY, full);
    eligible(lushan, "761.50");
    assertThat(lushan.explanation().render(Locale.ENGLISH)).contains("20% × monthly minimum wage 1500.00 = 300.00")
        .contains("extremePoverty.minimumWage").contains("extremePoverty.careShare.full");
    eligible(Results.of(calc.calculate(in("410482", full), OCT_2020), Scheme.EXTREME_POVERTY, full), "801.50");
    // 郏县 (class 2) self-care: 461.50 + 5% × 1,700 = 546.50, and the explanation shows the working
    Person self = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    SchemeResult jia = Results.of(calc.calculate(in("410425", self), OCT_2020), Scheme.EXTREME_POVERTY, self);
    eligible(jia, "546.50");
    assertThat(jia.explanation().render(Locale.CHINESE)).contains("5% × 月最低工资标准 1700.00 = 85.00");
    Person xinhua = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    assertThat(Results.of(calc.calculate(H.rural(xinhua), OCT_2020), Scheme.EXTREME_POVERTY, xinhua).explanation()
        .render(Locale.ENGLISH)).contains("5% × monthly minimum wage 1900.00 = 95.00");
  }

  @Test
  void unableToWorkIsThe2016List() {
    // 民发〔2016〕178号 第六条: intellectual/mental grade 1–2, physical grade 1; visual and multiple not listed
    for (Object[] c : new Object[][] {{DisabilityCategory.INTELLECTUAL, 2, true}, {DisabilityCategory.MENTAL, 2, true},
        {DisabilityCategory.INTELLECTUAL, 3, false}, {DisabilityCategory.PHYSICAL, 1, true}, {DisabilityCategory.PHYSICAL, 2, false},
        {DisabilityCategory.VISUAL, 1, false}, {DisabilityCategory.MULTIPLE, 1, false}}) {
      Person p = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare())
          .disability(Disability.of((DisabilityCategory) c[0], (Integer) c[1])).build();
      SchemeResult r = Results.of(calc.calculate(H.rural(p), OCT_2020), Scheme.EXTREME_POVERTY, p);
      if ((Boolean) c[2]) {
        eligible(r, "556.50"); // 461.50 + 5% × 1,900
      } else {
        ineligible(r, "NOT_UNABLE_TO_WORK");
      }
    }
  }

  @Test
  void priceSubsidyDoubledFromMarchToJune2020() {
    BenefitCalculator c = BenefitCalculator.builder(REGISTRY).clock(Fixture.CLOCK)
        .priceIndex(new PriceIndexSeries("sample", Map.of(Fixture.CITY, Map.of(
            YearMonth.of(2020, 2), PriceIndex.of("5.2", "21.9"), YearMonth.of(2020, 3), PriceIndex.of("4.3", "18.3"),
            YearMonth.of(2020, 6), PriceIndex.of("2.5", "11.1"), YearMonth.of(2020, 7), PriceIndex.of("2.7", "13.2")))))
        .build();
    Person a = H.adult();
    Household h = H.rural(a);
    eligible(Results.of(c.calculate(h, YearMonth.of(2020, 2)), Scheme.PRICE_SUBSIDY, a), "78.00"); // 355 × 21.9% = 77.745
    eligible(Results.of(c.calculate(h, YearMonth.of(2020, 3)), Scheme.PRICE_SUBSIDY, a), "130.00"); // × 18.3% × 2 = 129.93
    eligible(Results.of(c.calculate(h, YearMonth.of(2020, 6)), Scheme.PRICE_SUBSIDY, a), "79.00"); // × 11.1% × 2 = 78.81
    eligible(Results.of(c.calculate(h, YearMonth.of(2020, 7)), Scheme.PRICE_SUBSIDY, a), "47.00"); // × 13.2% = 46.86
  }

  private static Household in(String county, Person p) {
    return H.household(ResidenceType.RURAL, p).region(org.minzheng.standard.RegionCode.of(county)).build();
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
