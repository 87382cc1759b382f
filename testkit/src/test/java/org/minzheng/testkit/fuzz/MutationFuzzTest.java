package org.minzheng.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bounded mutation-fuzz run (fixed seed) in the normal build; the long run is the benchmarks'
 * {@code FuzzRun}. Fails on any exception outside the documented family, any negative amount and any
 * accepted standards document that does not survive write → read.
 */
class MutationFuzzTest {
  @Test
  void boundedRunFindsNoFailure() {
    MutationFuzzer f = new MutationFuzzer(20201127L, MutationFuzzer.standards2020());
    MutationFuzzer.Counts c = f.run(600, 1500, 300, 10);
    System.out.println("MutationFuzzTest: " + c);
    assertThat(c.failures).as(c.toString()).isEmpty();
    assertThat(c.standardsAccepted).as("some mutants are accepted, so calculation is exercised: " + c).isPositive();
    assertThat(c.householdsAccepted).as(c.toString()).isPositive();
    assertThat(c.calculated).as(c.toString()).isPositive();
  }
}
