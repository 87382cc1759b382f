package org.minzheng.standard;

/**
 * A scheme, or another group of parameters a standards module can claim for a region and period.
 *
 * <p>The benefit schemes are those of rules.md §1–§6; {@link #GENERAL}, {@link #INSTITUTIONS} and
 * {@link #COMMUNITY_GRIDS} group the parameters that are not a benefit.
 *
 * @since 0.1
 */
public enum Scheme {
  /** Parameters every scheme shares (age reference). */
  GENERAL("通用", "General", false),
  /** 最低生活保障 (dibao), per household, monthly. */
  DIBAO("最低生活保障", "Minimum living guarantee", true),
  /** 特困人员救助供养, per person, monthly. */
  EXTREME_POVERTY("特困人员救助供养", "Extreme-poverty support", true),
  /** 临时救助, per case, one-off. */
  TEMPORARY_ASSISTANCE("临时救助", "Temporary assistance", true),
  /** 价格临时补贴, per person, monthly. */
  PRICE_SUBSIDY("价格临时补贴", "Price-linked temporary subsidy", true),
  /** 高龄津贴, per person, monthly. */
  OLD_AGE_ALLOWANCE("高龄津贴", "Old-age allowance", true),
  /** 困难残疾人生活补贴, per person, monthly. */
  DISABILITY_LIVING_SUBSIDY("困难残疾人生活补贴", "Living subsidy for disabled people in hardship", true),
  /** 重度残疾人护理补贴, per person, monthly. */
  DISABILITY_NURSING_SUBSIDY("重度残疾人护理补贴", "Nursing subsidy for severely disabled people", true),
  /** 民政服务机构: dual-prevention coverage and nursing-bed targets. */
  INSTITUTIONS("民政服务机构", "Institutions", false),
  /** 社区网格. */
  COMMUNITY_GRIDS("社区网格", "Community grids", false);

  private final String chinese;
  private final String english;
  private final boolean benefit;

  Scheme(String chinese, String english, boolean benefit) {
    this.chinese = chinese;
    this.english = english;
    this.benefit = benefit;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the English name */
  public String english() {
    return english;
  }

  /** @return true for a scheme that pays money to a beneficiary */
  public boolean isBenefit() {
    return benefit;
  }
}
