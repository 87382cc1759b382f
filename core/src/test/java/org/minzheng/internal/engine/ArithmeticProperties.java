package org.minzheng.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.Money;
import org.minzheng.standard.Rounding;

/** The hot path's integer arithmetic agrees with the BigDecimal and java.time definitions it replaces. */
class ArithmeticProperties {
  private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
      RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

  /** Fen.divide(n, d, rule) == Money.of(n fen / d exactly, rule), for every mode and unit. */
  @Test
  void integerDivisionRoundsLikeMoneyOf() {
    qt().forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(1, 36), integers().between(0, 20))
        .checkAssert((num, den, rule) -> {
          Rounding r = new Rounding(Rounding.Unit.values()[rule % 3], MODES[rule % MODES.length]);
          BigDecimal exact = BigDecimal.valueOf(num, 2).divide(BigDecimal.valueOf(den), MathContext.DECIMAL128);
          assertThat(Fen.divide(num, den, r)).as("%s / %s by %s", num, den, r).isEqualTo(Money.of(exact, r).fen());
        });
  }

  @Test
  void unnecessaryRoundingFails() {
    assertThat(Fen.divide(1200, 12, Rounding.UNNECESSARY)).isEqualTo(100);
    assertThatThrownBy(() -> Fen.divide(1201, 12, Rounding.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
  }

  /** Dates.age on yyyymmdd ints == LeapDayBirthday.ageOn (Period.between), both rules, leap days included. */
  @Test
  void integerAgeAgreesWithPeriodBetween() {
    qt().forAll(integers().between(0, 60_000), integers().between(0, 50_000), integers().between(0, 1))
        .checkAssert((birthDay, gap, rule) -> {
          LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(birthDay);
          LocalDate ref = birth.plusDays(gap - 400L);
          LeapDayBirthday r = LeapDayBirthday.values()[rule];
          assertThat(Dates.age(Dates.of(birth), Dates.of(ref), r)).as("%s on %s by %s", birth, ref, r)
              .isEqualTo(r.ageOn(birth, ref));
        });
    // every 29 February birthday against every day of its neighbouring years
    for (LeapDayBirthday r : LeapDayBirthday.values()) {
      for (LocalDate birth = LocalDate.of(1936, 2, 29); birth.getYear() < 2030; birth = birth.plusYears(4)) {
        for (LocalDate ref = birth.plusYears(1).minusDays(3); ref.isBefore(birth.plusYears(4)); ref = ref.plusDays(1)) {
          assertThat(Dates.age(Dates.of(birth), Dates.of(ref), r)).as("%s on %s by %s", birth, ref, r)
              .isEqualTo(r.ageOn(birth, ref));
        }
      }
    }
  }

  @Test
  void birthDateFromTheResidentIdDigits() {
    assertThat(Dates.birthOf("11010519491231002X")).isEqualTo(19491231);
    assertThat(Dates.toDate(19491231)).isEqualTo(LocalDate.of(1949, 12, 31));
  }
}
