package org.minzheng.household;

/**
 * The cause of a temporary-assistance case (社会救助暂行办法 Art. 47).
 *
 * @since 0.1
 */
public enum AssistanceCause {
  /** 突发事件 (fire, traffic accident, …). */
  SUDDEN_EVENT,
  /** 家庭成员突发重大疾病. */
  MAJOR_ILLNESS,
  /** 生活必需支出突然增加. */
  ESSENTIAL_EXPENDITURE
}
