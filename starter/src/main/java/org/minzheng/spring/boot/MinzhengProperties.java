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

  /** @return the value of {@code standardsPaths}, described on the field */

  public List<Resource> getStandardsPaths() {
    return standardsPaths;
  }

  /** @param standardsPaths the new value of {@code standardsPaths}, described on the field */

  public void setStandardsPaths(List<Resource> standardsPaths) {
    this.standardsPaths = standardsPaths;
  }

  /** @return the value of {@code resolutionMode}, described on the field */

  public ResolutionMode getResolutionMode() {
    return resolutionMode;
  }

  /** @param resolutionMode the new value of {@code resolutionMode}, described on the field */

  public void setResolutionMode(ResolutionMode resolutionMode) {
    this.resolutionMode = resolutionMode;
  }

  /** @return the value of {@code priceIndex}, described on the field */

  public Resource getPriceIndex() {
    return priceIndex;
  }

  /** @param priceIndex the new value of {@code priceIndex}, described on the field */

  public void setPriceIndex(Resource priceIndex) {
    this.priceIndex = priceIndex;
  }

  /** @return the value of {@code explanations}, described on the field */

  public boolean isExplanations() {
    return explanations;
  }

  /** @param explanations the new value of {@code explanations}, described on the field */

  public void setExplanations(boolean explanations) {
    this.explanations = explanations;
  }

  /** @return the value of {@code zone}, described on the field */

  public ZoneId getZone() {
    return zone;
  }

  /** @param zone the new value of {@code zone}, described on the field */

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /** @return the value of {@code ledger}, described on the field */

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

    /** @return the value of {@code jdbcUrl}, described on the field */
    public String getJdbcUrl() {
      return jdbcUrl;
    }

    /** @param jdbcUrl the new value of {@code jdbcUrl}, described on the field */
    public void setJdbcUrl(String jdbcUrl) {
      this.jdbcUrl = jdbcUrl;
    }

    /** @return the value of {@code username}, described on the field */
    public String getUsername() {
      return username;
    }

    /** @param username the new value of {@code username}, described on the field */
    public void setUsername(String username) {
      this.username = username;
    }

    /** @return the value of {@code password}, described on the field */
    public String getPassword() {
      return password;
    }

    /** @param password the new value of {@code password}, described on the field */
    public void setPassword(String password) {
      this.password = password;
    }

    /** @return the value of {@code schema}, described on the field */
    public String getSchema() {
      return schema;
    }

    /** @param schema the new value of {@code schema}, described on the field */
    public void setSchema(String schema) {
      this.schema = schema;
    }

    /** @return the value of {@code migrate}, described on the field */
    public boolean isMigrate() {
      return migrate;
    }

    /** @param migrate the new value of {@code migrate}, described on the field */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /** @return the value of {@code maxConnections}, described on the field */
    public int getMaxConnections() {
      return maxConnections;
    }

    /** @param maxConnections the new value of {@code maxConnections}, described on the field */
    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    /** @return the value of {@code folder}, described on the field */

    public Path getFolder() {
      return folder;
    }

    /** @param folder the new value of {@code folder}, described on the field */

    public void setFolder(Path folder) {
      this.folder = folder;
    }

    /** @return the value of {@code fileName}, described on the field */

    public String getFileName() {
      return fileName;
    }

    /** @param fileName the new value of {@code fileName}, described on the field */

    public void setFileName(String fileName) {
      this.fileName = fileName;
    }
  }
}
