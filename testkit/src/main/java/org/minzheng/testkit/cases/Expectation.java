package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.minzheng.scheme.Outcome;
import org.minzheng.standard.Money;

/**
 * What a case expects of one beneficiary's result for one scheme.
 *
 * @param beneficiary a resident ID, {@code household} (the household's id) or {@code case} (the
 *     temporary-assistance case's id), not null
 * @param status the expected outcome, not null
 * @param amount the expected amount (only for {@code ELIGIBLE}; required there)
 * @param payee the expected payee, if checked: {@code household}, {@code self} (the beneficiary),
 *     a resident ID, or {@code institution:<id>}
 * @param failedCondition a reason code the result must carry (for {@code INELIGIBLE}), if checked
 * @param missingFacts fact paths the result must name (for {@code UNDETERMINED}); each must be among
 *     the result's missing facts
 * @since 0.1
 */
public record Expectation(String beneficiary, Outcome status, Optional<Money> amount, Optional<String> payee,
    Optional<String> failedCondition, List<String> missingFacts) {
  /**
   * Checks the components.
   *
   * @param beneficiary a resident ID, {@code household} (the household's id) or {@code case} (the temporary-assistance case's id), not null
   * @param status the expected outcome, not null
   * @param amount the expected amount (only for {@code ELIGIBLE}; required there)
   * @param payee the expected payee, if checked: {@code household}, {@code self} (the beneficiary), a resident ID, or {@code institution:<id>}
   * @param failedCondition a reason code the result must carry (for {@code INELIGIBLE}), if checked
   * @param missingFacts fact paths the result must name (for {@code UNDETERMINED}); each must be among the result's missing facts
   */
  public Expectation {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(status, "status");
    amount = amount == null ? Optional.empty() : amount;
    payee = payee == null ? Optional.empty() : payee;
    failedCondition = failedCondition == null ? Optional.empty() : failedCondition;
    missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
  }

  /** @return e.g. {@code ELIGIBLE 306.67 payee household} */
  public String describe() {
    StringBuilder sb = new StringBuilder(status.name());
    amount.ifPresent(a -> sb.append(' ').append(a));
    payee.ifPresent(p -> sb.append(" payee ").append(p));
    failedCondition.ifPresent(c -> sb.append(" failed ").append(c));
    if (!missingFacts.isEmpty()) {
      sb.append(" missing ").append(missingFacts);
    }
    return sb.toString();
  }
}
