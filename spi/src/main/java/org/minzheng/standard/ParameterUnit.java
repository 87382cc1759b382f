package org.minzheng.standard;

/**
 * The unit of a parameter's value. A standards document states it for every parameter, and it must
 * agree with the unit the {@link Parameters catalogue} declares.
 *
 * @since 0.1
 */
public enum ParameterUnit {
  /** 元/人/月. */
  YUAN_PER_PERSON_MONTH("元/人/月", "yuan per person per month"),
  /** 元/人/年. */
  YUAN_PER_PERSON_YEAR("元/人/年", "yuan per person per year"),
  /** 元/户/月. */
  YUAN_PER_HOUSEHOLD_MONTH("元/户/月", "yuan per household per month"),
  /** 百分比. */
  PERCENT("%", "percent"),
  /** 倍数 or 比率. */
  RATIO("倍", "ratio"),
  /** 周岁. */
  YEARS("周岁", "years of age"),
  /** 月. */
  MONTHS("月", "months"),
  /** 张 (beds). */
  BEDS("张", "beds"),
  /** 人. */
  PERSONS("人", "persons"),
  /** 户. */
  HOUSEHOLDS("户", "households"),
  /** No unit: a rule, a choice or a list. */
  NONE("", "");

  private final String chinese;
  private final String english;

  ParameterUnit(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** @return the unit in Chinese, e.g. {@code 元/人/月} */
  public String chinese() {
    return chinese;
  }

  /** @return the unit in English */
  public String english() {
    return english;
  }
}
