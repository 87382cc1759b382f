package org.minzheng.ledger.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.minzheng.household.HouseholdId;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RecordedRun;
import org.minzheng.payout.RunKeyIndex;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A {@link Ledger} in PostgreSQL, through plain JDBC (no ORM): the ledger a bureau deploys, which
 * several services read and backups and audits run on.
 *
 * <p><b>Schema.</b> Three tables in one schema: {@code payout_run}, {@code payout_line} and
 * {@code payout_stamp}, created and upgraded by the Flyway migrations shipped in this jar (history in
 * {@code minzheng_ledger_history}). Nothing is created unless asked: call {@link #migrate(DataSource,
 * String)} once (or {@link Builder#migrate(boolean) migrate(true)}); {@link Builder#open()} of a
 * schema without the tables fails with a message saying so.
 *
 * <p><b>Guarantees</b>, those of {@link Ledger}, kept by the database:
 * <ul>
 *   <li>a run is one database transaction: its run row and every line commit together or not at all;
 *       a process killed mid-run, a server restart or a broken connection leaves nothing of it;
 *   <li>idempotency keys are unique in the database ({@code UNIQUE (idempotency_key)}), whatever
 *       program writes the table;
 *   <li>a run first takes a PostgreSQL transaction-level advisory lock on each (kind, run month)
 *       partition it writes, then reads the partition's recorded keys: two processes starting the same
 *       month at once are serialized, the second one finds the first one's lines recorded and records
 *       nothing;
 *   <li>a {@link LedgerDatabaseException} reports a database failure, saying whether the run may have
 *       been recorded all the same (only when the connection broke during the commit); running the run
 *       again is always safe.
 * </ul>
 *
 * <p><b>Speed.</b> New lines are streamed with {@code COPY … FROM STDIN} inside the run's transaction.
 * The recorded keys of a partition are read once per run into a set of 64-bit fingerprints (about 16
 * bytes a key), so a run of an already recorded month writes nothing and is faster than the first run.
 *
 * <p><b>Connections.</b> The {@link DataSource} comes from the host (HikariCP, say). A run holds one
 * connection from {@link #begin} to commit or close, and borrows a second one briefly to record a new
 * standards stamp, so a pool needs at least two connections. The library never sets a password or URL.
 *
 * <p>One transaction at a time per instance; otherwise thread-safe. Several instances, in one or many
 * processes, may share the same schema.
 *
 * @since 0.1
 */
public final class PostgresLedger implements Ledger {
  private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HISTORY_TABLE = "minzheng_ledger_history";
  /** Advisory-lock object id of the lock that numbers runs. */
  private static final int SEQ_LOCK = -1;
  private static final int FETCH = 10_000;
  private static final int COPY_CHUNK = 1 << 17;

  private final DataSource dataSource;
  private final String schema;
  private final String q; // the schema, quoted, with a dot
  private final int lockClass;
  private final Runnable afterCommit;
  private final AutoCloseable owned;
  private final Map<Stamp, Integer> stampIds = new HashMap<>();
  private Tx open;
  private boolean closed;

  private PostgresLedger(Builder b) {
    this.dataSource = b.dataSource;
    this.schema = b.schema;
    this.q = "\"" + b.schema + "\".";
    this.lockClass = 0x6d7a6c00 ^ b.schema.hashCode(); // "mzl", one lock space per schema
    this.afterCommit = b.afterCommit;
    this.owned = b.owned;
  }

  /**
   * @param dataSource where connections come from, not null
   * @return a builder of a ledger in schema {@code public}
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Creates or upgrades the ledger's tables in {@code schema} (creating the schema if absent), with the
   * migrations shipped in this jar; does nothing if they are up to date.
   *
   * @param dataSource where connections come from; its user needs the right to create tables, not null
   * @param schema the schema, lower case letters, digits and '_', not null
   * @return the number of migrations applied
   * @throws IllegalArgumentException if {@code schema} is not such a name
   * @throws org.flywaydb.core.api.FlywayException if a migration fails
   */
  public static int migrate(DataSource dataSource, String schema) {
    requireNonNull(dataSource, "dataSource");
    checkSchema(schema);
    MigrateResult r = Flyway.configure(PostgresLedger.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .table(HISTORY_TABLE)
        .locations("classpath:org/minzheng/ledger/jdbc/migration")
        .resourceProvider(new Migrations())
        .load()
        .migrate();
    return r.migrationsExecuted;
  }

  private static String checkSchema(String schema) {
    requireNonNull(schema, "schema");
    checkArgument(SCHEMA_NAME.matcher(schema).matches(),
        "schema '%s' is not a lower-case SQL name (letters a-z, digits, '_', at most 63)", schema);
    return schema;
  }

  /** @return the schema holding the ledger's tables */
  public String schema() {
    return schema;
  }

  /**
   * Builds a {@link PostgresLedger}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final DataSource dataSource;
    private String schema = "public";
    private boolean migrate;
    private Runnable afterCommit = () -> { };
    private AutoCloseable owned = () -> { };

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * @param schema the schema of the ledger's tables, lower case letters, digits and '_'; default {@code public}
     * @return this builder
     * @throws IllegalArgumentException if {@code schema} is not such a name
     */
    public Builder schema(String schema) {
      this.schema = checkSchema(schema);
      return this;
    }

    /**
     * @param migrate whether {@link #open()} creates or upgrades the tables first (default false: the
     *     tables must exist)
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Hands the ledger something to close when it is closed: the connection pool a host made for this
     * ledger alone (a command line, or the Spring Boot starter's {@code minzheng.ledger.jdbc-url}).
     *
     * @param resource closed by {@link PostgresLedger#close()}, after the ledger (if {@link #open()} fails,
     *     it is not closed: it stays the caller's); not null
     * @return this builder
     * @since 0.2
     */
    public Builder closing(AutoCloseable resource) {
      this.owned = requireNonNull(resource, "resource");
      return this;
    }

    /** Runs after the database has committed a run and before {@code commit()} returns: tests break the acknowledgement here. */
    Builder afterCommit(Runnable afterCommit) {
      this.afterCommit = requireNonNull(afterCommit, "afterCommit");
      return this;
    }

    /**
     * Opens the ledger, checking that its tables are there at the schema version this library writes.
     *
     * @return the ledger
     * @throws IllegalStateException if the tables are missing or at another schema version
     * @throws LedgerDatabaseException if the database cannot be reached
     */
    public PostgresLedger open() {
      if (migrate) {
        PostgresLedger.migrate(dataSource, schema);
      }
      PostgresLedger ledger = new PostgresLedger(this);
      ledger.checkSchemaVersion();
      return ledger;
    }
  }

  private void checkSchemaVersion() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL, to_regclass(?) IS NOT NULL")) {
      ps.setString(1, q + "payout_line");
      ps.setString(2, q + "\"" + HISTORY_TABLE + "\"");
      String version = null;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
          throw new IllegalStateException("schema '" + schema + "' has no minzheng ledger tables: create them with"
              + " PostgresLedger.migrate(dataSource, \"" + schema + "\") or builder(dataSource).migrate(true)");
        }
      }
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT version FROM " + q + HISTORY_TABLE
              + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
        if (rs.next()) {
          version = rs.getString(1);
        }
      }
      checkState(Migrations.LATEST.equals(version), "the minzheng ledger in schema '%s' is at schema version %s;"
          + " this library writes version %s: run PostgresLedger.migrate first", schema, version, Migrations.LATEST);
    } catch (SQLException e) {
      throw new LedgerDatabaseException("cannot read the minzheng ledger in schema '" + schema + "'", e, false);
    }
  }

  @Override
  public synchronized Transaction begin(RunHeader header) {
    requireNonNull(header, "header");
    checkState(!closed, "%s is closed", this);
    checkState(open == null, "a transaction for %s is already open on %s", open == null ? null : open.header, this);
    Connection c = null;
    try {
      c = liveConnection();
      c.setAutoCommit(false);
      open = new Tx(header, c);
      return open;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new LedgerDatabaseException("cannot start the run " + describe(header) + " on " + this
          + "; nothing of it is recorded", e, false);
    }
  }

  private static String describe(RunHeader h) {
    return h.kind() + " " + h.period() + (h.runMonth().equals(h.period()) ? "" : " paid in " + h.runMonth());
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the first failure matters more
      }
    }
  }

  @Override
  public boolean contains(PayoutLine line) {
    requireNonNull(line, "line");
    return read("look up a line", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + q + "payout_line WHERE idempotency_key = ?")) {
        ps.setString(1, line.idempotencyKey());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  @Override
  public List<RecordedRun> runs() {
    return read("read the runs", c -> {
      List<RecordedRun> out = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT seq, kind, period, run_month, lines, amount_fen FROM " + q
              + "payout_run WHERE seq IS NOT NULL ORDER BY seq")) {
        while (rs.next()) {
          out.add(new RecordedRun(rs.getLong(1), new RunHeader(RunKind.valueOf(rs.getString(2)), month(rs.getDate(3)),
              month(rs.getDate(4))), rs.getLong(5), Money.ofFen(rs.getLong(6))));
        }
      }
      return out;
    });
  }

  @Override
  public long lineCount() {
    return read("count the lines", c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT coalesce(sum(lines), 0) FROM " + q + "payout_run WHERE seq IS NOT NULL")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads in one read-only, repeatable-read transaction (a consistent snapshot, even while another
   * process records a run), run by run, fetching {@value #FETCH} rows at a time.
   *
   * @throws LedgerDatabaseException if the database fails
   */
  @Override
  public void forEachLine(Consumer<? super PayoutLine> action) {
    requireNonNull(action, "action");
    readLines(null, action);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Selects only the lines of those months ({@code WHERE period = …}, through the index
   * {@code payout_line_period} on (period, run_id, line_no), schema version 2): a month of a long
   * history reads that month's lines, not the table. Run by run in the order recorded, in one
   * read-only, repeatable-read transaction, fetching {@value #FETCH} rows at a time. For one month the
   * index gives each run's lines already in order; for several, the server sorts each run's lines of
   * those months by line number.
   *
   * @throws LedgerDatabaseException if the database fails
   * @since 0.4
   */
  @Override
  public void forEachLineOf(Set<YearMonth> periods, Consumer<? super PayoutLine> action) {
    requireNonNull(periods, "periods");
    requireNonNull(action, "action");
    if (periods.isEmpty()) {
      synchronized (this) {
        checkState(!closed, "%s is closed", this);
      }
      return;
    }
    readLines(periods, action);
  }

  /** Hands {@code action} the committed lines of {@code periods} (all lines if null), run by run in the order recorded. */
  private void readLines(Set<YearMonth> periods, Consumer<? super PayoutLine> action) {
    read("read the lines", false, c -> { // no retry: the action may have been handed lines already
      c.setAutoCommit(false); // a cursor: rows come FETCH at a time
      c.setReadOnly(true);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        Map<Integer, Stamp> stamps = loadStamps(c);
        List<Long> runIds = new ArrayList<>();
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT id FROM " + q + "payout_run WHERE seq IS NOT NULL ORDER BY seq")) {
          while (rs.next()) {
            runIds.add(rs.getLong(1));
          }
        }
        String sql = "SELECT run_month, period, scheme, beneficiary, payee, household_id, region, kind, amount_fen, persons,"
            + " stamp_id, corrects FROM " + q + "payout_line WHERE run_id = ?"
            + (periods == null ? "" : periods.size() == 1 ? " AND period = ?" : " AND period = ANY(?)") + " ORDER BY line_no";
        java.sql.Array months = periods == null || periods.size() == 1 ? null
            : c.createArrayOf("date", periods.stream().map(m -> Date.valueOf(m.atDay(1))).toArray());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setFetchSize(FETCH);
          Map<String, Beneficiary> payees = new HashMap<>();
          for (long id : runIds) {
            ps.setLong(1, id);
            if (periods != null && periods.size() == 1) {
              ps.setDate(2, Date.valueOf(periods.iterator().next().atDay(1)));
            } else if (periods != null) {
              ps.setArray(2, months);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                action.accept(line(rs, stamps, payees));
              }
            }
          }
        }
      } finally {
        c.rollback();
      }
      return null;
    });
  }

  private PayoutLine line(ResultSet rs, Map<Integer, Stamp> stamps, Map<String, Beneficiary> payees) throws SQLException {
    Beneficiary beneficiary = beneficiary(rs.getString(4));
    String payeeText = rs.getString(5);
    Beneficiary payee = payeeText.equals(rs.getString(4)) ? beneficiary
        : payees.size() < 100_000 ? payees.computeIfAbsent(payeeText, PostgresLedger::beneficiary) : beneficiary(payeeText);
    Stamp stamp = stamps.get(rs.getInt(11));
    return new PayoutLine(month(rs.getDate(1)), month(rs.getDate(2)), Scheme.valueOf(rs.getString(3)), beneficiary, payee,
        HouseholdId.of(rs.getString(6)), RegionCode.of(rs.getString(7)), PayoutKind.valueOf(rs.getString(8)),
        Money.ofFen(rs.getLong(9)), rs.getInt(10), stamp, rs.getString(12));
  }

  private Map<Integer, Stamp> loadStamps(Connection c) throws SQLException {
    Map<Integer, Stamp> stamps = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, library_version, modules::text, parameter_hash, known_on FROM " + q
            + "payout_stamp")) {
      while (rs.next()) {
        Date knownOn = rs.getDate(5);
        stamps.put(rs.getInt(1), new Stamp(rs.getString(2), modules(rs.getString(3)), rs.getString(4),
            Optional.ofNullable(knownOn).map(Date::toLocalDate)));
      }
    }
    return stamps;
  }

  private static Map<String, String> modules(String json) {
    try {
      return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
    } catch (java.io.IOException e) {
      throw new IllegalStateException("payout_stamp.modules is not a JSON object of text: " + json, e);
    }
  }

  private static YearMonth month(java.sql.Date d) {
    LocalDate l = d.toLocalDate();
    return YearMonth.of(l.getYear(), l.getMonthValue());
  }

  private static Beneficiary beneficiary(String s) {
    int i = s.indexOf(':');
    checkState(i > 0, "beneficiary '%s' in the ledger is not KIND:id", s);
    return new Beneficiary(Beneficiary.Kind.valueOf(s.substring(0, i)), s.substring(i + 1));
  }

  private static String text(Beneficiary b) {
    return b.kind().name() + ':' + b.id();
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Work<T> work) {
    return read(what, true, work);
  }

  /**
   * Runs {@code work} on a connection of its own. With {@code retry}, once more on another connection
   * if the first one turns out dead (a pool's connection that died with a server restart): only for
   * work that hands nothing out before it returns.
   */
  private <T> T read(String what, boolean retry, Work<T> work) {
    synchronized (this) {
      checkState(!closed, "%s is closed", this);
    }
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        return work.run(c);
      } catch (SQLException e) {
        if (retry && attempt == 1 && isConnectionLost(e)) {
          continue; // a pooled connection that died with a server restart: reading again is safe
        }
        throw new LedgerDatabaseException("cannot " + what + " of " + this, e, false);
      }
    }
  }

  /** Whether {@code e} says the connection is gone (SQL state class 08, or the server shutting the session down). */
  private static boolean isConnectionLost(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }

  /** A connection from the pool that answers: one that died with a server restart is dropped and another one taken. */
  private Connection liveConnection() throws SQLException {
    Connection c = dataSource.getConnection();
    if (!c.isValid(5)) {
      closeQuietly(c);
      c = dataSource.getConnection();
    }
    return c;
  }

  /** The id of a stamp, recorded (in a short transaction of its own) if new: stamps are reference data, kept even if the run fails. */
  private int stampId(Stamp s) throws SQLException {
    synchronized (stampIds) {
      Integer id = stampIds.get(s);
      if (id != null) {
        return id;
      }
    }
    String modules;
    try {
      modules = JSON.writeValueAsString(s.modules());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    int id;
    try (Connection c = liveConnection()) {
      c.setAutoCommit(true);
      // the conflict target is the unique index payout_stamp_unique, which counts a null known_on as one value
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + q + "payout_stamp (library_version, modules,"
          + " parameter_hash, known_on) VALUES (?, ?::jsonb, ?, ?) ON CONFLICT (library_version, modules, parameter_hash,"
          + " (coalesce(known_on, 'infinity'::date))) DO NOTHING");
          PreparedStatement sel = c.prepareStatement("SELECT id FROM " + q + "payout_stamp WHERE library_version = ?"
              + " AND modules = ?::jsonb AND parameter_hash = ? AND known_on IS NOT DISTINCT FROM ?")) {
        Date knownOn = s.knownOn().map(Date::valueOf).orElse(null);
        for (PreparedStatement ps : List.of(ins, sel)) {
          ps.setString(1, s.libraryVersion());
          ps.setString(2, modules);
          ps.setString(3, s.parameterHash());
          ps.setDate(4, knownOn);
        }
        ins.executeUpdate();
        try (ResultSet rs = sel.executeQuery()) {
          checkState(rs.next(), "stamp %s was recorded but cannot be read back", s);
          id = rs.getInt(1);
        }
      }
    }
    synchronized (stampIds) {
      stampIds.put(s, id);
    }
    return id;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      if (open != null) {
        open.close();
      }
    } finally {
      closed = true;
      try {
        owned.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing " + this + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "PostgresLedger[schema " + schema + "]";
  }

  /** The advisory-lock object id of a (kind, run month) partition. */
  private static int partition(PayoutKind kind, YearMonth runMonth) {
    return (runMonth.getYear() * 12 + runMonth.getMonthValue() - 1) * 64 + kind.ordinal();
  }

  private final class Tx implements Transaction {
    private final RunHeader header;
    private final Connection con;
    private final RunKeyIndex<SQLException> keys = RunKeyIndex.of(this::lockAndLoad);
    // the engine hands out one Stamp instance per region and month: look up by identity first
    private final Map<Stamp, Integer> stampInstances = new IdentityHashMap<>();
    private final CopyRows rows = new CopyRows();
    private CopyIn copy;
    private long runId = -1;
    private long lines;
    private long fen;
    private boolean done;

    Tx(RunHeader header, Connection con) {
      this.header = header;
      this.con = con;
    }

    @Override
    public RunHeader header() {
      return header;
    }

    @Override
    public boolean add(PayoutLine line) {
      requireNonNull(line, "line");
      synchronized (PostgresLedger.this) {
        checkState(!done && open == this, "transaction for %s is finished", header);
        try {
          if (!keys.admit(line)) { // a duplicate throws: the run is dropped when the caller closes the transaction
            return false;
          }
          write(line);
        } catch (SQLException e) {
          fail();
          throw new LedgerDatabaseException("the run " + describe(header) + " failed on " + PostgresLedger.this
              + "; nothing of it is recorded, run it again", e, false);
        }
        lines++;
        fen = Math.addExact(fen, line.amount().fen());
        return true;
      }
    }

    /** Waits for the partition's lock (held until this transaction ends), then reads its recorded keys. */
    private void lockAndLoad(PayoutKind kind, YearMonth runMonth, LongConsumer sink) throws SQLException {
      endCopy();
      try (PreparedStatement lock = con.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
        lock.setInt(1, lockClass);
        lock.setInt(2, partition(kind, runMonth));
        lock.execute();
      }
      try (PreparedStatement ps = con.prepareStatement("SELECT idempotency_key FROM " + q
          + "payout_line WHERE run_month = ? AND kind = ?")) {
        ps.setFetchSize(50_000);
        ps.setDate(1, Date.valueOf(runMonth.atDay(1)));
        ps.setString(2, kind.name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(FINGERPRINT.hashString(rs.getString(1), java.nio.charset.StandardCharsets.UTF_8).asLong());
          }
        }
      }
    }

    private void write(PayoutLine l) throws SQLException {
      if (runId < 0) {
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO " + q + "payout_run (kind, period, run_month)"
            + " VALUES (?, ?, ?) RETURNING id")) {
          ps.setString(1, header.kind().name());
          ps.setDate(2, Date.valueOf(header.period().atDay(1)));
          ps.setDate(3, Date.valueOf(header.runMonth().atDay(1)));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            runId = rs.getLong(1);
          }
        }
      }
      Integer stamp = stampInstances.get(l.stamp());
      if (stamp == null) {
        stamp = stampId(l.stamp());
        if (stampInstances.size() < 4096) {
          stampInstances.put(l.stamp(), stamp);
        }
      }
      String beneficiary = text(l.beneficiary());
      rows.text(Long.toString(runId), true).number(lines + 1).text(l.idempotencyKey(), false)
          .month(l.runMonth()).month(l.period()).text(l.scheme().name(), false).text(beneficiary, false)
          .text(l.payee().equals(l.beneficiary()) ? beneficiary : text(l.payee()), false)
          .text(l.householdId().value(), false).text(l.region().code(), false).text(l.kind().name(), false)
          .number(l.amount().fen()).number(l.persons()).number(stamp).text(l.corrects(), false).endRow();
      if (rows.length() >= COPY_CHUNK) {
        flush();
      }
    }

    private void flush() throws SQLException {
      if (rows.length() == 0) {
        return;
      }
      if (copy == null) {
        copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + q + "payout_line (run_id, line_no,"
            + " idempotency_key, run_month, period, scheme, beneficiary, payee, household_id, region, kind, amount_fen,"
            + " persons, stamp_id, corrects) FROM STDIN");
      }
      copy.writeToCopy(rows.array(), 0, rows.length());
      rows.clear();
    }

    private void endCopy() throws SQLException {
      flush();
      if (copy != null) {
        CopyIn c = copy;
        copy = null;
        c.endCopy();
      }
    }

    @Override
    public long size() {
      return lines;
    }

    @Override
    public Optional<RecordedRun> commit() {
      synchronized (PostgresLedger.this) {
        checkState(!done && open == this, "transaction for %s is finished", header);
        if (lines == 0) {
          fail(); // nothing to record; ends the transaction and releases the locks
          return Optional.empty();
        }
        long seq;
        try {
          endCopy();
          try (PreparedStatement lock = con.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, lockClass);
            lock.setInt(2, SEQ_LOCK);
            lock.execute();
          }
          try (PreparedStatement ps = con.prepareStatement("UPDATE " + q + "payout_run SET seq = (SELECT coalesce(max(seq), 0) + 1"
              + " FROM " + q + "payout_run), lines = ?, amount_fen = ?, recorded_at = now() WHERE id = ? RETURNING seq")) {
            ps.setLong(1, lines);
            ps.setLong(2, fen);
            ps.setLong(3, runId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              seq = rs.getLong(1);
            }
          }
        } catch (SQLException e) {
          fail();
          throw new LedgerDatabaseException("the run " + describe(header) + " failed on " + PostgresLedger.this
              + "; nothing of it is recorded, run it again", e, false);
        }
        try {
          con.commit();
        } catch (SQLException e) {
          fail();
          throw new LedgerDatabaseException("the connection failed while committing the run " + describe(header) + " on "
              + PostgresLedger.this + "; it may or may not be recorded: run it again, lines already recorded are skipped", e, true);
        }
        finish();
        afterCommit.run();
        return Optional.of(new RecordedRun(seq, header, lines, Money.ofFen(fen)));
      }
    }

    /** Rolls back (the server also rolls back on its own when the connection is gone) and ends the transaction. */
    private void fail() {
      try {
        if (copy != null) {
          CopyIn c = copy;
          copy = null;
          if (c.isActive()) {
            c.cancelCopy();
          }
        }
      } catch (SQLException ignored) {
        // the connection is going away anyway
      }
      try {
        con.rollback();
      } catch (SQLException ignored) {
        // a broken connection: the server has already rolled the transaction back
      }
      finish();
    }

    private void finish() {
      done = true;
      keys.clear();
      closeQuietly(con);
      if (open == this) {
        open = null;
      }
    }

    @Override
    public void close() {
      synchronized (PostgresLedger.this) {
        if (!done) {
          fail();
        }
      }
    }
  }
}
