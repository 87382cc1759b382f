package org.minzheng.household;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The county's identifier of a household (户), opaque to the library.
 *
 * @param value the identifier, not blank, at most 64 characters
 * @since 0.1
 */
public record HouseholdId(String value) implements Comparable<HouseholdId> {
  /**
   * Checks the value.
   *
   * @param value the identifier, not blank, at most 64 characters
   */
  public HouseholdId {
    requireNonNull(value, "value");
    checkArgument(!value.isBlank() && value.length() <= 64, "household id '%s' is blank or longer than 64", value);
  }

  /**
   * @param value the identifier
   * @return the id
   */
  @JsonCreator
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }

  @Override
  public int compareTo(HouseholdId o) {
    return value.compareTo(o.value);
  }
}
