package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.standard.Money;
import org.minzheng.testkit.MinzhengGenerators.Facts;

/**
 * The flat CSV form of households loses nothing the schemes read (QuickTheories, seed {@code QT_SEED}).
 */
class CsvRoundTripProperties {
  private static final int EXAMPLES = 200;

  private static Household roundTrip(Household h) {
    StringWriter out = new StringWriter();
    HouseholdCsv.write(List.of(h), out);
    List<Household> back = HouseholdCsv.readAll(new StringReader(out.toString()), "generated.csv");
    assertThat(back).as("households read back from%n%s", out).hasSize(1);
    return back.get(0);
  }

  /** The household with each person's income items of one category replaced by their sum. */
  private static Household withIncomeSummedPerCategory(Household h) {
    Household.Builder b = new Household.Builder().from(h).members(List.of());
    for (Person p : h.members()) {
      Map<IncomeCategory, Money> sums = new EnumMap<>(IncomeCategory.class);
      p.incomes().forEach(i -> sums.merge(i.category(), i.amount(), Money::plus));
      b.addMembers(new Person.Builder().from(p).incomes(sums.entrySet().stream()
          .map(e -> new IncomeItem(e.getKey(), e.getValue())).toList()).build());
    }
    return b.build();
  }

  @Test
  void householdCsvRoundTripGivesTheHouseholdWithIncomeSummedPerCategory() {
    qt().withExamples(EXAMPLES).forAll(gen(MinzhengGenerators.households(Facts.SOME_MISSING)))
        .checkAssert(h -> assertThat(roundTrip(h)).isEqualTo(withIncomeSummedPerCategory(h)));
  }

  @Test
  void householdReadBackFromCsvGetsTheSameResultsInEveryScheme() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING))).checkAssert(s -> {
      var calculator = s.calculator();
      assertThat(calculator.calculate(roundTrip(s.household()), s.month()))
          .isEqualTo(calculator.calculate(s.household(), s.month()));
    });
  }
}
