package org.minzheng.internal.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The bounds every minzheng JSON and CSV reader puts on its input, so that no document can make a
 * reader spend unbounded memory or time: a number has at most {@value #MAX_NUMBER_LENGTH} characters,
 * a string at most {@value #MAX_STRING_LENGTH}, a field name at most {@value #MAX_NAME_LENGTH}, and
 * nesting goes at most {@value #MAX_NESTING} deep. Applied with Jackson's {@link StreamReadConstraints}
 * to every mapper and factory core builds (standards, households, the ledger).
 */
public final class ReadLimits {
  /** The most characters of one JSON number. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The most characters of one JSON string value. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The most characters of one field name. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The deepest nesting of arrays and objects. */
  public static final int MAX_NESTING = 64;
  /** The largest power of ten a decimal may carry (its scale or exponent), e.g. refusing {@code 1e-999999999}. */
  public static final int MAX_DECIMAL_SCALE = 100;

  /** The constraints, for {@code JsonFactory.builder().streamReadConstraints(...)}. */
  public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNestingDepth(MAX_NESTING)
      .build();

  private ReadLimits() {}
}
