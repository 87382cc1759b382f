package org.minzheng.engine;

import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.ineligible;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Scheme;

/** rules.md §6: the living subsidy (dibao households) and the nursing subsidy (grades 1–2, enhanced group). */
class DisabilitySubsidiesTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  static final YearMonth OCT_2019 = YearMonth.of(2019, 10);
  final BenefitCalculator calc = Fixture.standard();

  /** A disabled person with a capable supporter (so not an extreme-poverty person). */
  static Person.Builder disabled(LocalDate birth, DisabilityCategory c, int grade) {
    return H.person(birth).hasCapableSupporter(true).disability(Disability.of(c, grade));
  }

  static void subsidies(BenefitCalculator calc, Household h, Person p, YearMonth m, String living, String nursing) {
    HouseholdResult r = calc.calculate(h, m);
    check(Results.of(r, Scheme.DISABILITY_LIVING_SUBSIDY, p), living);
    check(Results.of(r, Scheme.DISABILITY_NURSING_SUBSIDY, p), nursing);
  }

  private static void check(org.minzheng.scheme.SchemeResult r, String expected) {
    if (Character.isDigit(expected.charAt(0))) {
      eligible(r, expected);
    } else {
      ineligible(r, expected.split(","));
    }
  }

  @Test
  void gradeTwoPhysicalAged30InADibaoHouseholdGets60Plus100() {
    // dibao: n = 2, no income → eligible; living 60; nursing enhanced (16–59, dibao, physical) 100
    Person p = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.PHYSICAL, 2).build();
    subsidies(calc, H.urban(p, H.adult()), p, OCT_2020, "60.00", "100.00");
  }

  @Test
  void sameIn2019GetsTheStandardNursingAmount() {
    // the enhanced amount applies from 2020-01-01
    Person p = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.PHYSICAL, 2).build();
    subsidies(calc, H.urban(p, H.adult()), p, OCT_2019, "60.00", "60.00");
  }

  @Test
  void enhancedAgeBoundaries() {
    // reference day 2020-09-30: born 1960-09-30 is 60 → 60; born 1960-10-01 is 59 → 100;
    // born 2004-09-30 is 16 → 100; born 2004-10-01 is 15 → 60
    Person sixty = disabled(LocalDate.of(1960, 9, 30), DisabilityCategory.PHYSICAL, 1).build();
    subsidies(calc, H.urban(sixty, H.adult()), sixty, OCT_2020, "60.00", "60.00");
    Person fiftyNine = disabled(LocalDate.of(1960, 10, 1), DisabilityCategory.PHYSICAL, 1).build();
    subsidies(calc, H.urban(fiftyNine, H.adult()), fiftyNine, OCT_2020, "60.00", "100.00");
    Person sixteen = disabled(LocalDate.of(2004, 9, 30), DisabilityCategory.MENTAL, 2).build();
    subsidies(calc, H.urban(sixteen, H.adult()), sixteen, OCT_2020, "60.00", "100.00");
    Person fifteen = disabled(LocalDate.of(2004, 10, 1), DisabilityCategory.MENTAL, 2).build();
    subsidies(calc, H.urban(fifteen, H.adult()), fifteen, OCT_2020, "60.00", "60.00");
  }

  @Test
  void hearingGradeOneGetsTheStandardNursingAmount() {
    Person p = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.HEARING, 1).build();
    subsidies(calc, H.urban(p, H.adult()), p, OCT_2020, "60.00", "60.00");
  }

  @Test
  void notInADibaoHousehold() {
    // 20,000 ≥ 570 × 2 × 12 = 13,680: not a dibao household → no living subsidy; nursing 60 (not enhanced)
    Person p = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.PHYSICAL, 2).build();
    subsidies(calc, H.urban(p, H.adult("20000")), p, OCT_2020, "NOT_DIBAO_HOUSEHOLD", "60.00");
  }

  @Test
  void dibaoAmountOfZeroStillMakesADibaoHousehold() {
    // (13,680 − 13,679.99) / 12 rounds to 0.00 but the household is eligible → living 60, nursing 100
    Person p = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.PHYSICAL, 2).build();
    subsidies(calc, H.urban(p, H.adult("13679.99")), p, OCT_2020, "60.00", "100.00");
  }

  @Test
  void workInjuryNursingAllowanceExcludesBoth() {
    Person p = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.PHYSICAL, 2).receivesWorkInjuryNursingAllowance(true).build();
    subsidies(calc, H.urban(p, H.adult()), p, OCT_2020, "WORK_INJURY_NURSING_ALLOWANCE", "WORK_INJURY_NURSING_ALLOWANCE");
  }

  @Test
  void orphanGetsTheNursingSubsidyOnly() {
    // aged 10: nursing 60 (below the enhanced ages); no living subsidy under orphan protection
    Person p = disabled(LocalDate.of(2010, 1, 1), DisabilityCategory.PHYSICAL, 1).underOrphanProtection(true).build();
    subsidies(calc, H.urban(p, H.adult()), p, OCT_2020, "ORPHAN_PROTECTION", "60.00");
  }

  @Test
  void extremePovertyPersonGetsNeither() {
    Person p = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare())
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 2)).build();
    Household h = H.urban(p, H.adult());
    eligible(Results.of(calc.calculate(h, OCT_2020), Scheme.EXTREME_POVERTY, p), "801.00");
    subsidies(calc, h, p, OCT_2020, "EXTREME_POVERTY_PERSON", "EXTREME_POVERTY_PERSON");
  }

  @Test
  void gradeThreeAndNoLongTermCareGetNoNursingSubsidy() {
    Person three = disabled(LocalDate.of(1990, 1, 1), DisabilityCategory.PHYSICAL, 3).build();
    subsidies(calc, H.urban(three, H.adult()), three, OCT_2020, "60.00", "GRADE_NOT_SEVERE");
    Person noCare = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(true)
        .disability(new Disability(DisabilityCategory.PHYSICAL, 1, Optional.of(false))).build();
    subsidies(calc, H.urban(noCare, H.adult()), noCare, OCT_2020, "60.00", "NO_LONG_TERM_CARE");
  }

  @Test
  void notDisabledGetsNeither() {
    Person p = H.adult();
    subsidies(calc, H.urban(p), p, OCT_2020, "NOT_DISABLED", "NOT_DISABLED");
  }
}
