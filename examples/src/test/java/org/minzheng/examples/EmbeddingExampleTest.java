package org.minzheng.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minzheng.StandardsRegistry;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;

class EmbeddingExampleTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2020-11-27T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private final HouseholdResult result = EmbeddingExample.calculate(StandardsRegistry.of(Standards2020.provider()), CLOCK);

  @Test
  void theCoupleGetsTheDibaoGap() {
    // urban 2020: 570.00 × 2 members − 10,000 ÷ 12 = 1,140 − 833.333… = 306.666… → 306.67 (HALF_UP to the fen)
    SchemeResult dibao = result.of(Scheme.DIBAO).get(0);
    assertThat(dibao.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(dibao.amount()).contains(Money.parse("306.67"));
    assertThat(dibao.explanation().render(Locale.ENGLISH)).contains("570.00").contains("306.67");
  }

  @Test
  void neitherMemberIsExtremelyPoorOrOldEnoughForTheAllowance() {
    // both are under 60 (born 1980 and 1982), not disabled, and have a capable supporter
    assertThat(result.of(Scheme.EXTREME_POVERTY)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.INELIGIBLE));
    assertThat(result.of(Scheme.OLD_AGE_ALLOWANCE)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.INELIGIBLE));
  }

  @Test
  void withoutAPriceIndexTheCoveredMembersPriceSubsidyIsUndetermined() {
    // both are members of a dibao household, so covered; no index series was given
    assertThat(result.of(Scheme.PRICE_SUBSIDY)).hasSize(2)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED));
  }

  @Test
  void mainPrintsTheResult() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(buf, true, UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    // the class path holds the Ruzhou example module too, but this household lives in Xinhua: 570 applies
    assertThat(buf.toString(UTF_8)).startsWith("ELIGIBLE 306.67\n");
  }
}
