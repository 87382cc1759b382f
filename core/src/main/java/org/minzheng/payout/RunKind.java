package org.minzheng.payout;

/**
 * What a payout run does.
 *
 * @since 0.1
 */
public enum RunKind {
  /** The monthly run of a month: {@link PayoutKind#REGULAR} lines. */
  REGULAR,
  /** A recomputation of a past month against the ledger: {@link PayoutKind#BACK_PAY} and {@link PayoutKind#RECOVERY} lines. */
  RECOMPUTE,
  /** Approved temporary-assistance cases: {@link PayoutKind#ONE_OFF} lines. */
  ONE_OFF
}
