package org.minzheng.institution;

/**
 * Where an institution stands between plan and operation.
 *
 * @since 0.1
 */
public enum ConstructionStatus {
  /** 规划: in the plan, not yet approved. */
  PLANNED,
  /** 完成初步选址: the site is chosen (the seed's stage for public cemeteries), not yet approved. */
  SITE_SELECTED,
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

  /**
   * @param stage a stage, not null
   * @return true if this status is {@code stage} or a later one (e.g. an approved cemetery has its site selected)
   */
  public boolean hasReached(ConstructionStatus stage) {
    return compareTo(stage) >= 0;
  }
}
