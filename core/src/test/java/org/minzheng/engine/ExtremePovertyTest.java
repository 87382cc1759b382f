package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.engine.Results.eligible;
import static org.minzheng.engine.Results.fact;
import static org.minzheng.engine.Results.ineligible;
import static org.minzheng.engine.Results.undetermined;
import static org.minzheng.household.DailyActivity.BATHING;
import static org.minzheng.household.DailyActivity.DRESSING;
import static org.minzheng.household.DailyActivity.EATING;
import static org.minzheng.household.DailyActivity.TOILETING;
import static org.minzheng.household.DailyActivity.WALKING_INDOORS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/** rules.md §2: eligibility (unable to work, no livelihood, no supporter), basic + care, payee. */
class ExtremePovertyTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  final BenefitCalculator calc = Fixture.standard();

  static Person.Builder elder() {
    return H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false);
  }

  SchemeResult ep(Household h, Person p, YearMonth m) {
    return Results.of(calc.calculate(h, m), Scheme.EXTREME_POVERTY, p);
  }

  SchemeResult ep(ResidenceType t, Person p, YearMonth m) {
    return ep(H.household(t, p).build(), p, m);
  }

  @Test
  void urban2020BasicPlusCareByLevel() {
    // basic 1.3 × 570.00 = 741.00
    eligible(ep(ResidenceType.URBAN, elder().selfCare(H.selfCare()).build(), OCT_2020), "801.00"); // + 60 self-care
    // 1 activity not done → PARTIAL: 741 + 240 = 981.00; 3 activities → still PARTIAL
    eligible(ep(ResidenceType.URBAN, elder().selfCare(SelfCareAssessment.unable(EATING)).build(), OCT_2020), "981.00");
    eligible(ep(ResidenceType.URBAN, elder().selfCare(SelfCareAssessment.unable(EATING, DRESSING, BATHING)).build(), OCT_2020),
        "981.00");
    // 4 activities → FULL: 741 + 480 = 1,221.00
    eligible(ep(ResidenceType.URBAN,
        elder().selfCare(SelfCareAssessment.unable(EATING, DRESSING, BATHING, TOILETING)).build(), OCT_2020), "1221.00");
  }

  @Test
  void rural2020Basic461_50() {
    // 1.3 × 355.00 = 461.50; + 60 = 521.50; + 480 = 941.50
    eligible(ep(ResidenceType.RURAL, elder().selfCare(H.selfCare()).build(), OCT_2020), "521.50");
    eligible(ep(ResidenceType.RURAL, elder().selfCare(
        SelfCareAssessment.unable(EATING, DRESSING, BATHING, TOILETING, WALKING_INDOORS)).build(), OCT_2020), "941.50");
  }

  @Test
  void rural2019Basic418_17RoundedOnceWithCare() {
    // 1.3 × 321.67 = 418.171; + 60 = 478.171 → 478.17; + 240 = 658.171 → 658.17
    YearMonth oct2019 = YearMonth.of(2019, 10);
    eligible(ep(ResidenceType.RURAL, elder().selfCare(H.selfCare()).build(), oct2019), "478.17");
    eligible(ep(ResidenceType.RURAL, elder().selfCare(SelfCareAssessment.unable(EATING)).build(), oct2019), "658.17");
    // urban 2019: 1.3 × 520 = 676.00 + 60 = 736.00
    eligible(ep(ResidenceType.URBAN, elder().selfCare(H.selfCare()).build(), oct2019), "736.00");
  }

  @Test
  void unableToWorkByAge() {
    // 60 on the last day of the previous month (born 1960-09-30, reference day 2020-09-30) → elderly
    eligible(ep(ResidenceType.URBAN, H.person(LocalDate.of(1960, 9, 30)).hasCapableSupporter(false).selfCare(H.selfCare())
        .build(), OCT_2020), "801.00");
    // born 1960-10-01: 59 on 2020-09-30 → able to work
    ineligible(ep(ResidenceType.URBAN, H.person(LocalDate.of(1960, 10, 1)).hasCapableSupporter(false).selfCare(H.selfCare())
        .build(), OCT_2020), "NOT_UNABLE_TO_WORK");
    // 15 → minor; 16 → not
    eligible(ep(ResidenceType.URBAN, H.person(LocalDate.of(2005, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare())
        .build(), OCT_2020), "801.00");
    ineligible(ep(ResidenceType.URBAN, H.person(LocalDate.of(2004, 9, 30)).hasCapableSupporter(false).selfCare(H.selfCare())
        .build(), OCT_2020), "NOT_UNABLE_TO_WORK");
  }

  @Test
  void unableToWorkByDisabilityGrade() {
    Person.Builder adult = H.person(LocalDate.of(1980, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare());
    eligible(ep(ResidenceType.URBAN, adult.disability(H.disability(DisabilityCategory.PHYSICAL, 2)).build(), OCT_2020), "801.00");
    adult = H.person(LocalDate.of(1980, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare());
    ineligible(ep(ResidenceType.URBAN, adult.disability(H.disability(DisabilityCategory.PHYSICAL, 3)).build(), OCT_2020),
        "NOT_UNABLE_TO_WORK");
    adult = H.person(LocalDate.of(1980, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare());
    eligible(ep(ResidenceType.URBAN, adult.disability(H.disability(DisabilityCategory.INTELLECTUAL, 3)).build(), OCT_2020),
        "801.00");
    adult = H.person(LocalDate.of(1980, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare());
    ineligible(ep(ResidenceType.URBAN, adult.disability(H.disability(DisabilityCategory.VISUAL, 2)).build(), OCT_2020),
        "NOT_UNABLE_TO_WORK");
    adult = H.person(LocalDate.of(1980, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare());
    // hearing is not in the list at any grade
    ineligible(ep(ResidenceType.URBAN, adult.disability(H.disability(DisabilityCategory.HEARING, 1)).build(), OCT_2020),
        "NOT_UNABLE_TO_WORK");
  }

  @Test
  void ownIncomeMustBeBelowTheStandard() {
    // 570 × 12 = 6,840 is not below; 6,839.99 is
    ineligible(ep(ResidenceType.URBAN, elder().selfCare(H.selfCare()).addIncome(H.income(IncomeCategory.TRANSFER, "6840"))
        .build(), OCT_2020), "OWN_INCOME_NOT_BELOW_STANDARD");
    eligible(ep(ResidenceType.URBAN, elder().selfCare(H.selfCare()).addIncome(H.income(IncomeCategory.TRANSFER, "6839.99"))
        .build(), OCT_2020), "801.00");
    // the basic pension is not counted
    eligible(ep(ResidenceType.URBAN, elder().selfCare(H.selfCare())
        .addIncome(H.income(IncomeCategory.RESIDENT_BASIC_PENSION, "9000")).build(), OCT_2020), "801.00");
  }

  @Test
  void capableSupporterOrAssetsFail() {
    ineligible(ep(ResidenceType.URBAN, H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(true).selfCare(H.selfCare())
        .build(), OCT_2020), "HAS_CAPABLE_SUPPORTER");
    Person p = elder().selfCare(H.selfCare()).build();
    ineligible(ep(H.household(ResidenceType.URBAN, p).assetsWithinLimits(false).build(), p, OCT_2020), "ASSETS_EXCEED_LIMITS");
  }

  @Test
  void missingFactsAreNamed() {
    Person noSupporterFact = H.person(LocalDate.of(1950, 1, 1)).selfCare(H.selfCare()).build();
    undetermined(ep(ResidenceType.URBAN, noSupporterFact, OCT_2020), fact(noSupporterFact, "hasCapableSupporter"));
    // self-care is needed for the amount
    Person noSelfCare = elder().build();
    undetermined(ep(ResidenceType.URBAN, noSelfCare, OCT_2020), fact(noSelfCare, "selfCare"));
    Person both = H.person(LocalDate.of(1950, 1, 1)).build();
    Household noAssets = H.household(ResidenceType.URBAN, both).assetsWithinLimits(Optional.empty()).build();
    undetermined(ep(noAssets, both, OCT_2020), "household.assetsWithinLimits", fact(both, "hasCapableSupporter"),
        fact(both, "selfCare"));
  }

  @Test
  void aKnownFailingConditionDecidesDespiteMissingFacts() {
    Person young = H.person(LocalDate.of(1980, 1, 1)).build(); // supporter and self-care unknown
    ineligible(ep(ResidenceType.URBAN, young, OCT_2020), "NOT_UNABLE_TO_WORK");
    Person rich = H.person(LocalDate.of(1950, 1, 1)).addIncome(H.income(IncomeCategory.PROPERTY, "9000")).build();
    ineligible(ep(ResidenceType.URBAN, rich, OCT_2020), "OWN_INCOME_NOT_BELOW_STANDARD");
  }

  @Test
  void dispersedPaysThePersonCentralizedTheInstitution() {
    Person home = elder().selfCare(H.selfCare()).build();
    SchemeResult r = ep(ResidenceType.URBAN, home, OCT_2020);
    assertThat(r.payee()).contains(Beneficiary.person(home.id().value()));
    Person inInstitution = elder().selfCare(H.selfCare()).institution(InstitutionId.of("jly-410402-01")).build();
    SchemeResult c = ep(ResidenceType.URBAN, inInstitution, OCT_2020);
    eligible(c, "801.00");
    assertThat(c.payee()).contains(Beneficiary.institution("jly-410402-01"));
    assertThat(c.beneficiary()).isEqualTo(Beneficiary.person(inInstitution.id().value()));
  }
}
