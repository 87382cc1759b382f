package org.minzheng;

import static java.util.Objects.requireNonNull;

import org.minzheng.standard.MinzhengException;
import org.minzheng.standard.RegionCode;

/**
 * A region code that no loaded standards module declares.
 *
 * @since 0.1
 */
public class UnknownRegionException extends MinzhengException {
  private static final long serialVersionUID = 1L;

  /** The code no loaded module declares. */
  private final RegionCode region;

  /**
   * @param region the unknown code, not null
   * @param known a short list of the codes that are known, for the message, not null
   */
  public UnknownRegionException(RegionCode region, String known) {
    super("unknown region code " + region + ": no loaded standards module declares it (known: " + known + ")");
    this.region = requireNonNull(region, "region");
  }

  /** @return the unknown code */
  public RegionCode region() {
    return region;
  }
}
