package org.minzheng.examples.cli;

/**
 * The output format of a command.
 *
 * @since 0.1
 */
public enum Format {
  /** Readable text in the chosen language. */
  text,
  /** JSON, money as decimal-yuan strings. */
  json
}
