package org.minzheng.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.minzheng.household.InvalidInputException;
import org.minzheng.household.InstitutionId;
import org.minzheng.standard.RegionCode;

/**
 * A civil-affairs service institution (民政服务机构): its kind, size and construction status.
 *
 * <pre>{@code
 * Institution i = new Institution.Builder()
 *     .id(InstitutionId.of("410422-JLY-01")).kind(InstitutionKind.EXTREME_POVERTY_SUPPORT)
 *     .name("叶县某敬老院").region(RegionCode.of("410422"))
 *     .beds(120).nursingBeds(40).residents(80)
 *     .directlyUnderCivilAffairs(false).rural(true).status(ConstructionStatus.OPERATING)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstitution.class)
@JsonDeserialize(as = ImmutableInstitution.class)
public abstract class Institution {

  /** @return the identifier; the payee of centralized extreme-poverty support */
  public abstract InstitutionId id();

  /** @return the kind */
  public abstract InstitutionKind kind();

  /** @return the name */
  public abstract String name();

  /** @return the county-level region where it lies */
  public abstract RegionCode region();

  /** @return the beds (床位), at least 0 */
  public abstract int beds();

  /** @return the nursing-type beds (护理型床位), between 0 and {@link #beds()} */
  public abstract int nursingBeds();

  /** @return the residents (在院/供养人数), at least 0 */
  public abstract int residents();

  /** @return whether it is directly under a civil-affairs department (民政部门直属) */
  public abstract boolean directlyUnderCivilAffairs();

  /** @return whether it is rural (农村) */
  public abstract boolean rural();

  /** @return its construction status */
  public abstract ConstructionStatus status();

  /**
   * Whether the institution exists for the coverage rules (rules.md §7, clarified): it is
   * {@link ConstructionStatus#OPERATING}, or {@link ConstructionStatus#COMPLETED} with residents. A
   * planned or unfinished home is neither covered nor a gap.
   *
   * @return true if it counts
   */
  public boolean countsForCoverage() {
    return status() == ConstructionStatus.OPERATING || (status() == ConstructionStatus.COMPLETED && residents() > 0);
  }

  /**
   * @param residents the residents, e.g. counted from who is paid centralized support there, at least 0
   * @return this institution with those residents
   */
  public Institution withResidents(int residents) {
    return new Builder().from(this).residents(residents).build();
  }

  /** @return its nursing-type beds against its beds */
  public NursingBedShare nursingBedShare() {
    return new NursingBedShare(nursingBeds(), beds());
  }

  /**
   * Checks the institution as a whole when the generated builder builds it.
   *
   * @throws org.minzheng.household.InvalidInputException listing every problem found, each naming the field and value
   */
  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (name().isBlank()) {
      problems.add("institution " + id() + ": name is blank");
    }
    if (beds() < 0) {
      problems.add("institution " + id() + ": beds " + beds() + " is negative");
    }
    if (nursingBeds() < 0 || nursingBeds() > Math.max(0, beds())) {
      problems.add("institution " + id() + ": nursingBeds " + nursingBeds() + " is not between 0 and beds " + beds());
    }
    if (residents() < 0) {
      problems.add("institution " + id() + ": residents " + residents() + " is negative");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Builds an {@link Institution}. */
  public static final class Builder extends ImmutableInstitution.Builder {}
}
