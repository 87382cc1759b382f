package org.minzheng.ledger.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format (tab between columns, newline after a row, backslash
 * escapes), encoded as UTF-8 into one growing buffer. Not thread-safe.
 */
final class CopyRows {
  private byte[] buf = new byte[1 << 17];
  private int len;

  /** @return the bytes held */
  byte[] array() {
    return buf;
  }

  /** @return the number of bytes held */
  int length() {
    return len;
  }

  void clear() {
    len = 0;
  }

  /** Appends a text column (and the tab before it unless {@code first}), escaped. */
  CopyRows text(String s, boolean first) {
    if (!first) {
      put((byte) '\t');
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) { // rare in keys and ids: encode the rest of the value the slow way
        escaped(s.substring(i).getBytes(StandardCharsets.UTF_8));
        return this;
      }
      ascii(c);
    }
    return this;
  }

  private void escaped(byte[] utf8) {
    for (byte b : utf8) {
      if (b >= 0) {
        ascii((char) b);
      } else {
        put(b); // a byte of a multi-byte character never looks like ASCII in UTF-8
      }
    }
  }

  private void ascii(char c) {
    switch (c) {
      case '\\' -> put2('\\', '\\');
      case '\t' -> put2('\\', 't');
      case '\n' -> put2('\\', 'n');
      case '\r' -> put2('\\', 'r');
      default -> put((byte) c);
    }
  }

  /** Appends a whole-number column. */
  CopyRows number(long v) {
    put((byte) '\t');
    return text(Long.toString(v), true);
  }

  /** Appends a month as the date of its first day. */
  CopyRows month(YearMonth m) {
    put((byte) '\t');
    int y = m.getYear();
    int mo = m.getMonthValue();
    digits4(y);
    put((byte) '-');
    put((byte) ('0' + mo / 10));
    put((byte) ('0' + mo % 10));
    put((byte) '-');
    put((byte) '0');
    put((byte) '1');
    return this;
  }

  private void digits4(int y) {
    if (y < 1000 || y > 9999) {
      text(Integer.toString(y), true);
      return;
    }
    put((byte) ('0' + y / 1000));
    put((byte) ('0' + y / 100 % 10));
    put((byte) ('0' + y / 10 % 10));
    put((byte) ('0' + y % 10));
  }

  /** Ends a row. */
  void endRow() {
    put((byte) '\n');
  }

  private void put2(char a, char b) {
    put((byte) a);
    put((byte) b);
  }

  private void put(byte b) {
    if (len == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    buf[len++] = b;
  }
}
