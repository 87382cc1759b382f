package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * Every scheme's result for one household and month: dibao for the household, and the per-person
 * schemes for each counted member, in a fixed order (scheme order, then member order).
 *
 * @param householdId the household's id, not null
 * @param month the benefit month, not null
 * @param results the results, not null
 * @param stamp what is needed to reproduce them, not null
 * @since 0.1
 */
public record HouseholdResult(String householdId, YearMonth month, List<SchemeResult> results, Stamp stamp) {
  /**
   * Copies the list.
   *
   * @param householdId the household's id, not null
   * @param month the benefit month, not null
   * @param results the results, not null
   * @param stamp what is needed to reproduce them, not null
   */
  public HouseholdResult {
    requireNonNull(householdId, "householdId");
    requireNonNull(month, "month");
    results = List.copyOf(results);
    requireNonNull(stamp, "stamp");
  }

  /**
   * @param scheme a scheme, not null
   * @return the results of that scheme, in member order
   */
  public List<SchemeResult> of(Scheme scheme) {
    return results.stream().filter(r -> r.scheme() == scheme).toList();
  }

  /**
   * @param scheme a scheme, not null
   * @param beneficiaryId a resident ID or the household id, not null
   * @return that beneficiary's result for that scheme, if any
   */
  public Optional<SchemeResult> find(Scheme scheme, String beneficiaryId) {
    return results.stream().filter(r -> r.scheme() == scheme && r.beneficiary().id().equals(beneficiaryId)).findFirst();
  }

  /** @return the sum of every eligible amount */
  public Money total() {
    Money m = Money.ZERO;
    for (SchemeResult r : results) {
      m = m.plus(r.amountOrZero());
    }
    return m;
  }
}
