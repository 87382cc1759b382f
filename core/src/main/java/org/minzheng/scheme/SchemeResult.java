package org.minzheng.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * What one scheme gives one beneficiary for one month.
 *
 * <p>{@code ELIGIBLE} has an amount (possibly 0.00) and a payee; {@code INELIGIBLE} has at least one
 * failed condition in {@code reasons}; {@code UNDETERMINED} has at least one entry in
 * {@code missingFacts}, each a path such as {@code household.assetsWithinLimits} or
 * {@code members[410402195001010018].hasCapableSupporter}.
 *
 * @param scheme the scheme, not null
 * @param month the benefit month (for temporary assistance, the month of approval), not null
 * @param beneficiary whom the result is about, not null
 * @param outcome the outcome, not null
 * @param amount the amount, present exactly when eligible
 * @param payee who is paid (the person, the household, or the support institution), present exactly when eligible
 * @param reasons failed conditions, for an ineligible result
 * @param missingFacts missing facts, for an undetermined result
 * @param explanation why, step by step; {@link Explanation#NONE} when explanations are off
 * @since 0.1
 */
public record SchemeResult(
    Scheme scheme,
    YearMonth month,
    Beneficiary beneficiary,
    Outcome outcome,
    Optional<Money> amount,
    Optional<Beneficiary> payee,
    List<Reason> reasons,
    List<Reason> missingFacts,
    Explanation explanation) {

  /**
   * Checks that the components agree with the outcome.
   *
   * @param scheme the scheme, not null
   * @param month the benefit month (for temporary assistance, the month of approval), not null
   * @param beneficiary whom the result is about, not null
   * @param outcome the outcome, not null
   * @param amount the amount, present exactly when eligible
   * @param payee who is paid (the person, the household, or the support institution), present exactly when eligible
   * @param reasons failed conditions, for an ineligible result
   * @param missingFacts missing facts, for an undetermined result
   * @param explanation why, step by step; {@link Explanation#NONE} when explanations are off
   * @throws IllegalArgumentException if they do not
   */
  public SchemeResult {
    requireNonNull(scheme, "scheme");
    requireNonNull(month, "month");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(outcome, "outcome");
    requireNonNull(amount, "amount");
    requireNonNull(payee, "payee");
    reasons = List.copyOf(reasons);
    missingFacts = List.copyOf(missingFacts);
    requireNonNull(explanation, "explanation");
    checkArgument((outcome == Outcome.ELIGIBLE) == amount.isPresent(),
        "%s result for %s: amount must be present exactly when eligible", outcome, beneficiary);
    checkArgument((outcome == Outcome.ELIGIBLE) == payee.isPresent(),
        "%s result for %s: payee must be present exactly when eligible", outcome, beneficiary);
    checkArgument(outcome != Outcome.INELIGIBLE || !reasons.isEmpty(),
        "ineligible result for %s has no reason", beneficiary);
    checkArgument(outcome != Outcome.UNDETERMINED || !missingFacts.isEmpty(),
        "undetermined result for %s names no missing fact", beneficiary);
  }

  /** @return true if the outcome is {@code ELIGIBLE} */
  @JsonIgnore // derived, not a JSON property: without this the result cannot be read back
  public boolean isEligible() {
    return outcome == Outcome.ELIGIBLE;
  }

  /** @return the amount if eligible, else zero */
  public Money amountOrZero() {
    return amount.orElse(Money.ZERO);
  }
}
