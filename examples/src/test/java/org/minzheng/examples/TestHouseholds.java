package org.minzheng.examples;

import java.util.Set;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

/** Households whose results are worked by hand in the tests (resident IDs with valid check characters). */
public final class TestHouseholds {
  private TestHouseholds() {}

  /** The README's urban couple: 10,000 yuan over 12 months. */
  public static Household couple() {
    return new Household.Builder().id(HouseholdId.of("c")).region(RegionCode.of("410402")).residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true)
        .addMember(new Person.Builder().id(ResidentId.parse("410402198001010014")).hasCapableSupporter(true)
            .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(10_000))).build())
        .addMember(new Person.Builder().id(ResidentId.parse("410402198203150023")).hasCapableSupporter(true).build())
        .build();
  }

  /** An urban woman aged 70 with no income and no capable supporter, who needs help with nothing. */
  public static Household elder() {
    return new Household.Builder().id(HouseholdId.of("e")).region(RegionCode.of("410411")).residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true)
        .addMember(new Person.Builder().id(ResidentId.parse("410411195003100040")).hasCapableSupporter(false)
            .selfCare(new SelfCareAssessment(Set.of())).build())
        .build();
  }

  /** A rural household in Lushan: the urban standard does not touch it. */
  public static Household rural() {
    return new Household.Builder().id(HouseholdId.of("r")).region(RegionCode.of("410423")).residenceType(ResidenceType.RURAL)
        .assetsWithinLimits(true)
        .addMember(new Person.Builder().id(ResidentId.parse("410423197505050033")).hasCapableSupporter(true)
            .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(1_200))).build())
        .build();
  }
}
