package org.minzheng.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.household.InvalidInputException;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

/**
 * A household (家庭) applying for or receiving assistance: its region, residence type, members, the
 * county's classification, and the asset-check fact.
 *
 * <pre>{@code
 * Household h = new Household.Builder()
 *     .id(HouseholdId.of("410402-000123"))
 *     .region(RegionCode.of("410402"))
 *     .residenceType(ResidenceType.URBAN)
 *     .assetsWithinLimits(true)
 *     .addMember(person)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {

  /** @return the county's identifier of the household */
  public abstract HouseholdId id();

  /** @return the county-level region where the household lives (GB/T 2260) */
  public abstract RegionCode region();

  /** @return urban or rural residence: picks the urban or rural standard */
  public abstract ResidenceType residenceType();

  /** @return the members living together; never empty, no element null ({@code "members":[null]} is refused naming the field) */
  @com.fasterxml.jackson.annotation.JsonSetter(contentNulls = com.fasterxml.jackson.annotation.Nulls.FAIL) // "members":[null]
  public abstract List<Person> members();

  /** @return the county's classification for graded assistance (e.g. {@code "A+"}), if any */
  public abstract Optional<String> classification();

  /** @return whether the household's assets are within the local limits, if checked */
  public abstract Optional<Boolean> assetsWithinLimits();

  /**
   * @param person a member to add, not null
   * @return a copy of this household with {@code person} added
   */
  public Household withMember(Person person) {
    return new Builder().from(this).addMember(person).build();
  }

  /**
   * Checks the household as a whole when the generated builder builds it.
   *
   * @throws org.minzheng.household.InvalidInputException listing every problem found, each naming the field and value
   */
  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (members().isEmpty()) {
      problems.add("household " + id() + ": members is empty; a household needs at least one member");
    }
    Set<ResidentId> seen = new HashSet<>();
    for (Person p : members()) {
      if (!seen.add(p.id())) {
        problems.add("household " + id() + ": member " + p.id().masked() + " is listed twice");
      }
    }
    classification().ifPresent(c -> {
      if (c.isBlank()) {
        problems.add("household " + id() + ": classification is blank");
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Builds a {@link Household}. */
  public static final class Builder extends ImmutableHousehold.Builder {}
}
