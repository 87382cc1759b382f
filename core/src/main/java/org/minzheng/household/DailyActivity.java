package org.minzheng.household;

/**
 * The six activities of self-care assessed for extreme-poverty care (豫民〔2021〕7号).
 *
 * @since 0.1
 */
public enum DailyActivity {
  /** 自主吃饭. */
  EATING,
  /** 自主穿衣. */
  DRESSING,
  /** 自主上下床. */
  GETTING_IN_AND_OUT_OF_BED,
  /** 自主如厕. */
  TOILETING,
  /** 室内行走. */
  WALKING_INDOORS,
  /** 自主洗澡. */
  BATHING
}
