package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.standard.Scheme;

/**
 * One declarative test case: a month, a household (or a temporary-assistance case), optional price
 * indices, the standards to use, and what each scheme must give. The YAML and JSON format is
 * documented in the test kit's {@code CASES.md}.
 *
 * @param name the case's name, unique in its file, not null
 * @param description what the case checks, if said
 * @param month the benefit month; for a temporary-assistance case, defaults to the approval month
 * @param today the day the calculation's clock reads; defaults to the later of 2020-12-31 and the
 *     month's last day
 * @param asOf the knowledge date of the calculation (rules.md §11): only standards published on or
 *     before it are used; defaults to {@code today} (since 0.2)
 * @param standards the ids of the standards providers to use; empty for every installed provider
 * @param priceIndex the price-index series of the case (none by default)
 * @param household the household in the JSON of {@code org.minzheng.household.Household}, if the case is
 *     about one; bound when the case runs, so that invalid input can be an expected error
 * @param temporaryAssistance the temporary-assistance case in the JSON of
 *     {@code org.minzheng.household.TemporaryAssistanceCase}, if the case is about one
 * @param expect expectations per scheme
 * @param expectError the error the calculation must raise instead, if any
 * @since 0.1
 */
public record TestCase(String name, Optional<String> description, YearMonth month, Optional<LocalDate> today,
    Optional<LocalDate> asOf, List<String> standards, List<PriceIndexEntry> priceIndex, Optional<JsonNode> household,
    Optional<JsonNode> temporaryAssistance, Map<Scheme, List<Expectation>> expect,
    Optional<ExpectedError> expectError) {

  /**
   * Checks that the case is complete.
   *
   * @throws IllegalArgumentException naming the case and what is missing
   * @param name the case's name, unique in its file, not null
   * @param description what the case checks, if said
   * @param month the benefit month; for a temporary-assistance case, defaults to the approval month
   * @param today the day the calculation's clock reads; defaults to the later of 2020-12-31 and the month's last day
   * @param asOf the knowledge date of the calculation (rules.md §11): only standards published on or before it are used; defaults to {@code today} (since 0.2)
   * @param standards the ids of the standards providers to use; empty for every installed provider
   * @param priceIndex the price-index series of the case (none by default)
   * @param household the household in the JSON of {@code org.minzheng.household.Household}, if the case is about one; bound when the case runs, so that invalid input can be an expected error
   * @param temporaryAssistance the temporary-assistance case in the JSON of {@code org.minzheng.household.TemporaryAssistanceCase}, if the case is about one
   * @param expect expectations per scheme
   * @param expectError the error the calculation must raise instead, if any
   */
  public TestCase {
    requireNonNull(name, "name");
    description = description == null ? Optional.empty() : description;
    today = today == null ? Optional.empty() : today;
    asOf = asOf == null ? Optional.empty() : asOf;
    standards = standards == null ? List.of() : List.copyOf(standards);
    priceIndex = priceIndex == null ? List.of() : List.copyOf(priceIndex);
    // Jackson gives an absent JsonNode as Optional.of(NullNode): treat it as absent
    household = household == null ? Optional.empty() : household.filter(n -> !n.isNull() && !n.isMissingNode());
    temporaryAssistance = temporaryAssistance == null ? Optional.empty()
        : temporaryAssistance.filter(n -> !n.isNull() && !n.isMissingNode());
    expectError = expectError == null ? Optional.empty() : expectError;
    Map<Scheme, List<Expectation>> e = new TreeMap<>();
    if (expect != null) {
      expect.forEach((k, v) -> e.put(k, List.copyOf(v)));
    }
    expect = java.util.Collections.unmodifiableMap(e);
    List<String> problems = new ArrayList<>();
    if (household.isPresent() == temporaryAssistance.isPresent()) {
      problems.add("case '" + name + "' needs exactly one of household and temporaryAssistance");
    }
    if (month == null) {
      if (temporaryAssistance.isPresent()) {
        JsonNode approval = temporaryAssistance.get().get("approvalDate");
        if (approval != null && approval.isTextual() && approval.asText().length() >= 7) {
          month = YearMonth.parse(approval.asText().substring(0, 7));
        } else {
          problems.add("case '" + name + "' has no month and its temporaryAssistance no approvalDate");
        }
      } else {
        problems.add("case '" + name + "' has no month");
      }
    }
    if (expect.isEmpty() && expectError.isEmpty()) {
      problems.add("case '" + name + "' expects nothing: give expect or expectError");
    }
    for (Map.Entry<Scheme, List<Expectation>> x : expect.entrySet()) {
      for (Expectation ex : x.getValue()) {
        if ((ex.status() == org.minzheng.scheme.Outcome.ELIGIBLE) != ex.amount().isPresent()) {
          problems.add("case '" + name + "' " + x.getKey() + " " + ex.beneficiary()
              + ": amount must be given exactly when status is ELIGIBLE");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** @return the day the calculation's clock reads */
  public LocalDate effectiveToday() {
    LocalDate end2020 = LocalDate.of(2020, 12, 31);
    return today.orElseGet(() -> month.atEndOfMonth().isAfter(end2020) ? month.atEndOfMonth() : end2020);
  }
}
