/**
 * Payouts: monthly payout runs over enrolled beneficiaries, payout lines (regular, back pay 补发,
 * recovery 追回, one-off), and the ledger that records runs atomically and idempotently.
 *
 * @since 0.1
 */
package org.minzheng.payout;
