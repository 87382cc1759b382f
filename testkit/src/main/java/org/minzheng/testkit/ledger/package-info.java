/**
 * Contract tests for {@link org.minzheng.payout.Ledger} implementations: extend
 * {@link org.minzheng.testkit.ledger.LedgerContract} in a JUnit test and give it a fresh ledger.
 *
 * <p>No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
package org.minzheng.testkit.ledger;
