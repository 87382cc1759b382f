package org.minzheng.standard;

/**
 * How well a parameter value is sourced. Every explanation carries it, so that an auditor can see
 * when an amount rests on an assumption.
 *
 * @since 0.1
 */
public enum Status {
  /** Stated in the Pingdingshan 2020 work summary (the seed document). */
  SEED,
  /** Found in an official text or a faithful restatement of one. */
  VERIFIED,
  /** Not confirmed by a source: a documented default a standards module can change. */
  ASSUMPTION
}
