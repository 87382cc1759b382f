package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.engine.Results.dibao;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.fact;
import static org.minzheng.engine.Results.ineligible;
import static org.minzheng.engine.Results.undetermined;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Scheme;

/**
 * rules.md §0: a scheme that depends on an UNDETERMINED scheme is UNDETERMINED, naming the same
 * missing facts, only when its status or amount would differ with that scheme's outcome.
 */
class DependencyTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  final BenefitCalculator calc = new Fixture().calculator(new PriceIndexSeries("test",
      Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of("5.4", "20.6")))));

  /** A 70-year-old without income whose supporter is unknown: extreme poverty UNDETERMINED. */
  static Person undecidedElder() {
    return H.person(LocalDate.of(1950, 1, 1)).selfCare(H.selfCare()).build();
  }

  @Test
  void dibaoThatDiffersWithTheElderIsUndeterminedNamingTheElderFacts() {
    // elder an EP person: n = 1, (6,840 − 6,000) / 12 = 70.00; elder counted: n = 2, (13,680 − 6,000) / 12 = 640.00
    Person elder = undecidedElder();
    Person adult = H.adult("6000");
    Household h = H.urban(elder, adult);
    HouseholdResult r = calc.calculate(h, OCT_2020);
    undetermined(Results.of(r, Scheme.EXTREME_POVERTY, elder), fact(elder, "hasCapableSupporter"));
    undetermined(dibao(r, h), fact(elder, "hasCapableSupporter"));
    assertThat(dibao(r, h).explanation().render(Locale.ENGLISH)).contains("the status of members " + elder.id().value()
        + " in Extreme-poverty support is undetermined, and this result differs with it (2 cases tried)");
    // the adult is in a dibao household either way: price subsidy 570 × 20.6% = 117.42 → 117
    eligible(Results.of(r, Scheme.PRICE_SUBSIDY, adult), "117.00");
    // the elder is covered either way (as an EP person or as a dibao member)
    eligible(Results.of(r, Scheme.PRICE_SUBSIDY, elder), "117.00");
  }

  @Test
  void dibaoThatIsTheSameEitherWayIsDecided() {
    // elder an EP person: 20,000 ≥ 6,840; elder counted: 20,000 ≥ 13,680 → ineligible both ways
    Person elder = undecidedElder();
    Household h = H.urban(elder, H.adult("20000"));
    HouseholdResult r = calc.calculate(h, OCT_2020);
    ineligible(dibao(r, h), "INCOME_NOT_BELOW_STANDARD");
    assertThat(dibao(r, h).explanation().render(Locale.ENGLISH)).contains("the status of members " + elder.id().value()
        + " in Extreme-poverty support is undetermined, but this result is the same whichever it is (2 cases tried)");
    // the elder's price subsidy now differs: covered if an EP person, not covered otherwise
    undetermined(Results.of(r, Scheme.PRICE_SUBSIDY, elder), fact(elder, "hasCapableSupporter"));
  }

  @Test
  void livingSubsidyFollowsAnUndeterminedDibao() {
    // the disabled adult is in a dibao household only if the elder is counted... here: elder EP → n = 2
    // (disabled + earner) income 14,000 ≥ 13,680 → ineligible; elder counted → n = 3, 14,000 < 20,520 → eligible
    Person elder = undecidedElder();
    Person disabled = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(true)
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 2)).build();
    Household h = H.urban(elder, disabled, H.adult("14000"));
    HouseholdResult r = calc.calculate(h, OCT_2020);
    undetermined(dibao(r, h), fact(elder, "hasCapableSupporter"));
    undetermined(Results.of(r, Scheme.DISABILITY_LIVING_SUBSIDY, disabled), fact(elder, "hasCapableSupporter"));
    // nursing: 100 in a dibao household, 60 otherwise → undetermined too
    undetermined(Results.of(r, Scheme.DISABILITY_NURSING_SUBSIDY, disabled), fact(elder, "hasCapableSupporter"));
    // the old-age allowance depends on nothing undetermined: 70 years old → ineligible
    ineligible(Results.of(r, Scheme.OLD_AGE_ALLOWANCE, elder), "BELOW_MINIMUM_AGE");
  }

  @Test
  void missingAssetsPropagateOnlyWhereTheyMatter() {
    Person disabled30 = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(true)
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 2)).build();
    Person disabled60 = H.person(LocalDate.of(1960, 1, 1)).hasCapableSupporter(true)
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).build();
    Household h = H.household(org.minzheng.standard.ResidenceType.URBAN, disabled30, disabled60)
        .assetsWithinLimits(Optional.empty()).build();
    HouseholdResult r = calc.calculate(h, OCT_2020);
    undetermined(dibao(r, h), "household.assetsWithinLimits");
    undetermined(Results.of(r, Scheme.DISABILITY_LIVING_SUBSIDY, disabled30), "household.assetsWithinLimits");
    // aged 30: 100 if dibao, 60 if not → undetermined; aged 60: 60 either way → eligible
    undetermined(Results.of(r, Scheme.DISABILITY_NURSING_SUBSIDY, disabled30), "household.assetsWithinLimits");
    eligible(Results.of(r, Scheme.DISABILITY_NURSING_SUBSIDY, disabled60), "60.00");
    assertThat(Results.of(r, Scheme.DISABILITY_NURSING_SUBSIDY, disabled60).explanation().render(Locale.ENGLISH))
        .contains("the same in every case the facts allow");
    // price subsidy: covered only if dibao → undetermined
    undetermined(Results.of(r, Scheme.PRICE_SUBSIDY, disabled30), "household.assetsWithinLimits");
  }

  @Test
  void notTriggeredIsIneligibleWhateverTheDependency() {
    BenefitCalculator low = new Fixture().calculator(new PriceIndexSeries("test",
        Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of("1.0", "1.0")))));
    Person elder = undecidedElder();
    Household h = H.urban(elder, H.adult("20000"));
    ineligible(Results.of(low.calculate(h, OCT_2020), Scheme.PRICE_SUBSIDY, elder), "NOT_TRIGGERED");
  }

  @Test
  void twoUndeterminedMembersAreEnumeratedTogether() {
    // both elders EP: n = 1, 6,000 < 6,840 → 70.00; one counted: n = 2 → 640.00; both: n = 3 → 1,210.00
    Person a = undecidedElder();
    Person b = undecidedElder();
    Household h = H.urban(a, b, H.adult("6000"));
    undetermined(dibao(calc.calculate(h, OCT_2020), h), fact(a, "hasCapableSupporter"), fact(b, "hasCapableSupporter"));
  }
}
