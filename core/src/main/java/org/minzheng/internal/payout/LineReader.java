package org.minzheng.internal.payout;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads '\n'-terminated byte lines with their offsets, up to a limit; a last line without '\n' is reported as torn. */
public final class LineReader {
  private final InputStream in;
  private final long limit;
  private final byte[] buf = new byte[1 << 16];
  private int bufPos;
  private int bufLen;
  private long consumed;
  private byte[] line = new byte[512];
  private int lineLen;
  private long lineStart;
  private boolean torn;

  public LineReader(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** @return true if a complete line was read; false at the end (check {@link #torn()}) */
  public boolean next() throws IOException {
    lineStart = consumed;
    lineLen = 0;
    while (true) {
      if (bufPos == bufLen) {
        int want = (int) Math.min(buf.length, limit - consumed);
        if (want <= 0) {
          torn = lineLen > 0;
          return false;
        }
        int n = in.read(buf, 0, want);
        if (n <= 0) {
          torn = lineLen > 0;
          return false;
        }
        bufPos = 0;
        bufLen = n;
      }
      // find the end of the line in the buffer, then copy the piece at once
      int i = bufPos;
      int end = bufLen;
      byte[] b = buf;
      while (i < end && b[i] != '\n') {
        i++;
      }
      boolean found = i < end;
      int n = (found ? i + 1 : end) - bufPos;
      if (lineLen + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + n));
      }
      System.arraycopy(b, bufPos, line, lineLen, n);
      lineLen += n;
      bufPos += n;
      consumed += n;
      if (found) {
        return true;
      }
    }
  }

  /** The bytes of the current line, '\n' included, valid until the next call. */
  public byte[] bytes() {
    return line;
  }

  public int length() {
    return lineLen;
  }

  public long lineStart() {
    return lineStart;
  }

  /** @return the offset just after the current line */
  public long lineEnd() {
    return lineStart + lineLen;
  }

  /** @return true if the input ended inside a line */
  public boolean torn() {
    return torn;
  }
}
