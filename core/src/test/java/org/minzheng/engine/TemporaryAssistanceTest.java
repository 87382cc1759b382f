package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.engine.Results.eligible;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.InvalidInputException;
import org.minzheng.household.AssistanceCause;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.ResidenceType;

/** rules.md §3: standard at the approval date × persons × min(months, 6). */
class TemporaryAssistanceTest {
  final BenefitCalculator calc = Fixture.standard();

  static TemporaryAssistanceCase c(ResidenceType t, int persons, int months, LocalDate approved) {
    return new TemporaryAssistanceCase("ta-1", HouseholdId.of("h-ta"), Fixture.XINHUA, t, persons, AssistanceCause.MAJOR_ILLNESS,
        months, approved);
  }

  @Test
  void standardTimesPersonsTimesMonths() {
    // 570 × 3 × 2 = 3,420.00
    SchemeResult r = calc.calculate(c(ResidenceType.URBAN, 3, 2, LocalDate.of(2020, 10, 15)));
    eligible(r, "3420.00");
    assertThat(r.month()).isEqualTo(YearMonth.of(2020, 10));
    assertThat(r.beneficiary()).isEqualTo(new Beneficiary(Beneficiary.Kind.CASE, "ta-1"));
    assertThat(r.payee()).contains(Beneficiary.household("h-ta"));
  }

  @Test
  void monthsAreCappedAtSix() {
    // 570 × 3 × min(10, 6) = 10,260.00; exactly 6 is not capped further: 570 × 1 × 6 = 3,420.00
    eligible(calc.calculate(c(ResidenceType.URBAN, 3, 10, LocalDate.of(2020, 10, 15))), "10260.00");
    eligible(calc.calculate(c(ResidenceType.URBAN, 1, 6, LocalDate.of(2020, 10, 15))), "3420.00");
    eligible(calc.calculate(c(ResidenceType.URBAN, 1, 7, LocalDate.of(2020, 10, 15))), "3420.00");
  }

  @Test
  void theStandardInForceOnTheApprovalDate() {
    // rural 2019: 321.67 × 1 × 1; urban 2019-12-31: 520; 2020-01-01: 570
    eligible(calc.calculate(c(ResidenceType.RURAL, 1, 1, LocalDate.of(2019, 6, 1))), "321.67");
    eligible(calc.calculate(c(ResidenceType.URBAN, 1, 1, LocalDate.of(2019, 12, 31))), "520.00");
    eligible(calc.calculate(c(ResidenceType.URBAN, 1, 1, LocalDate.of(2020, 1, 1))), "570.00");
  }

  @Test
  void personsOrMonthsBelowOneAreInvalid() {
    assertThatThrownBy(() -> c(ResidenceType.URBAN, 0, 2, LocalDate.of(2020, 10, 15)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("persons 0");
    assertThatThrownBy(() -> c(ResidenceType.URBAN, 2, 0, LocalDate.of(2020, 10, 15)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("months 0");
  }

  @Test
  void explanationAndStamp() {
    TemporaryAssistanceCase tc = c(ResidenceType.URBAN, 3, 10, LocalDate.of(2020, 10, 15));
    String zh = calc.calculate(tc).explanation().render(java.util.Locale.CHINESE);
    assertThat(zh).contains("570.00").contains("min(10, 6)").contains("10260.00").contains("temporaryAssistance.maxMonths = 6");
    assertThat(calc.stamp(tc)).isEqualTo(Fixture.standard().stamp(tc));
    assertThat(calc.stamp(tc).parameterHash()).hasSize(64);
  }
}
