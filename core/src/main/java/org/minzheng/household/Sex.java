package org.minzheng.household;

/**
 * Sex, as encoded in the resident ID's sequence number.
 *
 * @since 0.1
 */
public enum Sex {
  /** Odd sequence number. */
  MALE,
  /** Even sequence number. */
  FEMALE
}
