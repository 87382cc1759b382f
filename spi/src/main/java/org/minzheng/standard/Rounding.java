package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rounding rule for money: the unit to round to and the {@link RoundingMode}.
 *
 * <p>Each scheme rounds once, at the end, with the rule its standards give (rules.md §0): by default
 * {@code HALF_UP} to the fen; the price subsidy {@code HALF_UP} to the yuan. The text form is
 * {@code "HALF_UP/FEN"}.
 *
 * @param unit the unit rounded to, not null
 * @param mode how to round, not null
 * @since 0.1
 */
public record Rounding(Unit unit, RoundingMode mode) {

  /** Fails on any rounding: the safe default when no rule has been given. */
  public static final Rounding UNNECESSARY = new Rounding(Unit.FEN, RoundingMode.UNNECESSARY);

  /** {@code HALF_UP} to 0.01 yuan. */
  public static final Rounding HALF_UP_FEN = new Rounding(Unit.FEN, RoundingMode.HALF_UP);

  /** {@code HALF_UP} to 1 yuan. */
  public static final Rounding HALF_UP_YUAN = new Rounding(Unit.YUAN, RoundingMode.HALF_UP);

  /** The unit of a rounding rule. */
  public enum Unit {
    /** 分, 0.01 yuan. */
    FEN(2),
    /** 角, 0.1 yuan. */
    JIAO(1),
    /** 元, 1 yuan. */
    YUAN(0);

    private final int scale;

    Unit(int scale) {
      this.scale = scale;
    }

    /** @return the number of decimal places of yuan this unit keeps */
    public int scale() {
      return scale;
    }
  }

  /**
   * Checks the components.
   *
   * @param unit the unit rounded to, not null
   * @param mode how to round, not null
   */
  public Rounding {
    requireNonNull(unit, "unit");
    requireNonNull(mode, "mode");
  }

  /**
   * Rounds an exact amount of yuan.
   *
   * @param yuan the exact amount, not null
   * @return the rounded money
   * @throws ArithmeticException if the mode is {@code UNNECESSARY} and rounding is needed
   */
  public Money round(BigDecimal yuan) {
    return Money.ofYuan(yuan.setScale(unit.scale(), mode).setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * Parses {@code "MODE/UNIT"}, for example {@code "HALF_UP/FEN"}.
   *
   * @param text the text, not null
   * @return the rule
   * @throws IllegalArgumentException if the text does not name a mode and a unit
   */
  public static Rounding parse(String text) {
    requireNonNull(text, "text");
    String[] parts = text.trim().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("rounding '" + Excerpt.of(text) + "' is not of the form MODE/UNIT, e.g. HALF_UP/FEN");
    }
    try {
      return new Rounding(Unit.valueOf(parts[1]), RoundingMode.valueOf(parts[0]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rounding '" + Excerpt.of(text) + "' names an unknown mode or unit"
          + " (modes: HALF_UP, HALF_EVEN, DOWN, UP, CEILING, FLOOR, HALF_DOWN, UNNECESSARY; units: FEN, JIAO, YUAN)", e);
    }
  }

  /** @return {@code "MODE/UNIT"} */
  @Override
  public String toString() {
    return mode + "/" + unit;
  }
}
