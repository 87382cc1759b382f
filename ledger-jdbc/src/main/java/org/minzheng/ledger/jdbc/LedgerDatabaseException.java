package org.minzheng.ledger.jdbc;

import java.sql.SQLException;
import org.minzheng.standard.MinzhengException;

/**
 * The database failed under a ledger operation: it could not be reached, the connection broke
 * (the server restarted, the network failed), or it refused a statement.
 *
 * <p>For a run, {@link #mayBeRecorded()} tells what is known of it. When false, the transaction was
 * rolled back or never committed, so nothing of the run is in the ledger. When true, the connection
 * broke while the commit was under way, so the run may or may not have been recorded; either way,
 * running it again is safe, since lines already recorded are skipped.
 *
 * @since 0.1
 */
public final class LedgerDatabaseException extends MinzhengException {
  private static final long serialVersionUID = 1L;

  /** Whether the write may have been recorded although the database reported a failure. */
  private final boolean mayBeRecorded;
  /** The SQLSTATE the database reported, or null. */
  private final String sqlState;

  /**
   * @param message what failed, not null
   * @param cause the database's error, not null
   * @param mayBeRecorded whether the run may have been recorded all the same
   */
  LedgerDatabaseException(String message, SQLException cause, boolean mayBeRecorded) {
    super(message + ": " + describe(cause), cause);
    this.mayBeRecorded = mayBeRecorded;
    this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
  }

  private static String describe(SQLException e) {
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m) + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
  }

  /** @return true if the run may have been recorded (the connection broke during the commit) */
  public boolean mayBeRecorded() {
    return mayBeRecorded;
  }

  /** @return the SQL state of the database's error (e.g. {@code 08006} for a broken connection), empty if none */
  public String sqlState() {
    return sqlState;
  }
}
