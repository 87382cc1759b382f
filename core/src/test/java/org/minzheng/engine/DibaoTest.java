package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.engine.Results.dibao;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.ineligible;
import static org.minzheng.engine.Results.undetermined;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.InvalidInputException;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.Person;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;

/** rules.md §1: 补差, exact comparison, rounding once, A+ floor, tiered method, minimum payout, deductions. */
class DibaoTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  static final YearMonth OCT_2019 = YearMonth.of(2019, 10);
  final BenefitCalculator calc = Fixture.standard();

  SchemeResult run(Household h, YearMonth m) {
    return dibao(calc.calculate(h, m), h);
  }

  @Test
  void urbanThreeWith900AMonthIn2020() {
    // 900 yuan counted a month = 10,800 over 12 months; 570 × 3 − 10,800 / 12 = 1,710 − 900 = 810.00
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    SchemeResult r = run(h, OCT_2020);
    eligible(r, "810.00");
    assertThat(r.payee()).contains(Beneficiary.household(h.id().value()));
    assertThat(r.beneficiary()).isEqualTo(Beneficiary.household(h.id().value()));
  }

  @Test
  void sameHouseholdIn2019UsesThe2019Standard() {
    // 520 × 3 − 900 = 660.00
    eligible(run(H.urban(H.adult("10800"), H.adult(), H.adult()), OCT_2019), "660.00");
  }

  @Test
  void ruralFourIn2019UsesTheRoundedMonthlyStandard() {
    // 321.67 × 4 − 12,000 / 12 = 1,286.68 − 1,000 = 286.68 (3,860 × 4 / 12 − 1,000 would give 286.67)
    eligible(run(H.rural(H.adult("12000"), H.adult(), H.adult(), H.adult()), OCT_2019), "286.68");
  }

  @Test
  void urbanTwoRoundsOnceAtTheEnd() {
    // (570 × 2 × 12 − 10,000) / 12 = 3,680 / 12 = 306.666… → HALF_UP 306.67
    eligible(run(H.urban(H.adult("10000"), H.adult()), OCT_2020), "306.67");
  }

  @Test
  void roundingRuleIsAParameter() {
    // 306.666… → DOWN to the fen 306.66
    BenefitCalculator down = new Fixture().set(Parameters.DIBAO_ROUNDING, new Rounding(Rounding.Unit.FEN, RoundingMode.DOWN))
        .calculator();
    Household h = H.urban(H.adult("10000"), H.adult());
    eligible(dibao(down.calculate(h, OCT_2020), h), "306.66");
  }

  @Test
  void incomeEqualToTheStandardIsIneligible() {
    // 570 × 12 = 6,840: per-capita income 570.00 is not below 570.00
    ineligible(run(H.urban(H.adult("6840")), OCT_2020), "INCOME_NOT_BELOW_STANDARD");
  }

  @Test
  void oneFenBelowTheStandardIsEligibleEvenIfTheAmountRoundsToZero() {
    // (6,840.00 − 6,839.99) / 12 = 0.000833… → 0.00, still ELIGIBLE (rules.md §0)
    eligible(run(H.urban(H.adult("6839.99")), OCT_2020), "0.00");
  }

  @Test
  void notCountedCategoriesAreLeftOut() {
    Person p = H.person(LocalDate.of(1980, 1, 1)).addIncome(H.income(IncomeCategory.WAGES, "6000"))
        .addIncome(H.income(IncomeCategory.PREFERENTIAL_CARE_PENSION, "5000"))
        .addIncome(H.income(IncomeCategory.FAMILY_PLANNING_REWARD, "1000"))
        .addIncome(H.income(IncomeCategory.SCHOLARSHIP, "1000"))
        .addIncome(H.income(IncomeCategory.BRAVERY_AWARD, "1000"))
        .addIncome(H.income(IncomeCategory.SOCIAL_ASSISTANCE, "9000"))
        .addIncome(H.income(IncomeCategory.RESIDENT_BASIC_PENSION, "1200"))
        .addIncome(H.income(IncomeCategory.DISABILITY_SUBSIDY, "720"))
        .addIncome(H.income(IncomeCategory.PROPERTY, "240")).build();
    // counted: 6,000 + 240 = 6,240; (6,840 − 6,240) / 12 = 50.00
    eligible(run(H.urban(p), OCT_2020), "50.00");
  }

  @Test
  void everyCountedCategoryCounts() {
    Person p = H.person(LocalDate.of(1980, 1, 1)).addIncome(H.income(IncomeCategory.BUSINESS, "1200"))
        .addIncome(H.income(IncomeCategory.PROPERTY, "1200")).addIncome(H.income(IncomeCategory.TRANSFER, "1200"))
        .addIncome(H.income(IncomeCategory.OTHER, "1200")).build();
    // 4,800 counted; (6,840 − 4,800) / 12 = 170.00
    eligible(run(H.urban(p), OCT_2020), "170.00");
  }

  @Test
  void aPlusFloorRaisesASmallGap() {
    // n = 2, income 13,000: gap (13,680 − 13,000) / 12 = 56.67; A+ floor 340 × 2 = 680.00 → 680.00
    Household h = H.household(ResidenceType.URBAN, H.adult("13000"), H.adult()).classification("A+").build();
    eligible(run(h, OCT_2020), "680.00");
  }

  @Test
  void aPlusFloorDoesNotLowerALargeGap() {
    // n = 2, no income: gap 1,140.00 > 680.00
    Household h = H.household(ResidenceType.URBAN, H.adult(), H.adult()).classification("A+").build();
    eligible(run(h, OCT_2020), "1140.00");
  }

  @Test
  void aPlusIn2019GetsThePlainGap() {
    // 2019 standards define no class amount: (520 × 2 × 12 − 12,000) / 12 = 480 / 12 = 40.00
    Household h = H.household(ResidenceType.URBAN, H.adult("12000"), H.adult()).classification("A+").build();
    eligible(run(h, OCT_2019), "40.00");
  }

  @Test
  void aPlusNeverMakesAnIneligibleHouseholdEligible() {
    Household h = H.household(ResidenceType.URBAN, H.adult("13680"), H.adult()).classification("A+").build();
    ineligible(run(h, OCT_2020), "INCOME_NOT_BELOW_STANDARD");
  }

  @Test
  void aClassWithoutAFloorGetsThePlainGap() {
    // class "B" has no floor: (13,680 − 13,000) / 12 = 56.666… → 56.67
    Household h = H.household(ResidenceType.URBAN, H.adult("13000"), H.adult()).classification("B").build();
    eligible(run(h, OCT_2020), "56.67");
  }

  @Test
  void tieredMethodPaysTheClassAmountPerPerson() {
    BenefitCalculator tiered = new Fixture().set(Parameters.DIBAO_METHOD, DibaoMethod.TIERED)
        .set(Parameters.DIBAO_TIERS, Map.of("A", Money.ofYuan(300), "B", Money.ofYuan(150))).calculator();
    // eligible (10,000 < 13,680); class B: 150 × 2 = 300.00
    Household b = H.household(ResidenceType.URBAN, H.adult("10000"), H.adult()).classification("B").build();
    eligible(dibao(tiered.calculate(b, OCT_2020), b), "300.00");
    // the class never makes an ineligible household eligible
    Household rich = H.household(ResidenceType.URBAN, H.adult("13680"), H.adult()).classification("A").build();
    ineligible(dibao(tiered.calculate(rich, OCT_2020), rich), "INCOME_NOT_BELOW_STANDARD");
    // no class: the amount cannot be computed
    Household none = H.urban(H.adult("10000"), H.adult());
    undetermined(dibao(tiered.calculate(none, OCT_2020), none), "household.classification");
    // a class the standards do not know is bad input
    Household unknown = H.household(ResidenceType.URBAN, H.adult(), H.adult()).classification("Z").build();
    assertThatThrownBy(() -> tiered.calculate(unknown, OCT_2020)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("classification 'Z'").hasMessageContaining("dibao.tiers");
  }

  @Test
  void minimumPayoutRaisesASmallAmount() {
    BenefitCalculator min = new Fixture().set(Parameters.DIBAO_MINIMUM_PAYOUT, Money.ofYuan(10)).calculator();
    // (6,840 − 6,800) / 12 = 3.33 → raised to 10.00
    Household small = H.urban(H.adult("6800"));
    eligible(dibao(min.calculate(small, OCT_2020), small), "10.00");
    // (6,840 − 6,000) / 12 = 70.00 stays
    Household big = H.urban(H.adult("6000"));
    eligible(dibao(min.calculate(big, OCT_2020), big), "70.00");
  }

  @Test
  void employmentDeductionPerWageEarner() {
    BenefitCalculator ded = new Fixture().set(Parameters.DIBAO_EMPLOYMENT_DEDUCTION, Money.ofYuan(100)).calculator();
    // two earners of 6,000 each: 6,000 − 100 × 12 = 4,800 each → 9,600; (570 × 3 × 12 − 9,600) / 12 = 10,920 / 12 = 910.00
    Household two = H.urban(H.adult("6000"), H.adult("6000"), H.adult());
    eligible(dibao(ded.calculate(two, OCT_2020), two), "910.00");
    // wages below the deduction count as zero, not negative; business income is not reduced:
    // wages 1,000 → 0; business 1,200; (6,840 − 1,200) / 12 = 470.00
    Person p = H.person(LocalDate.of(1980, 1, 1)).addIncome(H.income(IncomeCategory.WAGES, "1000"))
        .addIncome(H.income(IncomeCategory.BUSINESS, "1200")).build();
    Household one = H.urban(p);
    eligible(dibao(ded.calculate(one, OCT_2020), one), "470.00");
  }

  @Test
  void missingAssetsWithIncomeTooHighIsIneligible() {
    Household h = new Household.Builder().from(H.urban(H.adult("20000"))).assetsWithinLimits(java.util.Optional.empty()).build();
    ineligible(run(h, OCT_2020), "INCOME_NOT_BELOW_STANDARD");
  }

  @Test
  void missingAssetsOtherwiseIsUndetermined() {
    Household h = new Household.Builder().from(H.urban(H.adult("6000"))).assetsWithinLimits(java.util.Optional.empty()).build();
    undetermined(run(h, OCT_2020), "household.assetsWithinLimits");
  }

  @Test
  void assetsOverTheLimitIsIneligible() {
    Household h = H.household(ResidenceType.URBAN, H.adult("20000")).assetsWithinLimits(false).build();
    ineligible(run(h, OCT_2020), "INCOME_NOT_BELOW_STANDARD", "ASSETS_EXCEED_LIMITS");
    Household poor = H.household(ResidenceType.URBAN, H.adult()).assetsWithinLimits(false).build();
    ineligible(run(poor, OCT_2020), "ASSETS_EXCEED_LIMITS");
  }

  @Test
  void extremePovertyPersonLeavesTheHousehold() {
    // the 70-year-old is an extreme-poverty person (no income, no supporter): dibao counts only the adult:
    // (570 × 1 × 12 − 6,000) / 12 = 70.00, not (570 × 2 × 12 − 6,000) / 12 = 640.00
    Person elder = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    Household h = H.urban(elder, H.adult("6000"));
    eligible(run(h, OCT_2020), "70.00");
    // with a capable supporter the elder is no extreme-poverty person and counts: 640.00
    Person supported = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(true).build();
    eligible(run(H.urban(supported, H.adult("6000")), OCT_2020), "640.00");
  }

  @Test
  void householdOfExtremePovertyPersonsOnlyIsIneligible() {
    Person elder = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    ineligible(run(H.urban(elder), OCT_2020), "NO_COUNTED_MEMBER");
  }

  @Test
  void aCountyOverridesItsCitysStandard() {
    BenefitCalculator c = new Fixture().ruzhou(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(600)).calculator();
    Household ruzhou = H.household(ResidenceType.URBAN, H.adult()).region(Fixture.RUZHOU).build();
    SchemeResult r = dibao(c.calculate(ruzhou, OCT_2020), ruzhou);
    eligible(r, "600.00");
    assertThat(r.explanation().steps()).flatMap(s -> s.parameters())
        .anySatisfy(u -> {
          assertThat(u.id()).isEqualTo("dibao.standard.urban");
          assertThat(u.suppliedBy()).isEqualTo(Fixture.RUZHOU);
        });
    // Xinhua inherits the city's 570
    Household xinhua = H.urban(H.adult());
    eligible(dibao(c.calculate(xinhua, OCT_2020), xinhua), "570.00");
  }
}
