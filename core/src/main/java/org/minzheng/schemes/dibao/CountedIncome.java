package org.minzheng.schemes.dibao;

import java.util.List;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;

/**
 * A member's counted income over the income months (rules.md §1, "counted income"; read by dibao for the
 * household and by extreme-poverty support for the person's own income): wages net of the employment-cost
 * deduction per month, plus every counted category; the categories not counted (preferential-care
 * pensions, assistance payments, the disability subsidies, …) are left out. Exact, in fen.
 *
 * @since 0.2
 */
public final class CountedIncome {
  private CountedIncome() {}

  /**
   * @param person the member, not null
   * @param deductionFen the employment-cost deduction per month ({@code dibao.employmentDeduction}), in fen
   * @param months the income months ({@code dibao.incomeMonths})
   * @return the counted income over those months, in fen
   * @throws ArithmeticException if it exceeds exact money
   */
  public static long fen(Person person, long deductionFen, int months) {
    long counted = 0;
    long wages = 0;
    List<IncomeItem> items = person.incomes();
    for (int k = 0, s = items.size(); k < s; k++) {
      IncomeItem item = items.get(k);
      if (item.category() == IncomeCategory.WAGES) {
        wages = Math.addExact(wages, item.amount().fen());
      } else if (item.category().isCounted()) {
        counted = Math.addExact(counted, item.amount().fen());
      }
    }
    if (wages > 0) {
      counted = Math.addExact(counted, Math.max(0, wages - Math.multiplyExact(deductionFen, months)));
    }
    return counted;
  }
}
