package org.minzheng.scheme;

/**
 * The three-valued answer of a scheme (rules.md §0).
 *
 * @since 0.1
 */
public enum Outcome {
  /** Entitled, with an amount (possibly 0.00). */
  ELIGIBLE("符合条件", "eligible"),
  /** Not entitled: a known condition fails. */
  INELIGIBLE("不符合条件", "ineligible"),
  /** A fact needed to decide (or to compute the amount) is missing. */
  UNDETERMINED("无法确定", "undetermined");

  private final LocalizedText label;

  Outcome(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * The outcome in words, for explanations, e.g. {@code 无法确定} / {@code undetermined}.
   *
   * @return the label, not null
   * @since 0.1
   */
  public LocalizedText label() {
    return label;
  }
}
