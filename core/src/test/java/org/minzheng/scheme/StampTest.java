package org.minzheng.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.minzheng.engine.Fixture;
import org.minzheng.engine.H;
import org.minzheng.household.Household;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;

/** The reproducibility stamp: library version, modules, SHA-256 of the parameter values used. */
class StampTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);

  @Test
  void equalForEqualInputs() {
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    Stamp a = new Fixture().calculator().calculate(h, OCT_2020).stamp();
    Stamp b = new Fixture().calculator().calculate(h, OCT_2020).stamp();
    assertThat(a).isEqualTo(b).isNotSameAs(b);
    assertThat(a.parameterHash()).matches("[0-9a-f]{64}");
    assertThat(a.modules()).containsExactly(java.util.Map.entry("fixture-pingdingshan", "2020.test"));
    // from the Maven-filtered version.properties, not a placeholder
    assertThat(a.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
  }

  @Test
  void differsWhenAParameterOrTheMonthOrTheModuleVersionDiffers() {
    Household h = H.urban(H.adult());
    Stamp base = new Fixture().calculator().calculate(h, OCT_2020).stamp();
    Stamp other = new Fixture().set(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(571)).calculator().calculate(h, OCT_2020).stamp();
    assertThat(other.parameterHash()).isNotEqualTo(base.parameterHash());
    assertThat(new Fixture().calculator().calculate(h, YearMonth.of(2019, 10)).stamp().parameterHash())
        .isNotEqualTo(base.parameterHash());
    Stamp v2 = new Fixture().version("2020.test2").calculator().calculate(h, OCT_2020).stamp();
    assertThat(v2.modules()).containsEntry("fixture-pingdingshan", "2020.test2");
    assertThat(v2.parameterHash()).isNotEqualTo(base.parameterHash());
  }

  @Test
  void sameForEveryHouseholdOfARegionAndMonth() {
    var calc = new Fixture().calculator();
    assertThat(calc.calculate(H.urban(H.adult()), OCT_2020).stamp())
        .isEqualTo(calc.calculate(H.rural(H.adult("5000"), H.adult()), OCT_2020).stamp())
        .isEqualTo(calc.stamp(Fixture.XINHUA, OCT_2020));
  }
}
