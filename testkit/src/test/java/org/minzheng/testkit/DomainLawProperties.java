package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minzheng.scheme.BatchResult;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.DailyActivity;
import org.minzheng.household.Household;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.standard.RegionCode;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.testkit.MinzhengGenerators.Facts;

/**
 * The domain laws of rules.md as QuickTheories properties, each stated in its method's name, over
 * generated households and generated standards. The seed is the system property {@code QT_SEED} (set
 * by Maven); a failure prints it with the smallest counterexample found.
 */
class DomainLawProperties {
  private static final int EXAMPLES = 100;

  /** Every member has a capable supporter, so nobody is an extreme-poverty person. */
  static Household supported(Household h) {
    List<Person> l = new ArrayList<>();
    for (Person p : h.members()) {
      l.add(new Person.Builder().from(p).hasCapableSupporter(true).build());
    }
    return new Household.Builder().from(h).members(l).build();
  }

  static Household withMoreIncome(Household h, int member, Money extra) {
    List<Person> l = new ArrayList<>(h.members());
    int i = member % l.size();
    l.set(i, new Person.Builder().from(l.get(i)).addIncome(new IncomeItem(IncomeCategory.WAGES, extra)).build());
    return new Household.Builder().from(h).members(l).build();
  }

  /**
   * What a result says, without its explanation, reasons and missing facts as sets: lists that follow
   * the member order (by design, like the results themselves) compare equal in any order.
   */
  static String essence(SchemeResult r) {
    return r.scheme() + " " + r.beneficiary() + " " + r.outcome() + " " + r.amount().map(Money::toString).orElse("-") + " "
        + r.payee().map(Object::toString).orElse("-") + " " + r.reasons().stream().map(Reason::code).sorted().toList() + " "
        + r.missingFacts().stream().map(Reason::code).sorted().toList();
  }

  static List<String> essences(HouseholdResult r) {
    return r.results().stream().map(DomainLawProperties::essence).sorted().toList();
  }

  @Test
  void noSchemeEverGivesANegativeAmount() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING))).checkAssert(s -> {
      HouseholdResult r = s.calculator().calculate(s.household(), s.month());
      for (SchemeResult x : r.results()) {
        assertThat(x.amountOrZero().isNegative()).as("%s", x).isFalse();
      }
    });
  }

  @Test
  void moreCountedIncomeNeverRaisesDibaoWhenNoMemberIsExtremelyPoor() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.COMPLETE)),
        gen(MinzhengGenerators.money(Money.parse("0.01"), Money.ofYuan(20_000))), gen(MinzhengGenerators.ints(0, 5)))
        .checkAssert((s, extra, member) -> {
          Household base = supported(s.household());
          BenefitCalculator calc = s.calculator();
          Money before = dibao(calc.calculate(base, s.month()), base);
          Money after = dibao(calc.calculate(withMoreIncome(base, member, extra), s.month()), base);
          assertThat(after).as("dibao with %s more income", extra).isLessThanOrEqualTo(before);
        });
  }

  @Test
  void moreOwnIncomeNeverRaisesAPersonsExtremePovertySupport() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.COMPLETE)),
        gen(MinzhengGenerators.money(Money.parse("0.01"), Money.ofYuan(20_000))), gen(MinzhengGenerators.ints(0, 5)))
        .checkAssert((s, extra, member) -> {
          BenefitCalculator calc = s.calculator();
          Household h = s.household();
          String id = h.members().get(member % h.members().size()).id().value();
          Money before = calc.calculate(h, s.month()).find(Scheme.EXTREME_POVERTY, id).map(SchemeResult::amountOrZero).orElse(Money.ZERO);
          Money after = calc.calculate(withMoreIncome(h, member, extra), s.month()).find(Scheme.EXTREME_POVERTY, id)
              .map(SchemeResult::amountOrZero).orElse(Money.ZERO);
          assertThat(after).isLessThanOrEqualTo(before);
        });
  }

  @Test
  void aHigherDibaoStandardNeverLowersAnyAmountWhenNoMemberIsExtremelyPoor() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.COMPLETE)),
        gen(MinzhengGenerators.money(Money.parse("0.01"), Money.ofYuan(200)))).checkAssert((s, raise) -> {
          Household h = supported(s.household());
          StandardSet higher = StandardSets.withValues(StandardSets.withValues(s.standards(), Parameters.DIBAO_STANDARD_URBAN,
              m -> m.plus(raise)), Parameters.DIBAO_STANDARD_RURAL, m -> m.plus(raise));
          HouseholdResult low = s.calculator().calculate(h, s.month());
          HouseholdResult high = Scenario.calculator(higher, s.prices()).calculate(h, s.month());
          Map<String, SchemeResult> highBy = high.results().stream()
              .collect(Collectors.toMap(r -> r.scheme() + " " + r.beneficiary(), Function.identity()));
          for (SchemeResult l : low.results()) {
            SchemeResult hi = highBy.get(l.scheme() + " " + l.beneficiary());
            assertThat(hi).as("result for %s %s under the higher standard", l.scheme(), l.beneficiary()).isNotNull();
            if (l.outcome() != Outcome.UNDETERMINED && hi.outcome() != Outcome.UNDETERMINED) {
              assertThat(hi.amountOrZero()).as("%s %s", l.scheme(), l.beneficiary()).isGreaterThanOrEqualTo(l.amountOrZero());
            }
          }
        });
  }

  @Test
  void dibaoEqualsStandardTimesMembersMinusIncomeWhenEligibleUnderTheGapMethodWithoutClassFloor() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.COMPLETE))).checkAssert(s -> {
      StandardSet plain = StandardSets.withValues(StandardSets.withValues(StandardSets.withValues(s.standards(),
          Parameters.DIBAO_CLASS_FLOOR, m -> Map.of()), Parameters.DIBAO_MINIMUM_PAYOUT, m -> Money.ZERO),
          Parameters.DIBAO_EMPLOYMENT_DEDUCTION, m -> Money.ZERO);
      Household h = supported(s.household());
      SchemeResult r = Scenario.calculator(plain, s.prices()).calculate(h, s.month()).find(Scheme.DIBAO, h.id().value()).orElseThrow();
      List<Person> counted = h.members().stream().filter(p -> p.countsIn(s.month())).toList();
      var day = s.month().atDay(1);
      Money standard = plain.find(h.residenceType() == ResidenceType.URBAN ? Parameters.DIBAO_STANDARD_URBAN
          : Parameters.DIBAO_STANDARD_RURAL, Pingdingshan.CITY, day).orElseThrow().value();
      int months = plain.find(Parameters.DIBAO_INCOME_MONTHS, Pingdingshan.CITY, day).orElseThrow().value();
      Rounding rounding = plain.find(Parameters.DIBAO_ROUNDING, Pingdingshan.CITY, day).orElseThrow().value();
      // income per month kept exact: Σ counted 12-month income ÷ months (20 decimals is exact enough for ÷ 12)
      BigDecimal income = counted.stream().map(p -> p.countedIncome().toYuan()).reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(months), 20, RoundingMode.HALF_UP);
      BigDecimal need = standard.multipliedBy(counted.size()).toYuan();
      boolean eligible = !counted.isEmpty() && income.compareTo(need) < 0 && h.assetsWithinLimits().orElseThrow();
      assertThat(r.outcome()).isEqualTo(eligible ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
      if (eligible) {
        assertThat(r.amount()).contains(rounding.round(need.subtract(income)));
      }
    });
  }

  @Test
  void resultsDoNotDependOnMemberOrder() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING))).checkAssert(s -> {
      Household h = s.household();
      List<Person> reversed = new ArrayList<>(h.members());
      Collections.reverse(reversed);
      BenefitCalculator calc = s.calculator();
      assertThat(essences(calc.calculate(new Household.Builder().from(h).members(reversed).build(), s.month())))
          .isEqualTo(essences(calc.calculate(h, s.month())));
    });
  }

  @Test
  void resultsDoNotDependOnHouseholdOrderInABatch() {
    qt().withExamples(30).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING)),
        gen(MinzhengGenerators.households(Facts.SOME_MISSING).listOf(2, 8))).checkAssert((s, list) -> {
          List<Household> reversed = new ArrayList<>(list);
          Collections.reverse(reversed);
          BenefitCalculator calc = s.calculator();
          assertThat(byHousehold(calc.calculateAll(reversed, s.month()))).isEqualTo(byHousehold(calc.calculateAll(list, s.month())));
        });
  }

  @Test
  void sameInputsGiveTheSameResultsAndTheSameStamp() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING))).checkAssert(s -> {
      HouseholdResult a = s.calculator().calculate(s.household(), s.month());
      HouseholdResult b = s.calculator().calculate(s.household(), s.month()); // a second registry and calculator
      assertThat(b).isEqualTo(a);
      assertThat(b.stamp()).isEqualTo(a.stamp());
    });
  }

  /**
   * rules.md §0, "never guess a missing fact": a result decided (ELIGIBLE or INELIGIBLE) while facts are missing
   * stays as it is, outcome and amount, whatever values those facts turn out to have. It holds through the
   * evaluation under each status a dependency may have: the true statuses are one of the cases tried.
   */
  @Test
  void supplyingMissingFactsNeverChangesADecidedResult() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING)), longs().all()).checkAssert((s, seed) -> {
      BenefitCalculator calc = s.calculator();
      HouseholdResult before = calc.calculate(s.household(), s.month());
      Household filled = filled(s.household(), new SplittableRandom(seed));
      HouseholdResult after = calc.calculate(filled, s.month());
      for (SchemeResult x : before.results()) {
        if (x.outcome() == Outcome.UNDETERMINED) {
          continue;
        }
        SchemeResult y = after.find(x.scheme(), x.beneficiary().id()).orElseThrow();
        assertThat(y.outcome() + " " + y.amount()).as("%s once the facts are %s", x, filled)
            .isEqualTo(x.outcome() + " " + x.amount());
      }
    });
  }

  /** {@code h} with each missing fact of the household and its members given a value at random. */
  static Household filled(Household h, SplittableRandom random) {
    List<Person> l = new ArrayList<>();
    DailyActivity[] activities = DailyActivity.values();
    for (Person p : h.members()) {
      Person.Builder b = new Person.Builder().from(p);
      if (p.hasCapableSupporter().isEmpty()) {
        b.hasCapableSupporter(random.nextBoolean());
      }
      if (p.selfCare().isEmpty()) {
        List<DailyActivity> unable = new ArrayList<>();
        for (DailyActivity a : activities) {
          if (random.nextInt(3) == 0) {
            unable.add(a);
          }
        }
        b.selfCare(SelfCareAssessment.unable(unable.toArray(new DailyActivity[0])));
      }
      if (p.hukouRegion().isEmpty()) {
        b.hukouRegion(random.nextBoolean() ? h.region() : RegionCode.of("110101"));
      }
      l.add(b.build());
    }
    Household.Builder b = new Household.Builder().from(h).members(l);
    if (h.assetsWithinLimits().isEmpty()) {
      b.assetsWithinLimits(random.nextBoolean());
    }
    return b.build();
  }

  private static Money dibao(HouseholdResult r, Household h) {
    Optional<SchemeResult> d = r.find(Scheme.DIBAO, h.id().value());
    return d.map(SchemeResult::amountOrZero).orElse(Money.ZERO);
  }

  private static Map<String, HouseholdResult> byHousehold(BatchResult b) {
    // generated ids may repeat in a list; key by id and position-independent content
    return b.results().stream().collect(Collectors.toMap(r -> r.householdId() + " " + essences(r), Function.identity(), (x, y) -> x));
  }
}
