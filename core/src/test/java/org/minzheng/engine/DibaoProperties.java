package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;

/** §1 as a property: for working-age members, the dibao result is exactly the 补差 formula. */
class DibaoProperties {
  static final BenefitCalculator CALC = BenefitCalculator.builder(new Fixture().registry()).clock(Fixture.CLOCK)
      .explanations(false).build();
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);

  @Test
  void amountIsTheGapRoundedOnceAndEligibilityIsStrict() {
    qt().withExamples(300).forAll(integers().between(1, 6), longs().between(0, 3_000_000), integers().between(0, 1))
        .checkAssert((n, incomeFen, rural) -> {
          ResidenceType type = rural == 1 ? ResidenceType.RURAL : ResidenceType.URBAN;
          long std = type == ResidenceType.URBAN ? 57_000 : 35_500;
          List<Person> members = new ArrayList<>();
          members.add(H.adult(Money.ofFen(incomeFen).toString()));
          for (int i = 1; i < n; i++) {
            members.add(H.adult());
          }
          Household h = H.household(type, members.toArray(Person[]::new)).build();
          SchemeResult r = Results.dibao(CALC.calculate(h, OCT_2020), h);
          long limit = std * n * 12;
          if (incomeFen < limit) {
            BigDecimal exact = BigDecimal.valueOf(limit - incomeFen, 2).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
            assertThat(r.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(r.amount()).contains(Money.of(exact, Rounding.HALF_UP_FEN));
          } else {
            assertThat(r.outcome()).isEqualTo(Outcome.INELIGIBLE);
          }
        });
  }

  /** More income never means more dibao. */
  @Test
  void amountDoesNotRiseWithIncome() {
    qt().withExamples(300).forAll(longs().between(0, 2_000_000), longs().between(0, 100_000)).checkAssert((income, more) -> {
      Household a = H.urban(H.adult(Money.ofFen(income).toString()), H.adult());
      Household b = H.urban(H.adult(Money.ofFen(income + more).toString()), H.adult());
      Money ma = Results.dibao(CALC.calculate(a, OCT_2020), a).amountOrZero();
      Money mb = Results.dibao(CALC.calculate(b, OCT_2020), b).amountOrZero();
      assertThat(mb).isLessThanOrEqualTo(ma);
    });
  }
}
