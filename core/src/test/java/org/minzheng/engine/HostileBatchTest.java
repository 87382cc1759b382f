package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.BatchResult;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;

/** Issue 15: no failure tied to one household escapes a batch; a household has a size limit. */
class HostileBatchTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  final BenefitCalculator calc = Fixture.standard();

  /** The reproducer: 93 incomes of 999,999,999,999,999.99 overflowed a long and killed calculateAll. */
  private static Household overflowing() {
    Person.Builder b = H.person(LocalDate.of(1980, 5, 5));
    for (int i = 0; i < 93; i++) {
      b.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.parse("999999999999999.99")));
    }
    return H.urban(b.build());
  }

  @Test
  void anOverflowingHouseholdIsItsOwnErrorAndTheOthersAreCalculated() {
    Household good1 = H.urban(H.adult("10800"));
    Household bad = overflowing();
    Household good2 = H.rural(H.adult(), H.adult());
    BatchResult r = calc.calculateAll(List.of(good1, bad, good2), OCT_2020);
    assertThat(r.results()).extracting(HouseholdResult::householdId).containsExactly(good1.id().value(), good2.id().value());
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.index()).isEqualTo(1);
      assertThat(e.householdId()).isEqualTo(bad.id().value());
      assertThat(e.problems()).singleElement().asString().contains(bad.id().value()).contains("too large")
          .doesNotContain("(no detail)");
    });
  }

  @Test
  void aSingleOverflowingHouseholdIsAnInvalidInputNotAnArithmeticException() {
    Household bad = overflowing();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> calc.calculate(bad, OCT_2020))
        .isInstanceOf(org.minzheng.household.InvalidInputException.class)
        .hasMessageContaining(bad.id().value()).hasMessageContaining("too large");
  }

  @Test
  void theStreamingFormReportsTheOverflowAndGoesOn() {
    List<Object> seen = new ArrayList<>();
    calc.calculateEach(List.of(overflowing(), H.urban(H.adult())), OCT_2020, new BenefitCalculator.BatchSink() {
      @Override
      public void result(HouseholdResult result) {
        seen.add(result);
      }

      @Override
      public void error(BatchError error) {
        seen.add(error);
      }
    });
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isInstanceOf(BatchError.class);
    assertThat(seen.get(1)).isInstanceOf(HouseholdResult.class);
  }

  @Test
  void aHouseholdAboveTheDefaultSizeLimitIsRefusedNamingTheLimit() {
    Person[] many = new Person[Parameters.DEFAULT_MAX_MEMBERS + 1];
    for (int i = 0; i < many.length; i++) {
      many[i] = H.adult();
    }
    Person[] hundred = java.util.Arrays.copyOf(many, Parameters.DEFAULT_MAX_MEMBERS);
    BatchResult r = calc.calculateAll(List.of(H.urban(many), H.urban(hundred)), OCT_2020);
    assertThat(r.results()).hasSize(1);
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.problems()).singleElement().asString()
        .contains("101 members exceed the limit of 100").contains("general.maxMembers"));
  }

  @Test
  void aNullMemberInJsonIsRefusedNamingTheField() throws Exception {
    String json = org.minzheng.json.MinzhengJson.mapper().writeValueAsString(H.urban(H.adult()))
        .replaceFirst("\"members\":\\[.*\\],", "\"members\":[null],");
    assertThat(json).contains("\"members\":[null]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.minzheng.json.MinzhengJson.mapper().readValue(json, Household.class))
        .hasMessageContaining("null").hasMessageContaining("\"members\"").hasMessageNotContaining("NullPointerException");
  }
}
