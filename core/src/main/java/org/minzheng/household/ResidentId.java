package org.minzheng.household;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity number (公民身份号码) of GB 11643-1999: 6-digit address code, 8-digit birth
 * date, 3-digit sequence (odd for men), and a check character by ISO 7064 MOD 11-2.
 *
 * <p>A lower-case {@code x} is accepted and stored upper-case. The address code is not checked
 * against a list (codes at birth may be retired). Whether the birth date lies in the future is
 * checked by the calculation against its clock, not here.
 *
 * @param value the 18 characters, upper-case, not null
 * @since 0.1
 */
public record ResidentId(String value) implements Comparable<ResidentId> {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  /**
   * Validates the number.
   *
   * @throws IllegalArgumentException if it is not 18 characters, has an impossible birth date or a
   *     wrong check character; the message names the value
   */
  public ResidentId {
    requireNonNull(value, "value");
    value = value.trim().toUpperCase(java.util.Locale.ROOT);
    if (!value.matches("\\d{17}[\\dX]")) {
      throw new IllegalArgumentException("resident ID '" + value + "' is not 17 digits and a check character (0-9 or X)");
    }
    try {
      LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("resident ID " + value + " has an impossible birth date " + value.substring(6, 14), e);
    }
    char expected = checkCharacter(value.substring(0, 17));
    if (value.charAt(17) != expected) {
      throw new IllegalArgumentException("resident ID " + value + " has invalid check character "
          + value.charAt(17) + " (expected " + expected + ")");
    }
  }

  /**
   * Parses and validates a resident ID.
   *
   * @param value the 18 characters, not null
   * @return the ID
   * @throws IllegalArgumentException if the ID is invalid; the message names the value and the fault
   */
  @JsonCreator
  public static ResidentId parse(String value) {
    return new ResidentId(value);
  }

  /**
   * The ISO 7064 MOD 11-2 check character of 17 digits.
   *
   * @param first17 the first 17 digits, not null
   * @return the check character, {@code 0-9} or {@code X}
   * @throws IllegalArgumentException if the argument is not 17 digits
   */
  public static char checkCharacter(String first17) {
    if (!first17.matches("\\d{17}")) {
      throw new IllegalArgumentException("'" + first17 + "' is not 17 digits");
    }
    int s = 0;
    for (int i = 0; i < 17; i++) {
      s += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(s % 11);
  }

  /** @return the six-digit address code at registration (may be retired) */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** @return the birth date */
  public LocalDate birthDate() {
    return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  /** @return the sex: an odd sequence number is male */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** @return the ID with its birth date and sequence hidden, for logs: {@code 410402********123X} */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }

  @Override
  public int compareTo(ResidentId o) {
    return value.compareTo(o.value);
  }
}
