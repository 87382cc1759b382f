package org.minzheng.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.YearMonth;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * One scheme, one region (or institution), one month: that month's figures and the figures
 * cumulative from January of its year.
 *
 * <p>Counting rules: a <em>recipient</em> is a distinct beneficiary (a household for dibao, a person
 * for the per-person schemes, a case for temporary assistance) with a regular or one-off line;
 * <em>persons</em> are the distinct persons those payments covered (for a dibao household its
 * largest counted size in the period); <em>person-times</em> (人次) add up the persons of every
 * regular or one-off line (a household of 3 paid for 9 months is 27 person-times). Back pay and
 * recoveries change the amount of the month they are paid in (their run month), not the counts.
 *
 * <p>Temporary assistance is counted by case: a case is a recipient, and its persons are the persons
 * affected that the case names, so persons and person-times are both the sum over distinct cases
 * (a case names no individuals, so a person helped by two cases counts twice). The seed reports
 * temporary assistance in persons (8,721 persons, an average of 760 yuan each: rules.md §3, §10), so
 * its sentence uses {@link #cumulativePersons()} and the average per person is
 * {@code cumulativeAmount / cumulativePersons}.
 *
 * @param scheme the scheme, not null
 * @param level county, city or institution, not null
 * @param key the region code or institution id, not null
 * @param period the month (of payment), not null
 * @param recipients distinct recipients paid in the month
 * @param personTimes person-times paid in the month
 * @param amount the amount paid in the month, corrections included, not null
 * @param cumulativeRecipients distinct recipients paid from January through the month
 * @param cumulativePersons distinct persons covered from January through the month
 * @param cumulativePersonTimes person-times from January through the month
 * @param cumulativeAmount the amount from January through the month, not null
 * @param lines payout lines in the month
 * @param backPay the part of {@code amount} that is back pay (补发) for earlier months, not null (since 0.2)
 * @param recovery the part of {@code amount} that is recovered (追回, negative), not null (since 0.2);
 *     the regular payments are {@code amount − backPay − recovery}
 * @param heldItems overpayments held for review (rules.md §11) by the reconciliation whose run month this is:
 *     one per beneficiary, scheme and reason, as {@link org.minzheng.payout.Reconciliation.ReviewItem} lists
 *     them (since 0.3); 0 in a report made from the ledger alone, which records no held item
 * @param heldAmount their total, positive (the amount a recovery would take back), not part of {@code amount},
 *     not null (since 0.3)
 * @since 0.1
 */
@JsonPropertyOrder({"scheme", "level", "key", "period", "recipients", "personTimes", "amount", "cumulativeRecipients",
    "cumulativePersons", "cumulativePersonTimes", "cumulativeAmount", "lines", "backPay", "recovery",
    "heldItems", "heldAmount"})
public record ReportRow(
    Scheme scheme,
    ReportLevel level,
    String key,
    YearMonth period,
    long recipients,
    long personTimes,
    Money amount,
    long cumulativeRecipients,
    long cumulativePersons,
    long cumulativePersonTimes,
    Money cumulativeAmount,
    long lines,
    Money backPay,
    Money recovery,
    long heldItems,
    Money heldAmount) {
  /**
   * Checks the components.
   *
   * @param scheme the scheme, not null
   * @param level county, city or institution, not null
   * @param key the region code or institution id, not null
   * @param period the month (of payment), not null
   * @param recipients distinct recipients paid in the month
   * @param personTimes person-times paid in the month
   * @param amount the amount paid in the month, corrections included, not null
   * @param cumulativeRecipients distinct recipients paid from January through the month
   * @param cumulativePersons distinct persons covered from January through the month
   * @param cumulativePersonTimes person-times from January through the month
   * @param cumulativeAmount the amount from January through the month, not null
   * @param lines payout lines in the month
   * @param backPay the part of {@code amount} that is back pay (补发) for earlier months, not null (since 0.2)
   * @param recovery the part of {@code amount} that is recovered (追回, negative), not null (since 0.2); the regular payments are {@code amount − backPay − recovery}
   * @param heldItems overpayments held for review in the month (rules.md §11), by count (since 0.2)
   * @param heldAmount their total, positive, not null (since 0.2)
   */
  public ReportRow {
    requireNonNull(scheme, "scheme");
    requireNonNull(level, "level");
    requireNonNull(key, "key");
    requireNonNull(period, "period");
    requireNonNull(amount, "amount");
    requireNonNull(cumulativeAmount, "cumulativeAmount");
    requireNonNull(backPay, "backPay");
    requireNonNull(recovery, "recovery");
    requireNonNull(heldAmount, "heldAmount");
  }

  /**
   * A row with nothing held for review: the components of 0.2.
   *
   * @param scheme the scheme, not null
   * @param level county, city or institution, not null
   * @param key the region code or institution id, not null
   * @param period the month (of payment), not null
   * @param recipients distinct recipients paid in the month
   * @param personTimes person-times paid in the month
   * @param amount the amount paid in the month, corrections included, not null
   * @param cumulativeRecipients distinct recipients paid from January through the month
   * @param cumulativePersons distinct persons covered from January through the month
   * @param cumulativePersonTimes person-times from January through the month
   * @param cumulativeAmount the amount from January through the month, not null
   * @param lines payout lines in the month
   * @param backPay the part of {@code amount} that is back pay (补发) for earlier months, not null (since 0.2)
   * @param recovery the part of {@code amount} that is recovered (追回, negative), not null (since 0.2); the regular payments are {@code amount − backPay − recovery}
   */
  public ReportRow(Scheme scheme, ReportLevel level, String key, YearMonth period, long recipients, long personTimes,
      Money amount, long cumulativeRecipients, long cumulativePersons, long cumulativePersonTimes, Money cumulativeAmount,
      long lines, Money backPay, Money recovery) {
    this(scheme, level, key, period, recipients, personTimes, amount, cumulativeRecipients, cumulativePersons,
        cumulativePersonTimes, cumulativeAmount, lines, backPay, recovery, 0, Money.ZERO);
  }
}
