package org.minzheng.spring.boot;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.ResolutionMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code minzheng.*} configuration of {@link MinzhengAutoConfiguration}. Every property has a
 * default, so an application that only adds the starter and a standards module gets a working
 * registry, calculator and ledger.
 */
@ConfigurationProperties(prefix = "minzheng")
public class MinzhengProperties {
  /**
   * Standards documents to load in addition to the standards modules found by ServiceLoader, as
   * resource locations (file:/etc/minzheng/county.json, classpath:county.json). Each document's
   * "module" names its provider; a problem in any of them stops the application at start-up.
   */
  private List<Resource> standardsPaths = new ArrayList<>();

  /**
   * STRICT (a parameter with no value in force on the date is an error) or LENIENT (the nearest
   * value is used and the result carries a warning).
   */
  private ResolutionMode resolutionMode = ResolutionMode.STRICT;

  /**
   * A price-index series (the JSON of org.minzheng.household.PriceIndexSeries) for the price-linked
   * temporary subsidy; without one, that subsidy is undetermined where it needs an index.
   */
  private Resource priceIndex;

  /** Whether results carry their step-by-step explanation (off makes batch work faster). */
  private boolean explanations = true;

  /** The time zone of the calculator's clock, used when the context has no java.time.Clock bean. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  /** The payout ledger. */
  private final LedgerProperties ledger = new LedgerProperties();

  public List<Resource> getStandardsPaths() {
    return standardsPaths;
  }

  public void setStandardsPaths(List<Resource> standardsPaths) {
    this.standardsPaths = standardsPaths;
  }

  public ResolutionMode getResolutionMode() {
    return resolutionMode;
  }

  public void setResolutionMode(ResolutionMode resolutionMode) {
    this.resolutionMode = resolutionMode;
  }

  public Resource getPriceIndex() {
    return priceIndex;
  }

  public void setPriceIndex(Resource priceIndex) {
    this.priceIndex = priceIndex;
  }

  public boolean isExplanations() {
    return explanations;
  }

  public void setExplanations(boolean explanations) {
    this.explanations = explanations;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public LedgerProperties getLedger() {
    return ledger;
  }

  /**
   * {@code minzheng.ledger.*}: where the default append-only file ledger lives, or, with
   * {@code minzheng.ledger.jdbc-url}, the PostgreSQL database that holds the ledger instead.
   */
  public static class LedgerProperties {
    /** The folder of the default FileLedger; created when missing. */
    private Path folder = Path.of("minzheng-data");

    /** The ledger's file name inside the folder. */
    private String fileName = "payouts.ledger";

    /**
     * A PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE): when set, the ledger is a
     * PostgresLedger in that database, on a connection pool of its own, instead of the file ledger.
     * Needs org.minzheng:minzheng-ledger-jdbc and com.zaxxer:HikariCP on the class path.
     */
    private String jdbcUrl;

    /** The database user of minzheng.ledger.jdbc-url. */
    private String username;

    /** The database password of minzheng.ledger.jdbc-url (prefer an environment variable, MINZHENG_LEDGER_PASSWORD). */
    private String password;

    /** The schema of the ledger's tables in minzheng.ledger.jdbc-url. */
    private String schema = "minzheng";

    /** Whether to create or upgrade the ledger's tables at start-up (never done unasked). */
    private boolean migrate;

    /** The most connections the ledger's pool opens; at least 3 (a run, a read beside it, a new stamp). */
    private int maxConnections = 4;

    public String getJdbcUrl() {
      return jdbcUrl;
    }

    public void setJdbcUrl(String jdbcUrl) {
      this.jdbcUrl = jdbcUrl;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getSchema() {
      return schema;
    }

    public void setSchema(String schema) {
      this.schema = schema;
    }

    public boolean isMigrate() {
      return migrate;
    }

    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    public int getMaxConnections() {
      return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    public Path getFolder() {
      return folder;
    }

    public void setFolder(Path folder) {
      this.folder = folder;
    }

    public String getFileName() {
      return fileName;
    }

    public void setFileName(String fileName) {
      this.fileName = fileName;
    }
  }
}
