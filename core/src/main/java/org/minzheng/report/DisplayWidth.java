package org.minzheng.report;

/**
 * Column alignment for text that mixes Chinese and Latin characters: on a terminal or in a monospaced
 * font a CJK or full-width character takes two columns, so {@code String.format("%-14s")}, which counts
 * characters, misaligns Chinese columns. Every fixed-width table of minzheng pads with this class.
 *
 * @since 0.1
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /**
   * @param s the text, not null
   * @return the columns {@code s} takes: two for each CJK or full-width character, one for any other
   */
  public static int of(String s) {
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

  /**
   * @param s the text, not null
   * @param columns the width to fill
   * @return {@code s} padded with spaces on the right to {@code columns} display columns (unchanged if wider)
   */
  public static String left(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - of(s)));
  }

  /**
   * @param s the text, not null
   * @param columns the width to fill
   * @return {@code s} padded with spaces on the left to {@code columns} display columns (unchanged if wider)
   */
  public static String right(String s, int columns) {
    return " ".repeat(Math.max(0, columns - of(s))) + s;
  }
}
