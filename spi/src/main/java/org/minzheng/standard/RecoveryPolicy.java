package org.minzheng.standard;

/**
 * What a reconciliation does with an overpayment it finds (rules.md §11, parameter
 * {@code payout.recoveryPolicy}).
 *
 * @since 0.2
 */
public enum RecoveryPolicy {
  /** Hold the overpayment as an item for a caseworker's decision (book or waive); the default. */
  REVIEW,
  /** Book a recovery (追回) line at once. */
  AUTOMATIC
}
