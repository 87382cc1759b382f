package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An administrative division code of GB/T 2260 (行政区划代码): six digits, {@code PPCCDD}.
 *
 * <p>A code ending in {@code 0000} is a province, one ending in {@code 00} a city (prefecture), any
 * other a county-level division (district, county or county-level city). Standards resolve from the
 * most local level up: county → city → province ({@link #chain()}). Pingdingshan is {@code 410400};
 * Ruzhou {@code 410482} is administered by the province directly but still falls back to the city's
 * values for what it does not set itself.
 *
 * <p>Construction checks the form only; whether a code is known is the registry's question.
 *
 * @param code the six digits, not null
 * @since 0.1
 */
public record RegionCode(String code) implements Comparable<RegionCode> {

  /** The level of an administrative division. */
  public enum Level {
    /** 省级. */
    PROVINCE,
    /** 地级 (市). */
    CITY,
    /** 县级 (区, 县, 县级市). */
    COUNTY
  }

  /**
   * Checks the form of the code.
   *
   * @throws IllegalArgumentException if the code is not six digits with a province part 11–82
   * @param code the six digits, not null
   */
  public RegionCode {
    requireNonNull(code, "code");
    if (!sixDigits(code)) { // the excerpt is made only for the message: a code is read with every household
      throw new IllegalArgumentException("region code '" + Excerpt.of(code) + "' is not six digits (GB/T 2260)");
    }
    int province = Integer.parseInt(code.substring(0, 2));
    checkArgument(province >= 11 && province <= 82, "region code '%s' has no valid province part (11-82)", code);
  }

  /**
   * @param code six digits, not null
   * @return the region code
   * @throws IllegalArgumentException if the code is malformed; the message quotes it
   */
  public static RegionCode of(String code) {
    return new RegionCode(code);
  }

  /** @return the level of this division */
  public Level level() {
    if (code.endsWith("0000")) {
      return Level.PROVINCE;
    }
    return code.endsWith("00") ? Level.CITY : Level.COUNTY;
  }

  /** @return the next level up: county → city, city → province; empty for a province */
  public Optional<RegionCode> parent() {
    switch (level()) {
      case COUNTY:
        return Optional.of(new RegionCode(code.substring(0, 4) + "00"));
      case CITY:
        return Optional.of(new RegionCode(code.substring(0, 2) + "0000"));
      default:
        return Optional.empty();
    }
  }

  /** @return this code and its ancestors, most local first: e.g. 410482, 410400, 410000 */
  public List<RegionCode> chain() {
    ImmutableList.Builder<RegionCode> b = ImmutableList.builder();
    Optional<RegionCode> r = Optional.of(this);
    while (r.isPresent()) {
      b.add(r.get());
      r = r.get().parent();
    }
    return b.build();
  }

  /**
   * @param other another code, not null
   * @return true if {@code other} is this division or lies within it
   */
  public boolean contains(RegionCode other) {
    return other.chain().contains(this);
  }

  @Override
  public int compareTo(RegionCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }

  private static boolean sixDigits(String code) {
    if (code.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
