package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.fact;
import static org.minzheng.engine.Results.ineligible;
import static org.minzheng.engine.Results.undetermined;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/** rules.md §5 and the age and counting conventions of §0. */
class OldAgeTest {
  final BenefitCalculator calc = Fixture.standard();

  static Person elder(LocalDate birth) {
    return H.person(birth).hasCapableSupporter(true).build();
  }

  SchemeResult oldAge(BenefitCalculator c, Person p, YearMonth m) {
    Household h = H.urban(p, H.adult());
    return Results.of(c.calculate(h, m), Scheme.OLD_AGE_ALLOWANCE, p);
  }

  @Test
  void eightyReachedMidMarchPaysFromApril() {
    // born 1940-03-15: on 2020-02-29 (reference day of 2020-03) aged 79; on 2020-03-31 aged 80
    Person p = elder(LocalDate.of(1940, 3, 15));
    ineligible(oldAge(calc, p, YearMonth.of(2020, 3)), "BELOW_MINIMUM_AGE");
    eligible(oldAge(calc, p, YearMonth.of(2020, 4)), "50.00");
  }

  @Test
  void bands() {
    YearMonth m = YearMonth.of(2020, 10); // reference day 2020-09-30
    eligible(oldAge(calc, elder(LocalDate.of(1930, 10, 1)), m), "50.00"); // 89
    eligible(oldAge(calc, elder(LocalDate.of(1930, 9, 30)), m), "100.00"); // 90
    eligible(oldAge(calc, elder(LocalDate.of(1920, 10, 1)), m), "100.00"); // 99
    eligible(oldAge(calc, elder(LocalDate.of(1920, 9, 30)), m), "300.00"); // 100
    eligible(oldAge(calc, elder(LocalDate.of(1915, 1, 1)), m), "300.00"); // 105
    ineligible(oldAge(calc, elder(LocalDate.of(1940, 10, 1)), m), "BELOW_MINIMUM_AGE"); // 79
  }

  @Test
  void deathMonthIsPaidTheMonthAfterIsNot() {
    Person p = H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(true).dateOfDeath(LocalDate.of(2020, 10, 5)).build();
    Household h = H.urban(p, H.adult());
    eligible(Results.of(calc.calculate(h, YearMonth.of(2020, 10)), Scheme.OLD_AGE_ALLOWANCE, p), "100.00");
    HouseholdResult nov = calc.calculate(h, YearMonth.of(2020, 11));
    // rules.md §0 (clarified): not counted in November, so INELIGIBLE with the date of death, not silent
    ineligible(Results.of(nov, Scheme.OLD_AGE_ALLOWANCE, p), "DIED_BEFORE_MONTH");
    assertThat(nov.results()).filteredOn(r -> r.beneficiary().id().equals(p.id().value())).allMatch(r -> !r.isEligible());
  }

  @Test
  void bornAfterTheMonthIsNotCounted() {
    Person baby = H.person(LocalDate.of(2020, 11, 3)).hasCapableSupporter(true).build();
    Person parent = H.adult();
    Household h = H.urban(parent, baby);
    HouseholdResult oct = calc.calculate(h, YearMonth.of(2020, 10));
    assertThat(oct.results()).filteredOn(r -> r.beneficiary().id().equals(baby.id().value()))
        .allSatisfy(r -> assertThat(Results.codes(r.reasons())).containsExactly("NOT_YET_BORN"));
    // 1 counted member: 570.00
    eligible(Results.dibao(oct, h), "570.00");
    // born in November: counted from November: 570 × 2 = 1,140.00
    HouseholdResult nov = calc.calculate(h, YearMonth.of(2020, 11));
    eligible(Results.dibao(nov, h), "1140.00");
    assertThat(nov.of(Scheme.OLD_AGE_ALLOWANCE)).hasSize(2);
  }

  @Test
  void leapDayBirthdayInALeapYear() {
    // born 1940-02-29 turns 80 on 2020-02-29: the reference day of 2020-03 → paid in 2020-03, not 2020-02
    Person leap = elder(LocalDate.of(1940, 2, 29));
    ineligible(oldAge(calc, leap, YearMonth.of(2020, 2)), "BELOW_MINIMUM_AGE");
    eligible(oldAge(calc, leap, YearMonth.of(2020, 3)), "50.00");
  }

  @Test
  void leapDayBirthdayInACommonYearFollowsTheParameter() {
    // born 1940-02-29 turns 90 in 2030, a common year. MARCH_1 (Period.between): 90 on 2030-03-01, so on
    // 2030-02-28 (reference day of 2030-03) still 89 → 50.00, and 100.00 from 2030-04.
    Person leap = elder(LocalDate.of(1940, 2, 29));
    // standards that name 2030, so that 2030 lies within their horizon (StandardsRegistry.horizon())
    BenefitCalculator calc = until2030(new Fixture()).calculator();
    eligible(oldAge(calc, leap, YearMonth.of(2030, 3)), "50.00");
    eligible(oldAge(calc, leap, YearMonth.of(2030, 4)), "100.00");
    // FEBRUARY_28: 90 on 2030-02-28 → 100.00 already in 2030-03
    BenefitCalculator feb28 = until2030(new Fixture().set(Parameters.LEAP_DAY_BIRTHDAY, LeapDayBirthday.FEBRUARY_28)).calculator();
    eligible(oldAge(feb28, leap, YearMonth.of(2030, 3)), "100.00");
  }

  @Test
  void ageReferenceIsAParameter() {
    // born 1940-03-01; FIRST_DAY_OF_MONTH: 80 on 2020-03-01 → paid in 2020-03; the default waits for 2020-04
    Person p = elder(LocalDate.of(1940, 3, 1));
    ineligible(oldAge(calc, p, YearMonth.of(2020, 3)), "BELOW_MINIMUM_AGE");
    BenefitCalculator first = new Fixture().set(Parameters.AGE_REFERENCE, AgeReference.FIRST_DAY_OF_MONTH).calculator();
    eligible(oldAge(first, p, YearMonth.of(2020, 3)), "50.00");
    // LAST_DAY_OF_MONTH: born 1940-03-31 is 80 on 2020-03-31
    BenefitCalculator last = new Fixture().set(Parameters.AGE_REFERENCE, AgeReference.LAST_DAY_OF_MONTH).calculator();
    eligible(oldAge(last, elder(LocalDate.of(1940, 3, 31)), YearMonth.of(2020, 3)), "50.00");
  }

  @Test
  void hukouMustBeWithinTheCity() {
    YearMonth m = YearMonth.of(2020, 10);
    Person zhengzhou = H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(true).hukouRegion(RegionCode.of("410102")).build();
    ineligible(oldAge(calc, zhengzhou, m), "HUKOU_OUTSIDE_REGION");
    Person ruzhou = H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(true).hukouRegion(Fixture.RUZHOU).build();
    eligible(oldAge(calc, ruzhou, m), "100.00");
    Person city = H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(true).hukouRegion(Fixture.CITY).build();
    eligible(oldAge(calc, city, m), "100.00");
  }

  @Test
  void missingHukouIsUndeterminedUnlessTooYoung() {
    YearMonth m = YearMonth.of(2020, 10);
    Person unknown = H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(true).hukouRegion(Optional.empty()).build();
    undetermined(oldAge(calc, unknown, m), fact(unknown, "hukouRegion"));
    Person young = H.person(LocalDate.of(1980, 1, 1)).hukouRegion(Optional.empty()).build();
    ineligible(oldAge(calc, young, m), "BELOW_MINIMUM_AGE");
  }

  private static Fixture until2030(Fixture f) {
    return f.set(Parameters.AGE_REFERENCE, org.minzheng.standard.AgeReference.LAST_DAY_OF_PREVIOUS_MONTH, LocalDate.of(2030, 1, 1),
        org.minzheng.standard.AgeReference.LAST_DAY_OF_PREVIOUS_MONTH);
  }
}
