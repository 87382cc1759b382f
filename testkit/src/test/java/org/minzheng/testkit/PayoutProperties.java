package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunSummary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.StandardSet;
import org.minzheng.testkit.MinzhengGenerators.Facts;

/** Payout laws as QuickTheories properties (seed {@code QT_SEED}). */
class PayoutProperties {
  private static final int EXAMPLES = 50;

  private static List<EnrolledHousehold> enrolled(List<Household> hs) {
    return hs.stream().map(h -> MinzhengGenerators.enrolledInEveryScheme(h, YearMonth.of(2019, 1))).toList();
  }

  @Test
  void aPayoutRunRepeatedIsANoOp() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.SOME_MISSING)),
        gen(MinzhengGenerators.households(Facts.SOME_MISSING).listOf(1, 6))).checkAssert((s, hs) -> {
          PayoutRun run = PayoutRun.of(s.calculator());
          InMemoryLedger ledger = new InMemoryLedger();
          run.pay(s.month(), enrolled(hs), ledger);
          long lines = ledger.lineCount();
          RunSummary again = run.pay(s.month(), enrolled(hs), ledger);
          assertThat(again.linesRecorded()).isZero();
          assertThat(again.amountRecorded()).isEqualTo(Money.ZERO);
          assertThat(ledger.lineCount()).isEqualTo(lines);
        });
  }

  @Test
  void backPayEqualsTheDifferenceOfTwoRuns() {
    qt().withExamples(EXAMPLES).forAll(gen(Scenario.scenarios(Facts.COMPLETE)),
        gen(MinzhengGenerators.households(Facts.COMPLETE).listOf(1, 6)),
        gen(MinzhengGenerators.money(Money.parse("0.01"), Money.ofYuan(200)))).checkAssert((s, hs, raise) -> {
          List<Household> supported = hs.stream().map(DomainLawProperties::supported).toList();
          StandardSet higher = StandardSets.withValues(StandardSets.withValues(s.standards(), Parameters.DIBAO_STANDARD_URBAN,
              m -> m.plus(raise)), Parameters.DIBAO_STANDARD_RURAL, m -> m.plus(raise));
          PayoutRun before = PayoutRun.of(s.calculator());
          PayoutRun after = PayoutRun.of(Scenario.calculator(higher, s.prices()));
          InMemoryLedger ledger = new InMemoryLedger();
          Money paid = before.pay(s.month(), enrolled(supported), ledger).amountRecorded();
          // a run that records no line leaves no run in the ledger, and recompute refuses a month without one
          if (!ledger.hasRegularRun(s.month())) {
            return;
          }
          RunSummary correction = after.recompute(s.month(), s.month().plusMonths(1), enrolled(supported), ledger);
          Money wouldHavePaid = after.pay(s.month(), enrolled(supported), new InMemoryLedger()).amountRecorded();
          if (correction.needsReview() == 0) {
            assertThat(correction.amountRecorded()).isEqualTo(wouldHavePaid.minus(paid));
          }
        });
  }
}
