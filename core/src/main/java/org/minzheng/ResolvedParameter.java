package org.minzheng;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.RegionCode;

/**
 * A parameter value as the registry resolved it for a region and date, with its provenance: which
 * module and which region level (county, city, province) supplied it.
 *
 * @param <T> the value's type
 * @param source the dated value with its legal basis and status, not null
 * @param providerId the standards module that supplied it, not null
 * @param providerVersion that module's version, not null
 * @param requestedRegion the region asked for, not null
 * @param suppliedBy the region level whose value it is, not null
 * @param date the date asked for, not null
 * @param warning set in lenient mode when the value was not in force on {@code date}
 * @param knownOn the knowledge date the value was resolved as known on, when it is to be named (a
 *     calculation as known on a day other than today, rules.md §11); empty otherwise
 * @since 0.1
 */
public record ResolvedParameter<T>(
    ParameterValue<T> source,
    String providerId,
    String providerVersion,
    RegionCode requestedRegion,
    RegionCode suppliedBy,
    LocalDate date,
    Optional<String> warning,
    Optional<LocalDate> knownOn) {

  /**
   * Checks the components.
   *
   * @param source the dated value with its legal basis and status, not null
   * @param providerId the standards module that supplied it, not null
   * @param providerVersion that module's version, not null
   * @param requestedRegion the region asked for, not null
   * @param suppliedBy the region level whose value it is, not null
   * @param date the date asked for, not null
   * @param warning set in lenient mode when the value was not in force on {@code date}
   * @param knownOn the knowledge date the value was resolved as known on, when it is to be named (a calculation as known on a day other than today, rules.md §11); empty otherwise
   */
  public ResolvedParameter {
    requireNonNull(source, "source");
    requireNonNull(providerId, "providerId");
    requireNonNull(providerVersion, "providerVersion");
    requireNonNull(requestedRegion, "requestedRegion");
    requireNonNull(suppliedBy, "suppliedBy");
    requireNonNull(date, "date");
    requireNonNull(warning, "warning");
    requireNonNull(knownOn, "knownOn");
  }

  /**
   * A resolution that names no knowledge date.
   *
   * @param source the dated value, not null
   * @param providerId the module that supplied it, not null
   * @param providerVersion that module's version, not null
   * @param requestedRegion the region asked for, not null
   * @param suppliedBy the region level whose value it is, not null
   * @param date the date asked for, not null
   * @param warning the lenient-mode warning, if any
   */
  public ResolvedParameter(ParameterValue<T> source, String providerId, String providerVersion,
      RegionCode requestedRegion, RegionCode suppliedBy, LocalDate date, Optional<String> warning) {
    this(source, providerId, providerVersion, requestedRegion, suppliedBy, date, warning, Optional.empty());
  }

  /** @return the value */
  public T value() {
    return source.value();
  }

  /** @return true if a less local level than the region asked for supplied the value */
  public boolean inherited() {
    return !suppliedBy.equals(requestedRegion);
  }

  /** @return the parameter as an explanation step records it */
  public ParameterUse toUse() {
    Optional<String> note = warning.isPresent() ? warning : source.note();
    if (knownOn.isPresent()) {
      String known = "as known on " + knownOn.get()
          + (source.hasPublicationDate() ? " (value published " + source.published() + ")" : "");
      note = Optional.of(note.map(n -> known + "; " + n).orElse(known));
    }
    return new ParameterUse(source.key().id(), source.formattedValue(), source.key().unit().chinese(),
        source.key().unit().english(), source.effectiveFrom(), source.effectiveUntil(), source.basis(), source.status(),
        source.datingStatus(), providerId, suppliedBy, note);
  }

  @Override
  public String toString() {
    return source + " from " + providerId + " " + providerVersion + " at " + suppliedBy
        + knownOn.map(k -> " as known on " + k).orElse("")
        + warning.map(w -> " WARNING: " + w).orElse("");
  }
}
