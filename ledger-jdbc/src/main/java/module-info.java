/**
 * The minzheng payout ledger in PostgreSQL, through plain JDBC: {@link org.minzheng.ledger.jdbc.PostgresLedger}.
 * Its schema is created and upgraded only when asked, by the Flyway migrations this jar ships.
 *
 * @since 0.1
 */
module org.minzheng.ledger.jdbc {
  requires transitive org.minzheng.core;
  requires transitive java.sql;
  requires org.postgresql.jdbc;
  requires flyway.core;
  requires com.google.common;
  requires org.slf4j;

  exports org.minzheng.ledger.jdbc;
}
