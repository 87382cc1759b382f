/**
 * The payout ledger in PostgreSQL: {@link org.minzheng.ledger.jdbc.PostgresLedger}, a
 * {@link org.minzheng.payout.Ledger} over plain JDBC (no ORM), with its schema in Flyway migrations
 * shipped in this jar and applied only when asked ({@link org.minzheng.ledger.jdbc.PostgresLedger#migrate}).
 *
 * <p>Null policy: no method takes or returns {@code null}.
 *
 * @since 0.1
 */
package org.minzheng.ledger.jdbc;
