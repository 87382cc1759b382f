package org.minzheng.scheme;

/**
 * The three-valued answer of a scheme (rules.md §0).
 *
 * @since 0.1
 */
public enum Outcome {
  /** Entitled, with an amount (possibly 0.00). */
  ELIGIBLE,
  /** Not entitled: a known condition fails. */
  INELIGIBLE,
  /** A fact needed to decide (or to compute the amount) is missing. */
  UNDETERMINED
}
