package org.minzheng.payout;

import static java.util.Objects.requireNonNull;

import org.minzheng.standard.Money;

/**
 * A run as the ledger recorded it.
 *
 * @param sequence the run's number in the ledger, from 1
 * @param header what the run was, not null
 * @param lines the number of lines recorded, at least 1 (a run with nothing new is not recorded)
 * @param amount the sum of their amounts, not null
 * @since 0.1
 */
public record RecordedRun(long sequence, RunHeader header, long lines, Money amount) {
  /**
   * Checks the components.
   *
   * @param sequence the run's number in the ledger, from 1
   * @param header what the run was, not null
   * @param lines the number of lines recorded, at least 1 (a run with nothing new is not recorded)
   * @param amount the sum of their amounts, not null
   */
  public RecordedRun {
    requireNonNull(header, "header");
    requireNonNull(amount, "amount");
  }
}
