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

  /** {@code minzheng.ledger.*}: where the default append-only file ledger lives. */
  public static class LedgerProperties {
    /** The folder of the default FileLedger; created when missing. */
    private Path folder = Path.of("minzheng-data");

    /** The ledger's file name inside the folder. */
    private String fileName = "payouts.ledger";

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
