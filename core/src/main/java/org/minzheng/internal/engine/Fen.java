package org.minzheng.internal.engine;

import java.math.BigDecimal;
import org.minzheng.standard.Rounding;

/** Exact integer arithmetic on fen, and the one rounding of a quotient, without BigDecimal in the hot path. */
public final class Fen {
  private Fen() {}

  /**
   * Rounds {@code numerator / denominator} fen by {@code rounding}; agrees with
   * {@code Money.of(BigDecimal.valueOf(numerator, 2).divide(denominator), rounding)}.
   */
  public static long divide(long numerator, long denominator, Rounding rounding) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator " + denominator + " is not positive");
    }
    long unit = unitFen(rounding.unit());
    long d = Math.multiplyExact(denominator, unit);
    long q = numerator / d;
    long rem = numerator % d;
    if (rem != 0) {
      long sign = numerator < 0 ? -1 : 1;
      long twice = 2 * Math.abs(rem);
      switch (rounding.mode()) {
        case UP:
          q += sign;
          break;
        case DOWN:
          break;
        case CEILING:
          if (sign > 0) {
            q += 1;
          }
          break;
        case FLOOR:
          if (sign < 0) {
            q -= 1;
          }
          break;
        case HALF_UP:
          if (twice >= d) {
            q += sign;
          }
          break;
        case HALF_DOWN:
          if (twice > d) {
            q += sign;
          }
          break;
        case HALF_EVEN:
          if (twice > d || (twice == d && (q & 1) != 0)) {
            q += sign;
          }
          break;
        default: // UNNECESSARY
          throw new ArithmeticException("rounding " + rounding + " of " + BigDecimal.valueOf(numerator, 2)
              + " / " + denominator + " is necessary but the rule forbids it");
      }
    }
    return Math.multiplyExact(q, unit);
  }

  /** Rounds a whole number of fen to the rule's unit. */
  public static long round(long fen, Rounding rounding) {
    return rounding.unit() == Rounding.Unit.FEN ? fen : divide(fen, 1, rounding);
  }

  static long unitFen(Rounding.Unit unit) {
    switch (unit) {
      case FEN:
        return 1;
      case JIAO:
        return 10;
      default:
        return 100;
    }
  }
}
