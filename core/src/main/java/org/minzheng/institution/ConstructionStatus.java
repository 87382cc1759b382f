package org.minzheng.institution;

/**
 * Where an institution stands between plan and operation.
 *
 * @since 0.1
 */
public enum ConstructionStatus {
  /** 规划: in the plan, not yet approved. */
  PLANNED,
  /** 已立项: approved (项目立项、招投标完成), building not started. */
  APPROVED,
  /** 在建. */
  UNDER_CONSTRUCTION,
  /** 已建成, not yet operating. */
  COMPLETED,
  /** 已运营. */
  OPERATING;

  /** @return true if built: {@link #COMPLETED} or {@link #OPERATING} (the seed's 已建成) */
  public boolean isBuilt() {
    return this == COMPLETED || this == OPERATING;
  }
}
