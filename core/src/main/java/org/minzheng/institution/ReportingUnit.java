package org.minzheng.institution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.minzheng.standard.RegionInfo;

/**
 * A unit a bureau reports by: a county-level region, or a functional zone that has no GB/T 2260 code
 * of its own but is reported beside the districts, such as Pingdingshan's 城乡一体化示范区
 * (urban-rural integration demonstration zone) in the seed's section on funeral reform.
 *
 * @param code a stable code: the region code, or an id chosen by the data (e.g. {@code 410400-SFQ}), not blank
 * @param chinese the Chinese name, not blank
 * @param english the English name, not blank
 * @since 0.1
 */
public record ReportingUnit(String code, String chinese, String english) {
  /**
   * Checks the components.
   *
   * @param code a stable code: the region code, or an id chosen by the data (e.g. {@code 410400-SFQ}), not blank
   * @param chinese the Chinese name, not blank
   * @param english the English name, not blank
   */
  public ReportingUnit {
    checkArgument(!requireNonNull(code, "code").isBlank(), "reporting unit code is blank");
    checkArgument(!requireNonNull(chinese, "chinese").isBlank(), "reporting unit %s has a blank Chinese name", code);
    checkArgument(!requireNonNull(english, "english").isBlank(), "reporting unit %s has a blank English name", code);
  }

  /**
   * @param region a declared region, not null
   * @return the region as a reporting unit
   */
  public static ReportingUnit of(RegionInfo region) {
    return new ReportingUnit(region.code().code(), region.chinese(), region.english());
  }

  /**
   * @param zh Chinese or else English
   * @return the name in that language
   */
  public String name(boolean zh) {
    return zh ? chinese : english;
  }
}
