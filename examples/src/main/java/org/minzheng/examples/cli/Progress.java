package org.minzheng.examples.cli;

import java.io.PrintWriter;
import java.util.Iterator;

/**
 * Progress on standard error. On a terminal: a one-line bar, drawn once the run has lasted more than a
 * second, redrawn at most five times a second, and erased at the end. Elsewhere (cron, a log file): a
 * plain line {@code progress: 2020-03 (3/9), 12,345 households, 10.0 s} every five seconds, so a long run
 * is never silent for minutes.
 */
final class Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 200_000_000L;
  /** How often a progress line is written when the output is not a terminal. */
  static final long LINE_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final java.util.function.LongSupplier nanos;
  private final long start;
  private final int steps;
  private long lastDraw;
  private boolean drawn;
  private int step;
  private String label = "";
  private long count;

  private Progress(PrintWriter err, boolean enabled, int steps, java.util.function.LongSupplier nanos) {
    this.err = err;
    this.enabled = enabled;
    this.steps = Math.max(1, steps);
    this.nanos = nanos;
    this.start = nanos.getAsLong();
    this.lastDraw = start;
  }

  /**
   * @param terminal whether a person watches a terminal (a bar) or not (a line every five seconds)
   * @param err standard error
   * @param steps how many steps (months) the run has
   */
  static Progress of(boolean terminal, PrintWriter err, int steps) {
    return new Progress(err, terminal, steps, System::nanoTime);
  }

  /** As {@link #of(boolean, PrintWriter, int)}, reading the time from {@code nanos} (for tests). */
  static Progress of(boolean terminal, PrintWriter err, int steps, java.util.function.LongSupplier nanos) {
    return new Progress(err, terminal, steps, nanos);
  }

  /** Starts step {@code label} (e.g. a month). */
  void step(String label) {
    this.step++;
    this.label = label;
    this.count = 0;
    tick();
  }

  /** @return {@code it}, counting each element it hands out */
  <T> Iterable<T> counting(Iterable<T> it) {
    return () -> {
      Iterator<T> i = it.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return i.hasNext();
        }

        @Override
        public T next() {
          T t = i.next();
          count++;
          if ((count & 0x3ff) == 0) {
            tick();
          }
          return t;
        }
      };
    };
  }

  private void tick() {
    long now = nanos.getAsLong();
    if (!enabled) {
      if (now - lastDraw >= LINE_EVERY_NANOS) {
        lastDraw = now;
        err.println(String.format("progress: %s (%d/%d), %,d households, %.1f s", label, step, steps, count,
            (now - start) / 1e9));
        err.flush();
      }
      return;
    }
    if (now - start < DELAY_NANOS || now - lastDraw < EVERY_NANOS) {
      return;
    }
    lastDraw = now;
    int width = 30;
    int filled = (int) ((long) width * (step - 1) / steps);
    String bar = "#".repeat(filled) + " ".repeat(width - filled);
    err.print(String.format("\r[%s] %d/%d %s  %,d households  %.1f s ", bar, step, steps, label, count,
        (now - start) / 1e9));
    err.flush();
    drawn = true;
  }

  /** Erases the bar, if one was drawn. */
  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(90) + "\r");
      err.flush();
    }
  }
}
