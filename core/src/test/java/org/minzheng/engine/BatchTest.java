package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.BatchResult;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

/** The batch forms: bad households are reported with index, id and problems; the others are computed. */
class BatchTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  final BenefitCalculator calc = Fixture.standard();

  @Test
  void aBadHouseholdDoesNotLoseTheOthers() {
    Household good1 = H.urban(H.adult("10800"), H.adult(), H.adult());
    Household unborn = H.urban(H.adult(), H.person(LocalDate.of(2022, 2, 2)).build());
    Household zhengzhou = H.household(ResidenceType.URBAN, H.adult()).region(RegionCode.of("410102")).build();
    Household good2 = H.rural(H.adult("12000"), H.adult(), H.adult(), H.adult());
    BatchResult r = calc.calculateAll(List.of(good1, unborn, zhengzhou, good2), OCT_2020);
    assertThat(r.results()).extracting(HouseholdResult::householdId).containsExactly(good1.id().value(), good2.id().value());
    // 810.00 (570 × 3 − 900) and 355 × 4 − 1,000 = 420.00
    assertThat(Results.dibao(r.results().get(0), good1).amount()).contains(Money.parse("810.00"));
    assertThat(Results.dibao(r.results().get(1), good2).amount()).contains(Money.parse("420.00"));
    assertThat(r.errors()).extracting(BatchError::index).containsExactly(1, 2);
    assertThat(r.errors().get(0).householdId()).isEqualTo(unborn.id().value());
    assertThat(r.errors().get(0).problems()).singleElement().asString().contains("members[1].birthDate 2022-02-02");
    assertThat(r.errors().get(1).householdId()).isEqualTo(zhengzhou.id().value());
    assertThat(r.errors().get(1).problems()).singleElement().asString().contains("unknown region code 410102");
  }

  @Test
  void aMonthWithoutStandardsReportsEveryHousehold() {
    BatchResult r = calc.calculateAll(List.of(H.urban(H.adult()), H.urban(H.adult())), YearMonth.of(2018, 12));
    assertThat(r.results()).isEmpty();
    assertThat(r.errors()).extracting(BatchError::index).containsExactly(0, 1);
    assertThat(r.errors().get(1).problems().get(0)).contains("2018-12-01");
  }

  @Test
  void streamingFormKeepsInputOrderAndSharesTheResolvedStandards() {
    List<Household> hs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      hs.add(i % 2 == 0 ? H.urban(H.adult(String.valueOf(i * 100))) : H.rural(H.adult(), H.adult()));
    }
    List<Object> seen = new ArrayList<>();
    calc.calculateEach(hs, OCT_2020, new BenefitCalculator.BatchSink() {
      @Override
      public void result(HouseholdResult result) {
        seen.add(result);
      }

      @Override
      public void error(BatchError error) {
        seen.add(error);
      }
    });
    assertThat(seen).hasSize(50).allMatch(o -> o instanceof HouseholdResult);
    assertThat(seen).extracting(o -> ((HouseholdResult) o).householdId())
        .containsExactlyElementsOf(hs.stream().map(h -> h.id().value()).toList());
    // one stamp object per region and month: nothing is re-resolved or re-hashed per household
    assertThat(((HouseholdResult) seen.get(0)).stamp()).isSameAs(((HouseholdResult) seen.get(49)).stamp());
    // a batch explains nothing unless asked (the single form explains by default)
    assertThat(((HouseholdResult) seen.get(10)).results()).allSatisfy(x -> assertThat(x.explanation().isEmpty()).isTrue());
    assertThat(calc.calculate(hs.get(10), OCT_2020).results()).anySatisfy(x -> assertThat(x.explanation().isEmpty()).isFalse());
    // and the single-household form without explanations agrees with the batch
    BenefitCalculator quiet = new Fixture().calculatorBuilder().explanations(false).build();
    assertThat(quiet.calculate(hs.get(10), OCT_2020)).isEqualTo(seen.get(10));
    // a batch that asks for explanations gets the same results as the single form
    BenefitCalculator explained = new Fixture().calculatorBuilder().batchExplanations(true).build();
    assertThat(explained.calculateAll(hs.subList(10, 11), OCT_2020).results().get(0)).isEqualTo(calc.calculate(hs.get(10), OCT_2020));
  }
}
