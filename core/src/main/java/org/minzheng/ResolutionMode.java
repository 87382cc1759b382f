package org.minzheng;

/**
 * What the registry does when a parameter has no value in force on the date asked.
 *
 * @since 0.1
 */
public enum ResolutionMode {
  /** Throw {@link org.minzheng.standard.StandardNotFoundException} naming the parameter, region and date (the default). */
  STRICT,
  /**
   * Use the nearest value in time (the latest that ended before the date, else the earliest that
   * starts after it) and attach a warning to the result; never a silent default. A parameter with no
   * value at all still throws.
   */
  LENIENT
}
