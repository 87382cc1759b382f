package org.minzheng.household;

/**
 * Categories of income. The first five are counted for dibao and extreme poverty; the rest are not
 * (最低生活保障审核确认办法, 民发〔2021〕57号).
 *
 * @since 0.1
 */
public enum IncomeCategory {
  /** 工资性收入, counted net of the employment-cost deduction. */
  WAGES(true),
  /** 经营净收入. */
  BUSINESS(true),
  /** 财产净收入. */
  PROPERTY(true),
  /** 转移净收入. */
  TRANSFER(true),
  /** 其他收入. */
  OTHER(true),
  /** 优待抚恤金 (not counted). */
  PREFERENTIAL_CARE_PENSION(false),
  /** 计划生育奖励与扶助金 (not counted). */
  FAMILY_PLANNING_REWARD(false),
  /** 奖学金 (not counted). */
  SCHOLARSHIP(false),
  /** 见义勇为奖励 (not counted). */
  BRAVERY_AWARD(false),
  /** 政府社会救助资金, every scheme of this library and the old-age allowance (not counted). */
  SOCIAL_ASSISTANCE(false),
  /** 城乡居民基础养老金 (not counted). */
  RESIDENT_BASIC_PENSION(false),
  /** 残疾人两项补贴 (not counted). */
  DISABILITY_SUBSIDY(false);

  private final boolean counted;

  IncomeCategory(boolean counted) {
    this.counted = counted;
  }

  /** @return true if the category counts towards household income */
  public boolean isCounted() {
    return counted;
  }
}
