package org.minzheng.internal.payout;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * A reusable, growable byte buffer with the few writers the ledger needs: ASCII, UTF-8 exactly as
 * {@link String#getBytes} encodes it, JSON string literals, whole numbers, fen as decimal yuan and
 * months as {@link YearMonth#toString()} writes them. Not thread-safe; one per writer.
 */
public final class Bytes {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  byte[] buf;
  int len;

  public Bytes(int capacity) {
    buf = new byte[capacity];
  }

  public byte[] array() {
    return buf;
  }

  public int length() {
    return len;
  }

  public Bytes reset() {
    len = 0;
    return this;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  public Bytes ascii(char c) {
    ensure(1);
    buf[len++] = (byte) c;
    return this;
  }

  /** Bytes already encoded (e.g. a field name with its quotes). */
  public Bytes raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  /** {@code n} bytes of {@code b} from {@code off}, already encoded. */
  public Bytes raw(byte[] b, int off, int n) {
    ensure(n);
    System.arraycopy(b, off, buf, len, n);
    len += n;
    return this;
  }

  /** The UTF-8 bytes of {@code s}, equal to {@code s.getBytes(UTF_8)} (an unpaired surrogate becomes '?'). */
  public Bytes utf8(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        raw(s.substring(i).getBytes(StandardCharsets.UTF_8));
        return this;
      }
      buf[len++] = (byte) c;
    }
    return this;
  }

  /**
   * A JSON string literal, quotes included: {@code "}, {@code \} and control characters escaped,
   * other characters as UTF-8, an unpaired surrogate as a {@code \}{@code uXXXX} escape so it reads back unchanged.
   */
  public Bytes jsonString(String s) {
    return ascii('"').jsonChars(s).ascii('"');
  }

  /** The characters of a JSON string literal, without the quotes; see {@link #jsonString}. */
  public Bytes jsonChars(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        ensure(1);
        buf[len++] = (byte) c;
      } else if (c == '"' || c == '\\') {
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = (byte) c;
      } else if (c < 0x20) {
        escape(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        codePoint(Character.toCodePoint(c, s.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        escape(c);
      } else {
        codePoint(c);
      }
    }
    return this;
  }

  private void escape(char c) {
    ensure(6);
    buf[len++] = '\\';
    buf[len++] = 'u';
    buf[len++] = HEX[(c >> 12) & 0xF];
    buf[len++] = HEX[(c >> 8) & 0xF];
    buf[len++] = HEX[(c >> 4) & 0xF];
    buf[len++] = HEX[c & 0xF];
  }

  private void codePoint(int cp) {
    ensure(4);
    if (cp < 0x800) {
      buf[len++] = (byte) (0xC0 | (cp >> 6));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf[len++] = (byte) (0xE0 | (cp >> 12));
      buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      buf[len++] = (byte) (0xF0 | (cp >> 18));
      buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      buf[len++] = (byte) (0x80 | (cp & 0x3F));
    }
  }

  public Bytes number(long v) {
    if (v == Long.MIN_VALUE) {
      return utf8(Long.toString(v));
    }
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int start = len;
    do {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    reverse(start, len - 1);
    return this;
  }

  /** Fen as decimal yuan with two places, as {@code Money.toString()} writes it: {@code -60.00}, {@code 0.05}. */
  public Bytes yuan(long fen) {
    if (fen == Long.MIN_VALUE) {
      return utf8(new java.math.BigDecimal(fen).movePointLeft(2).toPlainString());
    }
    if (fen < 0) {
      ascii('-');
      fen = -fen;
    }
    number(fen / 100);
    ensure(3);
    buf[len++] = '.';
    buf[len++] = (byte) ('0' + fen % 100 / 10);
    buf[len++] = (byte) ('0' + fen % 10);
    return this;
  }

  /** A month as {@link YearMonth#toString()} writes it ({@code 2020-03}). */
  public Bytes yearMonth(YearMonth m) {
    int y = m.getYear();
    if (y < 1000 || y > 9999) {
      return utf8(m.toString());
    }
    ensure(7);
    buf[len++] = (byte) ('0' + y / 1000);
    buf[len++] = (byte) ('0' + y / 100 % 10);
    buf[len++] = (byte) ('0' + y / 10 % 10);
    buf[len++] = (byte) ('0' + y % 10);
    buf[len++] = '-';
    int mo = m.getMonthValue();
    buf[len++] = (byte) ('0' + mo / 10);
    buf[len++] = (byte) ('0' + mo % 10);
    return this;
  }

  private void reverse(int i, int j) {
    while (i < j) {
      byte t = buf[i];
      buf[i++] = buf[j];
      buf[j--] = t;
    }
  }
}
