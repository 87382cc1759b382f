package org.minzheng.report;

/**
 * What a report row groups by besides the scheme.
 *
 * @since 0.1
 */
public enum ReportLevel {
  /** A county-level region (区, 县, 县级市), from the household's region. */
  COUNTY,
  /** A city (市), the county's parent. */
  CITY,
  /** The institution paid (centralized extreme-poverty support): rows keyed by institution id. */
  INSTITUTION
}
