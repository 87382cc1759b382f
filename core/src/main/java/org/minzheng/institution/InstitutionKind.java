package org.minzheng.institution;

/**
 * The kinds of institution of rules.md §7.
 *
 * @since 0.1
 */
public enum InstitutionKind {
  /** 养老机构. */
  ELDERLY_CARE("养老机构", "elderly-care institution"),
  /** 特困供养服务机构 (敬老院). */
  EXTREME_POVERTY_SUPPORT("特困人员供养服务机构", "extreme-poverty support institution"),
  /** 综合养老服务中心. */
  COMPREHENSIVE_ELDERLY_CARE_CENTRE("综合养老服务中心", "comprehensive elderly-care service centre"),
  /** 老年人日间照料中心. */
  DAY_CARE_CENTRE("老年人日间照料中心", "day-care centre"),
  /** 农村幸福院. */
  RURAL_HAPPINESS_HOME("农村幸福院", "rural happiness home"),
  /** 儿童福利机构. */
  CHILD_WELFARE("儿童福利机构", "child welfare institution"),
  /** 未成年人救助保护中心. */
  MINORS_PROTECTION_CENTRE("未成年人救助保护中心", "minors' protection centre"),
  /** 城市公益性公墓 (a construction task the bureau reports, not a service institution). */
  URBAN_PUBLIC_CEMETERY("城市公益性公墓", "urban public cemetery"),
  /** 乡镇示范性农村公益性公墓 (a construction task the bureau reports). */
  RURAL_PUBLIC_CEMETERY("乡镇示范性农村公益性公墓", "township rural public cemetery"),
  /** 其他民政服务机构. */
  OTHER("其他民政服务机构", "other institution");

  private final String chinese;
  private final String english;

  InstitutionKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Whether the kind is an elderly-care institution in substance (rules.md §7, clarified): 养老机构,
   * 敬老院 / 特困供养服务机构 and 综合养老服务中心 (with beds). These are the kinds the 200-bed clause of
   * the dual-prevention coverage covers and the nursing-bed share counts.
   *
   * @return true for {@link #ELDERLY_CARE}, {@link #EXTREME_POVERTY_SUPPORT} and {@link #COMPREHENSIVE_ELDERLY_CARE_CENTRE}
   */
  public boolean isElderlyCareInSubstance() {
    return this == ELDERLY_CARE || this == EXTREME_POVERTY_SUPPORT || this == COMPREHENSIVE_ELDERLY_CARE_CENTRE;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the English name */
  public String english() {
    return english;
  }
}
