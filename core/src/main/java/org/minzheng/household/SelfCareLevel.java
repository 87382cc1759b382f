package org.minzheng.household;

/**
 * Self-care ability from the six activities: all done → {@code SELF_CARE}; 1–3 not done →
 * {@code PARTIAL}; 4–6 not done → {@code FULL} (need of care).
 *
 * @since 0.1
 */
public enum SelfCareLevel {
  /** 具备生活自理能力. */
  SELF_CARE,
  /** 部分丧失生活自理能力. */
  PARTIAL,
  /** 完全丧失生活自理能力. */
  FULL;

  /**
   * @param unable the number of activities the person cannot do, 0–6
   * @return the level
   */
  public static SelfCareLevel ofUnable(int unable) {
    if (unable < 0 || unable > 6) {
      throw new IllegalArgumentException("activities unable " + unable + " is not 0-6");
    }
    return unable == 0 ? SELF_CARE : unable <= 3 ? PARTIAL : FULL;
  }
}
