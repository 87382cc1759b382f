package org.minzheng.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.minzheng.ledger.jdbc.PostgresLedger;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;
import picocli.CommandLine.Option;

/**
 * Where a command records payouts: the file ledger in its output folder (the default), or a PostgreSQL
 * ledger named by {@code --ledger jdbc:postgresql://host:port/database}. The database user and
 * password come from {@code --db-user}/{@code --db-password}, else from the environment variables
 * {@value #USER_ENV} and {@value #PASSWORD_ENV} (which keep the password out of the process list).
 * The tables are created only with {@code --migrate}.
 *
 * @since 0.1
 */
public final class LedgerOptions {
  /** The environment variable holding the database user when {@code --db-user} is not given. */
  public static final String USER_ENV = "MINZHENG_DB_USER";
  /** The environment variable holding the database password when {@code --db-password} is not given. */
  public static final String PASSWORD_ENV = "MINZHENG_DB_PASSWORD";

  @Option(names = "--ledger", paramLabel = "jdbc:postgresql://HOST:PORT/DB",
      description = {"Record payouts in PostgreSQL instead of the file ledger in --out (the default).",
          "User and password: --db-user/--db-password or the environment variables " + USER_ENV + "/" + PASSWORD_ENV + "."})
  String url;

  @Option(names = "--db-user", paramLabel = "USER", description = "The database user (default: $" + USER_ENV + ").")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD",
      description = "The database password (default: $" + PASSWORD_ENV + "; prefer the variable: options show in the process list).")
  String password;

  @Option(names = "--db-schema", paramLabel = "NAME", defaultValue = "minzheng",
      description = "The schema of the ledger's tables (default minzheng).")
  String schema = "minzheng";

  @Option(names = "--migrate", description = "Create or upgrade the ledger's tables in --db-schema first (never done unasked).")
  boolean migrate;

  private final Function<String, String> env;

  /** Options read from the process's environment. */
  public LedgerOptions() {
    this(System::getenv);
  }

  LedgerOptions(Function<String, String> env) {
    this.env = env;
  }

  /** @return true if payouts go to PostgreSQL */
  public boolean database() {
    return url != null;
  }

  /**
   * Opens the ledger the options name.
   *
   * @param file the file ledger to use when no database is named; not null then
   * @return the ledger; closing it closes its connections
   * @throws CliException if the URL is not a PostgreSQL JDBC URL, or the ledger's tables are missing
   */
  public Ledger open(Path file) {
    if (url == null) {
      return FileLedger.open(file);
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new CliException("--ledger " + url + ": not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE)");
    }
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    Optional.ofNullable(user != null ? user : env.apply(USER_ENV)).ifPresent(c::setUsername);
    Optional.ofNullable(password != null ? password : env.apply(PASSWORD_ENV)).ifPresent(c::setPassword);
    c.setMaximumPoolSize(3); // a run holds one connection and borrows a second for new standards stamps
    c.setPoolName("minzheng-ledger");
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(c);
    } catch (RuntimeException e) { // HikariCP's PoolInitializationException: unreachable server, wrong user or password
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new CliException("--ledger " + url + ": cannot connect as " + (c.getUsername() == null ? "the default user"
          : c.getUsername()) + ": " + cause.getMessage());
    }
    try {
      return PostgresLedger.builder(ds).schema(schema).migrate(migrate).closing(ds).open();
    } catch (IllegalStateException e) {
      ds.close();
      throw new CliException("--ledger " + url + ": " + e.getMessage() + (migrate ? "" : " (or add --migrate)"));
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  /** @return what the ledger is, for the summary: the file, or the URL and schema (never a password) */
  public String describe(String file) {
    return url == null ? file : url + " (schema " + schema + ")";
  }
}
