package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Chinese yuan (人民币), held as a whole number of fen (分, 0.01 yuan).
 *
 * <p>Arithmetic is exact; overflow throws {@link ArithmeticException}. A fraction of a fen cannot
 * be represented: the only way from a {@link BigDecimal} with more decimals is
 * {@link #of(BigDecimal, Rounding)}, which names its rounding rule. {@code equals} agrees with
 * {@code compareTo}. The text form is the decimal yuan with two places ({@code "355.00"},
 * {@code "-3.50"}), which is also the JSON form.
 *
 * @param fen the amount in fen; may be negative (a recovery)
 * @since 0.1
 */
public record Money(long fen) implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  /**
   * An amount in fen.
   *
   * @param fen the number of fen
   * @return the amount
   */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * A whole number of yuan.
   *
   * @param yuan the number of yuan
   * @return the amount
   * @throws ArithmeticException if the amount in fen overflows a {@code long}
   */
  public static Money ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, 100L));
  }

  /**
   * An exact amount of yuan with at most two decimal places.
   *
   * @param yuan the amount, not null
   * @return the amount
   * @throws IllegalArgumentException if {@code yuan} has a non-zero digit beyond the fen
   */
  public static Money ofYuan(BigDecimal yuan) {
    requireNonNull(yuan, "yuan");
    try {
      return ofFen(yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "money " + yuan.toPlainString() + " is not a whole number of fen or is out of range", e);
    }
  }

  /**
   * An amount of yuan rounded by {@code rounding}: the one place where an inexact value becomes money.
   *
   * @param yuan the exact amount, not null
   * @param rounding the rule, not null
   * @return the rounded amount
   * @throws ArithmeticException if the rule's mode is {@code UNNECESSARY} and rounding is needed
   */
  public static Money of(BigDecimal yuan, Rounding rounding) {
    requireNonNull(yuan, "yuan");
    return requireNonNull(rounding, "rounding").round(yuan);
  }

  /**
   * Parses the decimal yuan form, for example {@code "355"}, {@code "355.5"} or {@code "355.00"}.
   *
   * @param text the text, not null
   * @return the amount
   * @throws IllegalArgumentException if the text is not a decimal number of yuan with at most two
   *     decimal places; the message quotes the text
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().trim();
    long fen = fenOf(s);
    if (fen == NOT_MONEY) { // the excerpt is made only for the message: parsing is on every household's path
      throw new IllegalArgumentException("money '" + Excerpt.of(text)
          + "' is not a decimal number of yuan with at most two decimal places");
    }
    return ofFen(fen);
  }

  /** What {@link #fenOf} answers for text that is not {@code -?\d{1,15}(\.\d{1,2})?}. */
  private static final long NOT_MONEY = Long.MIN_VALUE;

  /**
   * The fen of {@code -?\d{1,15}(\.\d{1,2})?} (ASCII digits), read in one pass without a regex or a
   * BigDecimal: parsing amounts is on the path of every household read from JSON or CSV.
   */
  private static long fenOf(String s) {
    int n = s.length();
    int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
    boolean negative = i == 1;
    int start = i;
    long yuan = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      yuan = yuan * 10 + (s.charAt(i) - '0');
      i++;
    }
    int digits = i - start;
    if (digits < 1 || digits > 15) {
      return NOT_MONEY;
    }
    long fen = 0;
    if (i < n && s.charAt(i) == '.') {
      int f = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - f < 3) {
        fen = fen * 10 + (s.charAt(i) - '0');
        i++;
      }
      int places = i - f;
      if (places < 1 || places > 2) {
        return NOT_MONEY;
      }
      if (places == 1) {
        fen *= 10;
      }
    }
    if (i != n) {
      return NOT_MONEY;
    }
    long total = yuan * 100 + fen; // at most 15 digits of yuan: no overflow
    return negative ? -total : total;
  }

  /** @return the amount as yuan with scale 2 */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * @param other the amount to add, not null
   * @return this plus {@code other}
   */
  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * @param other the amount to subtract, not null
   * @return this minus {@code other}
   */
  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /**
   * @param factor a whole multiplier (persons, months)
   * @return this times {@code factor}
   */
  public Money multipliedBy(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /** @return the amount with its sign reversed */
  public Money negated() {
    return ofFen(Math.negateExact(fen));
  }

  /** @return true if the amount is zero */
  public boolean isZero() {
    return fen == 0;
  }

  /** @return true if the amount is below zero */
  public boolean isNegative() {
    return fen < 0;
  }

  /** @return true if the amount is above zero */
  public boolean isPositive() {
    return fen > 0;
  }

  /**
   * @param other the amount to compare with, not null
   * @return the larger of this and {@code other}
   */
  public Money max(Money other) {
    return fen >= other.fen ? this : other;
  }

  /**
   * @param other the amount to compare with, not null
   * @return the smaller of this and {@code other}
   */
  public Money min(Money other) {
    return fen <= other.fen ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  /** @return the decimal yuan with two places, e.g. {@code "355.00"} */
  @Override
  public String toString() {
    return toYuan().toPlainString();
  }
}
