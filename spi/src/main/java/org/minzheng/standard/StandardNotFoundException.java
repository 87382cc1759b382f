package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * No standards module gives a value for a parameter in a region on a date (strict mode).
 *
 * @since 0.1
 */
public class StandardNotFoundException extends MinzhengException {
  private static final long serialVersionUID = 1L;

  /** The parameter id that has no value. */
  private final String parameter;
  /** The region asked about. */
  private final RegionCode region;
  /** The date asked about. */
  private final LocalDate date;

  /**
   * @param parameter the parameter id, not null
   * @param region the region asked for, not null
   * @param date the date asked for, not null
   * @param detail what was searched, not null
   */
  public StandardNotFoundException(String parameter, RegionCode region, LocalDate date, String detail) {
    super("no standard for parameter " + parameter + " in region " + region + " on " + date + ": " + detail);
    this.parameter = requireNonNull(parameter, "parameter");
    this.region = requireNonNull(region, "region");
    this.date = requireNonNull(date, "date");
  }

  /** @return the parameter id */
  public String parameter() {
    return parameter;
  }

  /** @return the region asked for */
  public RegionCode region() {
    return region;
  }

  /** @return the date asked for */
  public LocalDate date() {
    return date;
  }
}
