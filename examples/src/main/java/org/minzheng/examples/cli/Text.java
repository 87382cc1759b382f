package org.minzheng.examples.cli;

/** Column alignment for text mixing Chinese (two columns wide on a terminal) and Latin characters. */
final class Text {
  private Text() {}

  /** @return the columns {@code s} takes on a terminal: two for each CJK or full-width character */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }

  /** @return {@code s} padded on the right to {@code columns} */
  static String left(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - width(s)));
  }

  /** @return {@code s} padded on the left to {@code columns} */
  static String right(String s, int columns) {
    return " ".repeat(Math.max(0, columns - width(s))) + s;
  }
}
