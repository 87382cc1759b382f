package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunSummary;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Scheme;
import org.minzheng.testkit.MinzhengGenerators.Facts;

/**
 * The payout form ({@link BenefitCalculator.PayoutSink}) hands out exactly what the object form
 * ({@link BenefitCalculator.BatchSink}) returns, and a regular payout run, which uses it, records the
 * lines a run over {@link HouseholdResult}s records (QuickTheories, seed {@code QT_SEED}).
 */
class PayoutFormProperties {
  private static final int EXAMPLES = 100;

  /** One result as the payout form gives it. */
  record Row(int household, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee, int persons) {}

  @Test
  void thePayoutFormGivesTheResultsOfTheObjectForm() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING)),
        gen(MinzhengGenerators.households(Facts.SOME_MISSING).listOf(1, 6))).checkAssert((s, hs) -> {
          BenefitCalculator calc = s.calculator();
          List<Row> objects = new ArrayList<>();
          List<String> objectEnds = new ArrayList<>();
          List<BatchError> objectErrors = new ArrayList<>();
          int[] index = {0};
          calc.calculateEach(hs, s.month(), new BenefitCalculator.BatchSink() {
            @Override
            public void result(HouseholdResult r) {
              int household = index[0]++;
              for (SchemeResult x : r.results()) {
                objects.add(new Row(household, x.scheme(), x.beneficiary(), x.outcome(), x.amountOrZero().fen(),
                    x.payee().orElse(null), persons(r, x)));
              }
              objectEnds.add(household + " " + r.householdId() + " " + r.stamp());
            }

            @Override
            public void error(BatchError e) {
              index[0]++;
              objectErrors.add(e);
            }
          });
          List<Row> primitives = new ArrayList<>();
          List<String> primitiveEnds = new ArrayList<>();
          List<BatchError> primitiveErrors = new ArrayList<>();
          calc.calculateEach(hs, s.month(), new BenefitCalculator.PayoutSink() {
            @Override
            public void result(int household, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen,
                Beneficiary payee, int persons) {
              primitives.add(new Row(household, scheme, beneficiary, outcome, fen, payee, persons));
            }

            @Override
            public void householdDone(int household, String householdId, Stamp stamp) {
              primitiveEnds.add(household + " " + householdId + " " + stamp);
            }

            @Override
            public void error(BatchError e) {
              primitiveErrors.add(e);
            }
          });
          assertThat(primitives).containsExactlyElementsOf(objects);
          assertThat(primitiveEnds).containsExactlyElementsOf(objectEnds);
          assertThat(primitiveErrors).containsExactlyElementsOf(objectErrors);
        });
  }

  @Test
  void aRegularRunRecordsTheLinesOfARunOverHouseholdResults() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING)),
        gen(MinzhengGenerators.households(Facts.SOME_MISSING).listOf(1, 6))).checkAssert((s, hs) -> {
          BenefitCalculator calc = s.calculator();
          List<EnrolledHousehold> enrolled = hs.stream()
              .map(h -> MinzhengGenerators.enrolledInEveryScheme(h, YearMonth.of(2019, 1))).toList();
          InMemoryLedger viaSink = new InMemoryLedger();
          InMemoryLedger viaObjects = new InMemoryLedger();
          String a = outcome(() -> PayoutRun.of(calc).pay(s.month(), enrolled, viaSink));
          String b = outcome(() -> PayoutRun.of((h, m) -> calc.calculate(h, m)).pay(s.month(), enrolled, viaObjects));
          assertThat(a).isEqualTo(b);
          assertThat(viaSink.lines()).containsExactlyElementsOf(viaObjects.lines());
        });
  }

  /** The summary without its recorded run (whose times differ), or the exception's class and message. */
  private static String outcome(java.util.function.Supplier<RunSummary> run) {
    try {
      RunSummary r = run.get();
      return List.of(r.households(), r.calculated(), r.linesProduced(), r.linesRecorded(), r.duplicates(), r.ineligible(),
          r.undetermined(), r.unmatched(), r.needsReview()) + " " + r.amountRecorded();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * The persons a payment covers, counted from the results as rules.md §1 says: for a paid household, the
   * counted members less the extreme-poverty persons by status (an UNDETERMINED result missing only the
   * member's self-care is an extreme-poverty person, rules.md §0); 1 for anything else.
   */
  private static int persons(HouseholdResult r, SchemeResult x) {
    if (x.beneficiary().kind() != Beneficiary.Kind.HOUSEHOLD || !x.isEligible()) {
      return 1;
    }
    long counted = r.results().stream().filter(y -> y.scheme() == Scheme.OLD_AGE_ALLOWANCE
        && y.reasons().stream()
        .noneMatch(reason -> reason.code().equals("DIED_BEFORE_MONTH") || reason.code().equals("NOT_YET_BORN"))).count();
    long ep = r.results().stream().filter(y -> y.scheme() == Scheme.EXTREME_POVERTY && (y.isEligible()
        || !y.missingFacts().isEmpty() && y.missingFacts().stream().allMatch(f -> f.code().equals(
            "members[" + y.beneficiary().id() + "].selfCare")))).count();
    return (int) Math.max(1, counted - ep);
  }
}
