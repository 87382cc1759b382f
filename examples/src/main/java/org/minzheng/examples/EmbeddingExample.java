package org.minzheng.examples;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/**
 * A host application computing one household: the code the README shows.
 *
 * <p>An urban couple in Xinhua District (410402) with 10,000 yuan of wages over the last 12 months,
 * in October 2020: dibao 570.00 × 2 − 10,000 ÷ 12 = 306.67 yuan (rules.md §1).
 *
 * @since 0.1
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Prints the household's dibao result and its explanation.
   *
   * @param args none
   */
  public static void main(String[] args) {
    HouseholdResult result = calculate(StandardsRegistry.loadInstalled(), Clock.systemDefaultZone());
    SchemeResult dibao = result.of(Scheme.DIBAO).get(0);
    System.out.println(dibao.outcome() + " " + dibao.amountOrZero());
    System.out.print(dibao.explanation().render(Locale.ENGLISH));
  }

  /**
   * @param registry the standards, not null
   * @param clock today, not null
   * @return every scheme's result for the example household in October 2020
   */
  public static HouseholdResult calculate(StandardsRegistry registry, Clock clock) {
    // --8<-- [start:readme]
    BenefitCalculator calculator = BenefitCalculator.builder(registry).clock(clock).build();
    Household household = new Household.Builder()
        .id(HouseholdId.of("410402-000123"))
        .region(RegionCode.of("410402"))                  // 新华区, Pingdingshan
        .residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true)
        .addMember(new Person.Builder().id(ResidentId.parse("410402198001010014")).hasCapableSupporter(true)
            .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(10_000))).build())
        .addMember(new Person.Builder().id(ResidentId.parse("410402198203150023")).hasCapableSupporter(true).build())
        .build();
    HouseholdResult result = calculator.calculate(household, YearMonth.of(2020, 10));
    // result.of(Scheme.DIBAO).get(0).amountOrZero() is 306.67; .explanation().render(Locale.CHINESE) says why
    // --8<-- [end:readme]
    return result;
  }
}
