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

  /** {@code minzheng.ledger.*}: where the default append-only file ledger lives. */
  public static class LedgerProperties {
    /** The folder of the default FileLedger; created when missing. */
    private Path folder = Path.of("minzheng-data");

    /** The ledger's file name inside the folder. */
    private String fileName = "payouts.ledger";

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
