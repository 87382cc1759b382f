package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.StandardsJson;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.StandardSet;
import org.minzheng.testkit.MinzhengGenerators.Facts;
import org.minzheng.testkit.conformance.ConformanceKit;

/** JSON round trips of every input and result are lossless (QuickTheories, seed {@code QT_SEED}). */
class JsonRoundTripProperties {
  private static final int EXAMPLES = 200;

  private static <T> T roundTrip(T value, Class<T> type) throws Exception {
    return MinzhengJson.mapper().readValue(MinzhengJson.mapper().writeValueAsString(value), type);
  }

  @Test
  void householdJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(gen(MinzhengGenerators.households(Facts.SOME_MISSING)))
        .checkAssert(h -> assertThat(roundTripUnchecked(h, Household.class)).isEqualTo(h));
  }

  @Test
  void temporaryAssistanceCaseJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(gen(MinzhengGenerators.temporaryAssistanceCases()))
        .checkAssert(c -> assertThat(roundTripUnchecked(c, TemporaryAssistanceCase.class)).isEqualTo(c));
  }

  @Test
  void priceIndexSeriesJsonRoundTripIsLossless() {
    qt().withExamples(50).forAll(gen(MinzhengGenerators.priceIndexSeries()))
        .checkAssert(p -> assertThat(roundTripUnchecked(p, PriceIndexSeries.class)).isEqualTo(p));
  }

  @Test
  void caseloadHouseholdJsonRoundTripIsLossless() {
    PingdingshanCaseload.of(3L, 0.001).forEach(c -> assertThat(roundTripUnchecked(c, CaseloadHousehold.class)).isEqualTo(c));
  }

  @Test
  void standardSetJsonRoundTripIsLossless() {
    qt().withExamples(50).forAll(gen(MinzhengGenerators.standardSets())).checkAssert(s -> {
      StandardSet back = StandardsJson.read(s.moduleId(), "generated", StandardsJson.write(s).getBytes(StandardCharsets.UTF_8));
      assertThat(ConformanceKit.differences(s, back)).isEmpty();
    });
  }

  @Test
  void householdResultJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING))).checkAssert(s -> {
      HouseholdResult r = s.calculator().calculate(s.household(), s.month());
      assertThat(roundTripUnchecked(r, HouseholdResult.class)).isEqualTo(r);
    });
  }

  @Test
  void temporaryAssistanceResultJsonRoundTripIsLossless() {
    qt().withExamples(EXAMPLES).forAll(gen(MinzhengGenerators.temporaryAssistanceCases()), gen(MinzhengGenerators.standardSets()))
        .checkAssert((c, set) -> {
          SchemeResult r = Scenario.calculator(set, PriceIndexSeries.EMPTY).calculate(c);
          assertThat(roundTripUnchecked(r, SchemeResult.class)).isEqualTo(r);
        });
  }

  private static <T> T roundTripUnchecked(T value, Class<T> type) {
    try {
      return roundTrip(value, type);
    } catch (Exception e) {
      throw new AssertionError("JSON round trip of " + type.getSimpleName() + " failed: " + e.getMessage(), e);
    }
  }
}
