package org.minzheng.schemes.dibao;

import static org.minzheng.standard.Parameters.DIBAO_EMPLOYMENT_DEDUCTION;
import static org.minzheng.standard.Parameters.DIBAO_INCOME_MONTHS;
import static org.minzheng.standard.Parameters.DIBAO_STANDARD_RURAL;
import static org.minzheng.standard.Parameters.DIBAO_STANDARD_URBAN;

import org.minzheng.household.Person;
import org.minzheng.scheme.Preparation;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ResidenceType;

/**
 * The local dibao standard and income test as the schemes that build on them read them (rules.md §1):
 * dibao itself, extreme poverty (own income below the standard; basic living = multiplier × standard),
 * the price subsidy (standard × price rise) and temporary assistance. Read once per region, month and
 * standards in a rule's {@code prepare}. Immutable.
 *
 * @param urbanFen the urban monthly standard per person, in fen
 * @param ruralFen the rural monthly standard per person, in fen
 * @param incomeMonths the months of income counted ({@code dibao.incomeMonths}), at least 1
 * @param employmentDeductionFen the employment-cost deduction from wages per month, in fen
 * @since 0.2
 */
public record DibaoStandard(long urbanFen, long ruralFen, int incomeMonths, long employmentDeductionFen) {
  /**
   * @param p the parameters in force, not null
   * @return the standard they give
   * @throws RuntimeException from {@link Preparation#invalid} if the income months are below 1
   */
  public static DibaoStandard of(Preparation p) {
    int months = p.value(DIBAO_INCOME_MONTHS);
    if (months < 1) {
      throw p.invalid(DIBAO_INCOME_MONTHS, "is " + months + "; it must be at least 1");
    }
    return new DibaoStandard(p.value(DIBAO_STANDARD_URBAN).fen(), p.value(DIBAO_STANDARD_RURAL).fen(), months,
        p.value(DIBAO_EMPLOYMENT_DEDUCTION).fen());
  }

  /**
   * @param r a residence type, not null
   * @return the monthly standard per person for it, in fen
   */
  public long fen(ResidenceType r) {
    return r == ResidenceType.URBAN ? urbanFen : ruralFen;
  }

  /**
   * @param r a residence type, not null
   * @return the key of the standard for it
   */
  public static ParameterKey<Money> key(ResidenceType r) {
    return r == ResidenceType.URBAN ? DIBAO_STANDARD_URBAN : DIBAO_STANDARD_RURAL;
  }

  /**
   * @param person a member, not null
   * @return the member's counted income over the income months ({@link CountedIncome}), in fen
   */
  public long countedIncome(Person person) {
    return CountedIncome.fen(person, employmentDeductionFen, incomeMonths);
  }
}
