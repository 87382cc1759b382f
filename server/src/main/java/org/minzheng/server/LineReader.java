package org.minzheng.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of at most {@code max} bytes without holding more than one line: a
 * longer line is consumed to its end and reported as too long, not kept.
 */
final class LineReader {
  private final InputStream in;
  private final int max;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[4096];
  private int length;
  private boolean tooLong;
  private long number;

  LineReader(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** @return the next line's bytes (valid up to {@link #length()}), or null at the end */
  byte[] next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          number++;
          return line;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        number++;
        return line;
      }
    }
  }

  private void append(int from, int n) {
    if (tooLong || n == 0) {
      return;
    }
    if (length + n > max) {
      tooLong = true;
      length = length + n;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(max, Math.max(line.length * 2, length + n)));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  /** @return the length of the current line (for a too-long line, at least the limit) */
  int length() {
    return length;
  }

  /** @return whether the current line was longer than the limit */
  boolean tooLong() {
    return tooLong;
  }

  /** @return the 1-based number of the current line */
  long number() {
    return number;
  }
}
