package org.minzheng.scheme;

/**
 * One combination of the two statuses a per-person scheme may depend on, named in the explanation
 * of a result whose dependency is undetermined: whether the person is an extreme-poverty person and
 * whether their household is a dibao household this month. The ordinal is
 * {@code (extremePoverty ? 2 : 0) | (dibaoHousehold ? 1 : 0)}.
 *
 * @since 0.2
 */
public enum DependencyCase {
  /** Not an extreme-poverty person; not in a dibao household. */
  NOT_EXTREME_POVERTY_NOT_DIBAO,
  /** Not an extreme-poverty person; in a dibao household. */
  NOT_EXTREME_POVERTY_DIBAO,
  /** An extreme-poverty person; the rest of the household is not a dibao household. */
  EXTREME_POVERTY_NOT_DIBAO,
  /** An extreme-poverty person; the rest of the household is a dibao household. */
  EXTREME_POVERTY_DIBAO
}
