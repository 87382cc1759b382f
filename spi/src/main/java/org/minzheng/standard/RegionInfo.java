package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

/**
 * A region a standards module covers, with its names.
 *
 * @param code the GB/T 2260 code, not null
 * @param chinese the Chinese name, e.g. {@code 汝州市}, not null
 * @param english the English name, e.g. {@code Ruzhou City}, not null
 * @since 0.1
 */
public record RegionInfo(RegionCode code, String chinese, String english) {
  /**
   * Checks the components.
   *
   * @param code the GB/T 2260 code, not null
   * @param chinese the Chinese name, e.g. {@code 汝州市}, not null
   * @param english the English name, e.g. {@code Ruzhou City}, not null
   */
  public RegionInfo {
    requireNonNull(code, "code");
    requireNonNull(chinese, "chinese");
    requireNonNull(english, "english");
  }
}
