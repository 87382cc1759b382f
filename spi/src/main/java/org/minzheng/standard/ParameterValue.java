package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated value of a parameter, with everything an auditor needs: the unit, the effective
 * period {@code [effectiveFrom, effectiveUntil)}, the legal basis and the status.
 *
 * @param <T> the type of the value
 * @param key the parameter, not null
 * @param value the value, not null
 * @param effectiveFrom the first day the value is in force, not null
 * @param effectiveUntil the first day it is no longer in force; empty if open-ended
 * @param basis the document the value comes from, not null
 * @param status the status of the value, not null
 * @param datingStatus the status of the effective dates (e.g. a {@code SEED} amount whose start
 *     date is an {@code ASSUMPTION}), not null
 * @param note how the value was derived or why it was chosen, if anything needs saying
 * @param published the day the value was published (rules.md §11): a calculation as known on a day K
 *     uses only values published on or before K; {@link #ALWAYS_KNOWN} for a value built without one
 *     (a test, a reform overlay), which every knowledge date knows, not null
 * @since 0.1
 */
public record ParameterValue<T>(
    ParameterKey<T> key,
    T value,
    LocalDate effectiveFrom,
    Optional<LocalDate> effectiveUntil,
    LegalBasis basis,
    Status status,
    Status datingStatus,
    Optional<String> note,
    LocalDate published) {

  /**
   * The publication date of a value whose publication is not recorded: known on every day. Shipped
   * standards modules give real dates (the conformance kit checks it); code-built values default to this.
   */
  public static final LocalDate ALWAYS_KNOWN = LocalDate.MIN;

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the value is not of the key's type or the period is empty
   * @param key the parameter, not null
   * @param value the value, not null
   * @param effectiveFrom the first day the value is in force, not null
   * @param effectiveUntil the first day it is no longer in force; empty if open-ended
   * @param basis the document the value comes from, not null
   * @param status the status of the value, not null
   * @param datingStatus the status of the effective dates (e.g. a {@code SEED} amount whose start date is an {@code ASSUMPTION}), not null
   * @param note how the value was derived or why it was chosen, if anything needs saying
   * @param published the day the value was published (rules.md §11): a calculation as known on a day K uses only values published on or before K; {@link #ALWAYS_KNOWN} for a value built without one (a test, a reform overlay), which every knowledge date knows, not null
   */
  public ParameterValue {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(effectiveUntil, "effectiveUntil");
    requireNonNull(basis, "basis");
    requireNonNull(status, "status");
    requireNonNull(datingStatus, "datingStatus");
    requireNonNull(note, "note");
    requireNonNull(published, "published");
    checkArgument(key.type().javaType().isInstance(value),
        "parameter %s: value %s is not of type %s", key, value, key.type());
    checkArgument(effectiveUntil.isEmpty() || effectiveUntil.get().isAfter(effectiveFrom),
        "parameter %s: effectiveUntil %s is not after effectiveFrom %s", key, effectiveUntil.orElse(null), effectiveFrom);
  }

  /**
   * A value with no recorded publication date ({@link #ALWAYS_KNOWN}).
   *
   * @param key the parameter, not null
   * @param value the value, not null
   * @param effectiveFrom the first day the value is in force, not null
   * @param effectiveUntil the first day it is no longer in force; empty if open-ended
   * @param basis the document the value comes from, not null
   * @param status the status of the value, not null
   * @param datingStatus the status of the effective dates, not null
   * @param note how the value was derived or why it was chosen, if anything needs saying
   */
  public ParameterValue(ParameterKey<T> key, T value, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil,
      LegalBasis basis, Status status, Status datingStatus, Optional<String> note) {
    this(key, value, effectiveFrom, effectiveUntil, basis, status, datingStatus, note, ALWAYS_KNOWN);
  }

  /**
   * @param date the publication date, not null
   * @return this value published on {@code date}
   */
  public ParameterValue<T> publishedOn(LocalDate date) {
    return new ParameterValue<>(key, value, effectiveFrom, effectiveUntil, basis, status, datingStatus, note, date);
  }

  /**
   * @param knowledgeDate a day, not null
   * @return true if this value was published on or before {@code knowledgeDate}
   */
  public boolean isKnownOn(LocalDate knowledgeDate) {
    return !published.isAfter(knowledgeDate);
  }

  /** @return true if the value has a recorded publication date */
  public boolean hasPublicationDate() {
    return !published.equals(ALWAYS_KNOWN);
  }

  /** @return the closed-open period in force */
  public DatePeriod period() {
    return new DatePeriod(effectiveFrom, effectiveUntil);
  }

  /**
   * @param date a day, not null
   * @return true if this value is in force on {@code date}
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveUntil.isEmpty() || date.isBefore(effectiveUntil.get()));
  }

  /** @return the value as an explanation shows it, e.g. {@code 570.00} */
  public String formattedValue() {
    return key.type().format(value);
  }

  /** @return true if the value or its dating rests on an assumption */
  public boolean restsOnAssumption() {
    return status == Status.ASSUMPTION || datingStatus == Status.ASSUMPTION;
  }

  /** @return e.g. {@code dibao.standard.urban = 570.00 [2020-01-01, ∞) SEED} */
  @Override
  public String toString() {
    return key + " = " + formattedValue() + " [" + effectiveFrom + ", "
        + effectiveUntil.map(LocalDate::toString).orElse("∞") + ") " + status
        + (hasPublicationDate() ? " published " + published : "");
  }
}
