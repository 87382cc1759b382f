package org.minzheng.household;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.household.InvalidInputException;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

/**
 * A temporary-assistance case (临时救助): a household in sudden hardship, approved on a date.
 *
 * @param id the case id, not blank
 * @param householdId the household's id, not null
 * @param region the household's county-level region, not null
 * @param residenceType picks the urban or rural dibao standard, not null
 * @param persons the number of persons affected, at least 1
 * @param cause the cause, not null
 * @param months the expected months of hardship, at least 1
 * @param approvalDate the date of approval; the standard in force that day applies, not null
 * @since 0.1
 */
public record TemporaryAssistanceCase(
    String id,
    HouseholdId householdId,
    RegionCode region,
    ResidenceType residenceType,
    int persons,
    AssistanceCause cause,
    int months,
    LocalDate approvalDate) {

  /**
   * Checks the components.
   *
   * @param id the case id, not blank
   * @param householdId the household's id, not null
   * @param region the household's county-level region, not null
   * @param residenceType picks the urban or rural dibao standard, not null
   * @param persons the number of persons affected, at least 1
   * @param cause the cause, not null
   * @param months the expected months of hardship, at least 1
   * @param approvalDate the date of approval; the standard in force that day applies, not null
   * @throws InvalidInputException naming each bad field and its value
   */
  public TemporaryAssistanceCase {
    requireNonNull(id, "id");
    requireNonNull(householdId, "householdId");
    requireNonNull(region, "region");
    requireNonNull(residenceType, "residenceType");
    requireNonNull(cause, "cause");
    requireNonNull(approvalDate, "approvalDate");
    List<String> problems = new ArrayList<>();
    if (id.isBlank()) {
      problems.add("temporary-assistance case id is blank");
    }
    if (persons < 1) {
      problems.add("temporary-assistance case " + id + ": persons " + persons + " is less than 1");
    }
    if (months < 1) {
      problems.add("temporary-assistance case " + id + ": months " + months + " is less than 1");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
