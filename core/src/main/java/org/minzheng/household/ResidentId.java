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
   * @param value the 18 characters, upper-case, not null
   * @throws IllegalArgumentException if it is not 18 characters, has an impossible birth date or a
   *     wrong check character; the message names the value
   */
  public ResidentId {
    requireNonNull(value, "value");
    value = value.trim();
    if (value.indexOf('x') >= 0) { // the one lower-case character a valid ID may have
      value = value.toUpperCase(java.util.Locale.ROOT);
    }
    if (value.length() != 18 || !digits(value, 17) || !(isDigit(value.charAt(17)) || value.charAt(17) == 'X')) {
      throw new IllegalArgumentException("resident ID '" + value + "' is not 17 digits and a check character (0-9 or X)");
    }
    try {
      LocalDate.of(digits(value, 6, 10), digits(value, 10, 12), digits(value, 12, 14));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("resident ID " + value + " has an impossible birth date " + value.substring(6, 14), e);
    }
    char expected = check(value);
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
    if (first17.length() != 17 || !digits(first17, 17)) {
      throw new IllegalArgumentException("'" + first17 + "' is not 17 digits");
    }
    return check(first17);
  }

  /** The check character of the first 17 characters, known to be digits. */
  private static char check(String s) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The number the digits from {@code from} to {@code to} (exclusive) spell. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  // a loop, not String.matches: that compiles a regex on every call, and IDs are parsed by the million in batch runs
  private static boolean digits(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** @return the six-digit address code at registration (may be retired) */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** @return the birth date */
  public LocalDate birthDate() {
    return LocalDate.of(digits(value, 6, 10), digits(value, 10, 12), digits(value, 12, 14));
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
