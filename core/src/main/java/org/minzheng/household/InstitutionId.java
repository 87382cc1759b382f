package org.minzheng.household;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identifier of an institution (民政服务机构), opaque to the library.
 *
 * @param value the identifier, not blank, at most 64 characters
 * @since 0.1
 */
public record InstitutionId(String value) implements Comparable<InstitutionId> {
  /**
   * Checks the value.
   *
   * @param value the identifier, not blank, at most 64 characters
   */
  public InstitutionId {
    requireNonNull(value, "value");
    checkArgument(!value.isBlank() && value.length() <= 64, "institution id '%s' is blank or longer than 64", value);
  }

  /**
   * @param value the identifier
   * @return the id
   */
  @JsonCreator
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }

  @Override
  public int compareTo(InstitutionId o) {
    return value.compareTo(o.value);
  }
}
