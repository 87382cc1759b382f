package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.minzheng.household.HouseholdId;
import org.minzheng.internal.payout.Fingerprints;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * One payment leaving the bureau (or, for a {@link PayoutKind#RECOVERY recovery}, reclaimed): who is
 * paid, for whom, under which scheme, for which month, how much, and the standards stamp that
 * reproduces the amount.
 *
 * <p>Its {@link #idempotencyKey()} is derived from the period, scheme, beneficiary and kind, and for
 * a correction (back pay, recovery) also the run month: a ledger records a key at most once, so
 * running the same month twice pays nothing twice. Amount signs follow {@link PayoutKind}.
 *
 * @param runMonth the month the payment is made in; for {@code REGULAR} and {@code ONE_OFF} lines the
 *     same as {@code period}, not null
 * @param period the benefit month paid or corrected (for temporary assistance the approval month), not null
 * @param scheme the scheme, not null
 * @param beneficiary whom the entitlement is about (person, household or case), not null
 * @param payee who receives the money (the beneficiary, the household, or the support institution), not null
 * @param householdId the beneficiary's household, not null
 * @param region the household's county-level region (GB/T 2260), not null
 * @param kind regular, back pay, recovery or one-off, not null
 * @param amount the amount; sign as {@link PayoutKind} says, not null
 * @param persons the persons the payment covers (the counted members for dibao, the persons affected
 *     for temporary assistance, otherwise 1), at least 1
 * @param stamp the standards stamp of the calculation behind the amount, not null
 * @param corrects for a correction or waiver, what it corrects, part of its idempotency key:
 *     {@code g<n> <paid>><owed>} — the number n of correction lines recorded for the pair-month
 *     before it, the net paid (fen) it found and the entitlement (fen) it brings the month to —
 *     followed for a waiver by its reason; empty for regular and one-off lines (and for corrections
 *     recorded before 0.2), not null
 * @since 0.1
 */
public record PayoutLine(
    YearMonth runMonth,
    YearMonth period,
    Scheme scheme,
    Beneficiary beneficiary,
    Beneficiary payee,
    HouseholdId householdId,
    RegionCode region,
    PayoutKind kind,
    Money amount,
    int persons,
    Stamp stamp,
    String corrects) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the amount's sign does not fit the kind, a regular line is
   *     paid in another month than its period, a correction is dated before its period, or persons is below 1
   * @param runMonth the month the payment is made in; for {@code REGULAR} and {@code ONE_OFF} lines the same as {@code period}, not null
   * @param period the benefit month paid or corrected (for temporary assistance the approval month), not null
   * @param scheme the scheme, not null
   * @param beneficiary whom the entitlement is about (person, household or case), not null
   * @param payee who receives the money (the beneficiary, the household, or the support institution), not null
   * @param householdId the beneficiary's household, not null
   * @param region the household's county-level region (GB/T 2260), not null
   * @param kind regular, back pay, recovery or one-off, not null
   * @param amount the amount; sign as {@link PayoutKind} says, not null
   * @param persons the persons the payment covers (the counted members for dibao, the persons affected for temporary assistance, otherwise 1), at least 1
   * @param stamp the standards stamp of the calculation behind the amount, not null
   * @param corrects for a correction or waiver, what it corrects, part of its idempotency key: {@code g<n> <paid>><owed>} — the number n of correction lines recorded for the pair-month before it, the net paid (fen) it found and the entitlement (fen) it brings the month to — followed for a waiver by its reason; empty for regular and one-off lines (and for corrections recorded before 0.2), not null
   */
  public PayoutLine {
    requireNonNull(runMonth, "runMonth");
    requireNonNull(period, "period");
    requireNonNull(scheme, "scheme");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(payee, "payee");
    requireNonNull(householdId, "householdId");
    requireNonNull(region, "region");
    requireNonNull(kind, "kind");
    requireNonNull(amount, "amount");
    requireNonNull(stamp, "stamp");
    requireNonNull(corrects, "corrects");
    checkArgument(corrects.isEmpty() || kind.isCorrection(), "%s payout line for %s %s %s: only a correction says what it"
        + " corrects ('%s')", kind, scheme, beneficiary, period, corrects);
    checkArgument(corrects.indexOf('\n') < 0 && corrects.indexOf('|') < 0,
        "payout line for %s %s %s: corrects '%s' contains a line break or '|'", scheme, beneficiary, period, corrects);
    checkArgument(persons >= 1, "payout line for %s %s %s: persons %s is less than 1", scheme, beneficiary, period, persons);
    switch (kind) {
      case REGULAR:
      case ONE_OFF:
        checkArgument(!amount.isNegative(), "%s payout line for %s %s %s: amount %s is negative",
            kind, scheme, beneficiary, period, amount);
        checkArgument(runMonth.equals(period), "%s payout line for %s %s: runMonth %s differs from period %s",
            kind, scheme, beneficiary, runMonth, period);
        break;
      case BACK_PAY:
        checkArgument(amount.isPositive(), "back-pay line for %s %s %s: amount %s is not positive",
            scheme, beneficiary, period, amount);
        break;
      case WAIVER:
      case RECOVERY:
        checkArgument(amount.isNegative(), kind.english() + " line for %s %s %s: amount %s is not negative (recoveries are negative)",
            scheme, beneficiary, period, amount);
        break;
      default:
        throw new AssertionError(kind);
    }
    checkArgument(!kind.isCorrection() || !runMonth.isBefore(period),
        "%s line for %s %s: runMonth %s is before period %s", kind, scheme, beneficiary, runMonth, period);
  }

  /**
   * A line that corrects nothing (regular, one-off, or a correction keyed as before 0.2).
   *
   * @param runMonth the run month, not null
   * @param period the benefit month, not null
   * @param scheme the scheme, not null
   * @param beneficiary the beneficiary, not null
   * @param payee the payee, not null
   * @param householdId the household, not null
   * @param region the region, not null
   * @param kind the kind, not null
   * @param amount the amount, not null
   * @param persons the persons covered, at least 1
   * @param stamp the stamp, not null
   */
  public PayoutLine(YearMonth runMonth, YearMonth period, Scheme scheme, Beneficiary beneficiary, Beneficiary payee,
      HouseholdId householdId, RegionCode region, PayoutKind kind, Money amount, int persons, Stamp stamp) {
    this(runMonth, period, scheme, beneficiary, payee, householdId, region, kind, amount, persons, stamp, "");
  }

  /**
   * The deterministic idempotency key, e.g. {@code 2020-01|DIBAO|HOUSEHOLD:410402-0001|REGULAR} or
   * {@code 2020-01|DIBAO|HOUSEHOLD:410402-0001|BACK_PAY|2020-03|g0 57000>60000}.
   *
   * @return the key
   */
  public String idempotencyKey() {
    return key(period, scheme, beneficiary, kind, runMonth, corrects);
  }

  /**
   * The 64-bit fingerprint of {@link #idempotencyKey()} (FarmHash Fingerprint64, stable across
   * releases) that ledgers index.
   *
   * @return the fingerprint
   */
  public long keyFingerprint() {
    return keyFingerprint(period, scheme, beneficiary, kind, runMonth, corrects);
  }

  /** The fingerprint of {@link #key(YearMonth, Scheme, Beneficiary, PayoutKind, YearMonth)}, without building the key. */
  static long keyFingerprint(YearMonth period, Scheme scheme, Beneficiary beneficiary, PayoutKind kind, YearMonth runMonth) {
    return keyFingerprint(period, scheme, beneficiary, kind, runMonth, "");
  }

  static long keyFingerprint(YearMonth period, Scheme scheme, Beneficiary beneficiary, PayoutKind kind, YearMonth runMonth,
      String corrects) {
    return Fingerprints.ofKey(period, scheme, beneficiary, kind.name(), kind.isCorrection() ? runMonth : null,
        corrects.isEmpty() ? null : corrects);
  }

  /**
   * The idempotency key of a line.
   *
   * @param period the benefit month, not null
   * @param scheme the scheme, not null
   * @param beneficiary the beneficiary, not null
   * @param kind the kind, not null
   * @param runMonth the run month; used only for corrections, not null
   * @return the key
   */
  public static String key(YearMonth period, Scheme scheme, Beneficiary beneficiary, PayoutKind kind, YearMonth runMonth) {
    return key(period, scheme, beneficiary, kind, runMonth, "");
  }

  /**
   * The idempotency key of a line that says what it corrects.
   *
   * @param period the benefit month, not null
   * @param scheme the scheme, not null
   * @param beneficiary the beneficiary, not null
   * @param kind the kind, not null
   * @param runMonth the run month; used only for corrections, not null
   * @param corrects what a correction corrects, or empty, not null
   * @return the key
   * @since 0.2
   */
  public static String key(YearMonth period, Scheme scheme, Beneficiary beneficiary, PayoutKind kind, YearMonth runMonth,
      String corrects) {
    StringBuilder sb = new StringBuilder(64).append(period).append('|').append(scheme.name()).append('|')
        .append(beneficiary.kind().name()).append(':').append(beneficiary.id()).append('|').append(kind.name());
    if (kind.isCorrection()) {
      sb.append('|').append(runMonth);
      if (!corrects.isEmpty()) {
        sb.append('|').append(corrects);
      }
    }
    return sb.toString();
  }

  /** @return the county-level region's city (prefecture), e.g. 410400 for 410402 */
  public RegionCode city() {
    return region.level() == RegionCode.Level.COUNTY ? region.parent().orElseThrow() : region;
  }
}
