package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Status;

/**
 * One parameter a step used: its value, unit, effective period, legal basis and status, and the
 * module and region level that supplied it.
 *
 * @param id the parameter id, not null
 * @param value the value as text, e.g. {@code 570.00}, not null
 * @param unit the unit in Chinese, e.g. {@code 元/人/月}, not null
 * @param unitEnglish the unit in English, e.g. {@code yuan per person per month}, not null
 * @param effectiveFrom first day in force, not null
 * @param effectiveUntil first day no longer in force, if any
 * @param basis the legal basis, not null
 * @param status the value's status, not null
 * @param datingStatus the status of its effective dates, not null
 * @param providerId the standards module that supplied it, not null
 * @param suppliedBy the region level whose value it is (county, city or province), not null
 * @param note a derivation or a lenient-mode warning, if any
 * @since 0.1
 */
public record ParameterUse(
    String id,
    String value,
    String unit,
    String unitEnglish,
    LocalDate effectiveFrom,
    Optional<LocalDate> effectiveUntil,
    LegalBasis basis,
    Status status,
    Status datingStatus,
    String providerId,
    RegionCode suppliedBy,
    Optional<String> note) {
  /**
   * Checks the components.
   *
   * @param id the parameter id, not null
   * @param value the value as text, e.g. {@code 570.00}, not null
   * @param unit the unit in Chinese, e.g. {@code 元/人/月}, not null
   * @param unitEnglish the unit in English, e.g. {@code yuan per person per month}, not null
   * @param effectiveFrom first day in force, not null
   * @param effectiveUntil first day no longer in force, if any
   * @param basis the legal basis, not null
   * @param status the value's status, not null
   * @param datingStatus the status of its effective dates, not null
   * @param providerId the standards module that supplied it, not null
   * @param suppliedBy the region level whose value it is (county, city or province), not null
   * @param note a derivation or a lenient-mode warning, if any
   */
  public ParameterUse {
    requireNonNull(id, "id");
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(unitEnglish, "unitEnglish");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(effectiveUntil, "effectiveUntil");
    requireNonNull(basis, "basis");
    requireNonNull(status, "status");
    requireNonNull(datingStatus, "datingStatus");
    requireNonNull(providerId, "providerId");
    requireNonNull(suppliedBy, "suppliedBy");
    requireNonNull(note, "note");
  }
}
