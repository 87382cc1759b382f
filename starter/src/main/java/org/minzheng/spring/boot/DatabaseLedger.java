package org.minzheng.spring.boot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.minzheng.ledger.jdbc.PostgresLedger;
import org.minzheng.payout.Ledger;

/**
 * The ledger of {@code minzheng.ledger.jdbc-url}: a {@link PostgresLedger} on a HikariCP pool made for
 * it alone and closed with it. A class of its own so that minzheng-ledger-jdbc and HikariCP (optional
 * dependencies of the starter) are loaded only when the property is set.
 */
final class DatabaseLedger {
  private DatabaseLedger() {}

  static Ledger open(MinzhengProperties.LedgerProperties l) {
    if (!l.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException("minzheng.ledger.jdbc-url: " + l.getJdbcUrl()
          + " is not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE)");
    }
    if (l.getMaxConnections() < 3) {
      throw new IllegalStateException("minzheng.ledger.max-connections: " + l.getMaxConnections()
          + " is fewer than 3 (a run holds one connection, a read beside it a second, a new stamp a third)");
    }
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(l.getJdbcUrl());
    if (l.getUsername() != null) {
      c.setUsername(l.getUsername());
    }
    if (l.getPassword() != null) {
      c.setPassword(l.getPassword());
    }
    c.setMaximumPoolSize(l.getMaxConnections());
    c.setMinimumIdle(0);
    c.setPoolName("minzheng-ledger");
    HikariDataSource pool = new HikariDataSource(c);
    try {
      return PostgresLedger.builder(pool).schema(l.getSchema()).migrate(l.isMigrate()).closing(pool).open();
    } catch (IllegalStateException e) {
      pool.close();
      throw new IllegalStateException("minzheng.ledger.jdbc-url " + l.getJdbcUrl() + ": " + e.getMessage()
          + (l.isMigrate() ? "" : " (or set minzheng.ledger.migrate=true)"), e);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }
}
