package org.minzheng.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parsesDecimalYuanWithUpToTwoPlaces() {
    assertThat(Money.parse("355").fen()).isEqualTo(35_500L);
    assertThat(Money.parse("355.5").fen()).isEqualTo(35_550L);
    assertThat(Money.parse("355.00").fen()).isEqualTo(35_500L);
    assertThat(Money.parse("0.01").fen()).isEqualTo(1L);
    assertThat(Money.parse(" 321.67 ").fen()).isEqualTo(32_167L);
    assertThat(Money.parse("-3.50").fen()).isEqualTo(-350L);
  }

  @Test
  void formatsAsYuanWithTwoPlaces() {
    assertThat(Money.ofFen(35_500).toString()).isEqualTo("355.00");
    assertThat(Money.ofFen(5).toString()).isEqualTo("0.05");
    assertThat(Money.ofFen(-350).toString()).isEqualTo("-3.50");
    assertThat(Money.ZERO.toString()).isEqualTo("0.00");
    assertThat(Money.parse(Money.ofFen(123_456_789).toString())).isEqualTo(Money.ofFen(123_456_789));
  }

  @Test
  void rejectsTextThatIsNotExactYuanNamingTheText() {
    for (String bad : new String[] {"5x0", "355.001", "", "1e3", "355,00", "+3", "12.", ".5", "0x10"}) {
      assertThatThrownBy(() -> Money.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void ofYuanRefusesFractionsOfAFen() {
    assertThat(Money.ofYuan(new BigDecimal("1.10")).fen()).isEqualTo(110L);
    assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.005");
  }

  @Test
  void arithmeticIsExactAndOverflowThrows() {
    // 321.67 × 4 − 1,000.00 = 1,286.68 − 1,000.00 = 286.68 (rules.md §1 example)
    assertThat(Money.parse("321.67").multipliedBy(4).minus(Money.ofYuan(1000))).isEqualTo(Money.parse("286.68"));
    assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
    assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE / 2 + 1).multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negated()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void roundsOnlyWithANamedRule() {
    // 4260 / 12 = 355 exactly; 3860 / 12 = 321.666… → 321.67 HALF_UP to fen
    BigDecimal rural2019 = new BigDecimal("3860").divide(BigDecimal.valueOf(12), 10, RoundingMode.DOWN);
    assertThat(Money.of(rural2019, Rounding.HALF_UP_FEN)).isEqualTo(Money.parse("321.67"));
    // 355 × 20.6% = 73.13 → 73 HALF_UP to yuan (rules.md §4); 73.5 → 74
    assertThat(Money.of(new BigDecimal("73.130"), Rounding.HALF_UP_YUAN)).isEqualTo(Money.ofYuan(73));
    assertThat(Money.of(new BigDecimal("73.50"), Rounding.HALF_UP_YUAN)).isEqualTo(Money.ofYuan(74));
    assertThat(Money.of(new BigDecimal("0.125"), Rounding.HALF_UP_FEN)).isEqualTo(Money.parse("0.13"));
    assertThat(Money.of(new BigDecimal("0.125"), new Rounding(Rounding.Unit.FEN, RoundingMode.HALF_EVEN)))
        .isEqualTo(Money.parse("0.12"));
    assertThat(Money.of(new BigDecimal("1.25"), new Rounding(Rounding.Unit.JIAO, RoundingMode.HALF_UP)))
        .isEqualTo(Money.parse("1.30"));
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.125"), Rounding.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equalityAgreesWithComparison() {
    assertThat(Money.parse("1.1")).isEqualTo(Money.parse("1.10"));
    assertThat(Money.parse("1.1").compareTo(Money.parse("1.10"))).isZero();
    assertThat(Money.parse("2").max(Money.parse("3"))).isEqualTo(Money.parse("3"));
    assertThat(Money.parse("2").min(Money.parse("3"))).isEqualTo(Money.parse("2"));
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(Money.parse("-0.01").isNegative()).isTrue();
    assertThat(Money.parse("0.01").isPositive()).isTrue();
  }

  @Test
  void roundingRuleParsesItsTextForm() {
    assertThat(Rounding.parse("HALF_UP/FEN")).isEqualTo(Rounding.HALF_UP_FEN);
    assertThat(Rounding.parse("HALF_UP/YUAN").toString()).isEqualTo("HALF_UP/YUAN");
    assertThatThrownBy(() -> Rounding.parse("HALF_UP")).hasMessageContaining("'HALF_UP'");
    assertThatThrownBy(() -> Rounding.parse("HALF_UP/CENT")).hasMessageContaining("'HALF_UP/CENT'");
  }

  @Test
  void parsingAgreesWithTheDecimalGrammarOnRandomText() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20201127);
    String alphabet = "0123456789.-- +e١";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int len = random.nextInt(20); len > 0; len--) {
        b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) ('0' + random.nextInt(10)));
      }
      String text = b.toString();
      String t = text.trim();
      boolean grammar = t.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?");
      if (grammar) {
        assertThat(Money.parse(text)).as(text).isEqualTo(Money.ofYuan(new java.math.BigDecimal(t)));
      } else {
        assertThatThrownBy(() -> Money.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }
}
