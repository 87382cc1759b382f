package org.minzheng.institution;

/**
 * The clauses of the mandatory dual-prevention coverage (双重预防体系全覆盖, 豫民明电〔2020〕39号,
 * 平安委办〔2020〕9号; rules.md §7).
 *
 * @since 0.1
 */
public enum CoverageClause {
  /** Every institution directly under a civil-affairs department (各级民政部门直属的民政服务机构). */
  DIRECTLY_UNDER_CIVIL_AFFAIRS,
  /** Every elderly-care institution with at least the threshold of beds (床位数在200张以上的养老机构). */
  ELDERLY_CARE_BEDS,
  /** Every rural extreme-poverty support institution with at least the threshold of residents (供养人数在80人以上的农村特困人员供养机构). */
  RURAL_SUPPORT_RESIDENTS
}
