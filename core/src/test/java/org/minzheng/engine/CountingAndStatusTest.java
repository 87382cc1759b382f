package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.engine.Results.dibao;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.fact;
import static org.minzheng.engine.Results.ineligible;
import static org.minzheng.engine.Results.undetermined;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Scheme;

/**
 * rules.md §0, the two clarifications: a member not counted in the month gets an INELIGIBLE result
 * saying why in every per-person scheme, and dependent schemes read the extreme-poverty status, not
 * its amount.
 */
class CountingAndStatusTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  static final List<Scheme> PER_PERSON = List.of(Scheme.EXTREME_POVERTY, Scheme.PRICE_SUBSIDY, Scheme.OLD_AGE_ALLOWANCE,
      Scheme.DISABILITY_LIVING_SUBSIDY, Scheme.DISABILITY_NURSING_SUBSIDY);
  final BenefitCalculator calc = new Fixture().calculator(new PriceIndexSeries("test",
      Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of("5.4", "20.6")))));

  @Test
  void aMemberWhoDiedBeforeTheMonthIsIneligibleInEveryPerPersonSchemeWithTheDate() {
    Person dead = H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare())
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).dateOfDeath(LocalDate.of(2020, 9, 15)).build();
    Household h = H.urban(H.adult(), dead);
    HouseholdResult r = calc.calculate(h, OCT_2020);
    ineligibleInEveryPerPersonScheme(r, dead, "DIED_BEFORE_MONTH", "2020-09-15");
    // still not a member of the dibao household: 570.00 × 1
    eligible(dibao(r, h), "570.00");
  }

  @Test
  void aChildBornAfterTheMonthIsIneligibleInEveryPerPersonSchemeAsNotYetBorn() {
    Person baby = H.person(LocalDate.of(2020, 11, 3)).hasCapableSupporter(true).build();
    Household h = H.urban(H.adult(), baby);
    HouseholdResult r = calc.calculate(h, OCT_2020);
    ineligibleInEveryPerPersonScheme(r, baby, "NOT_YET_BORN", "2020-11-03");
    eligible(dibao(r, h), "570.00");
    // from November the child counts, and the results are the ordinary ones
    ineligible(Results.of(calc.calculate(h, YearMonth.of(2020, 11)), Scheme.OLD_AGE_ALLOWANCE, baby), "BELOW_MINIMUM_AGE");
  }

  static void ineligibleInEveryPerPersonScheme(HouseholdResult r, Person p, String code, String date) {
    for (Scheme s : PER_PERSON) {
      SchemeResult x = Results.of(r, s, p);
      ineligible(x, code);
      assertThat(x.reasons().get(0).text().en()).contains(date);
      assertThat(x.reasons().get(0).text().zh()).contains(date);
      assertThat(x.explanation().render(Locale.ENGLISH)).contains(date);
    }
  }

  /** A 70-year-old without income or supporter whose self-care was never assessed. */
  static Person unassessedElder(Disability d) {
    Person.Builder b = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false);
    if (d != null) {
      b.disability(d);
    }
    return b.build();
  }

  @Test
  void anExtremePovertyPersonWhoseCareIsUnknownIsStillAnExtremePovertyPersonForTheOtherSchemes() {
    Person elder = unassessedElder(Disability.of(DisabilityCategory.PHYSICAL, 1));
    Person adult = H.adult("6000");
    Household h = H.urban(elder, adult);
    HouseholdResult r = calc.calculate(h, OCT_2020);
    // only the amount is unknown
    undetermined(Results.of(r, Scheme.EXTREME_POVERTY, elder), fact(elder, "selfCare"));
    // left out of dibao: n = 1, (6,840 − 6,000) / 12 = 70.00 (counted, it would be 640.00)
    eligible(dibao(r, h), "70.00");
    // covered by the price subsidy as an extreme-poverty person; the adult as a dibao member
    eligible(Results.of(r, Scheme.PRICE_SUBSIDY, elder), "117.00");
    eligible(Results.of(r, Scheme.PRICE_SUBSIDY, adult), "117.00");
    // excluded from both disability subsidies
    ineligible(Results.of(r, Scheme.DISABILITY_LIVING_SUBSIDY, elder), "EXTREME_POVERTY_PERSON");
    ineligible(Results.of(r, Scheme.DISABILITY_NURSING_SUBSIDY, elder), "EXTREME_POVERTY_PERSON");
  }

  @Test
  void aloneTheUnassessedExtremePovertyPersonLeavesNoDibaoHousehold() {
    Person elder = unassessedElder(null);
    Household h = H.urban(elder);
    HouseholdResult r = calc.calculate(h, OCT_2020);
    undetermined(Results.of(r, Scheme.EXTREME_POVERTY, elder), fact(elder, "selfCare"));
    ineligible(dibao(r, h), "NO_COUNTED_MEMBER");
    eligible(Results.of(r, Scheme.PRICE_SUBSIDY, elder), "117.00");
  }

  @Test
  void whenTheStatusItselfIsUnknownTheCareFactIsNamedWithTheOthers() {
    // supporter unknown as well: the status is unknown, dibao differs (70.00 or 640.00), both facts named
    Person elder = H.person(LocalDate.of(1950, 1, 1)).build();
    Household h = H.urban(elder, H.adult("6000"));
    HouseholdResult r = calc.calculate(h, OCT_2020);
    undetermined(dibao(r, h), fact(elder, "hasCapableSupporter"), fact(elder, "selfCare"));
  }
}
