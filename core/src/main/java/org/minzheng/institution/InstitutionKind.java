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
  /** 其他民政服务机构. */
  OTHER("其他民政服务机构", "other institution");

  private final String chinese;
  private final String english;

  InstitutionKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
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
