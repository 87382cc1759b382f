package org.minzheng.examples.cli;

import org.minzheng.report.DisplayWidth;

/** Column alignment for text mixing Chinese and Latin characters: core's {@link DisplayWidth}, the one shared helper. */
final class Text {
  private Text() {}

  /** @return the columns {@code s} takes on a terminal: two for each CJK or full-width character */
  static int width(String s) {
    return DisplayWidth.of(s);
  }

  /** @return {@code s} padded on the right to {@code columns} */
  static String left(String s, int columns) {
    return DisplayWidth.left(s, columns);
  }

  /** @return {@code s} padded on the left to {@code columns} */
  static String right(String s, int columns) {
    return DisplayWidth.right(s, columns);
  }
}
