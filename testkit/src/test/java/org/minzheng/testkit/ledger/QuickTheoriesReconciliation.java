package org.minzheng.testkit.ledger;

import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Consumer;
import org.minzheng.testkit.Generator;

/** Runs the reconciliation contract through QuickTheories, so that a failing scenario shrinks. */
abstract class QuickTheoriesReconciliation extends ReconciliationContract {
  @Override
  protected void forAll(Generator<Scenario> scenarios, Consumer<Scenario> law) {
    qt().withExamples(30).withShrinkCycles(200).forAll(gen(scenarios)).checkAssert(law);
  }
}
