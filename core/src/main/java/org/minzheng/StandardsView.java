package org.minzheng;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.RegionCode;

/**
 * The standards in force for one region on one day, resolved county → city → province, each value
 * resolved once and then cached. Obtained from {@link StandardsRegistry#standardFor}; thread-safe.
 *
 * @since 0.1
 */
public final class StandardsView {
  private final StandardsRegistry registry;
  private final RegionCode region;
  private final LocalDate date;
  private final LocalDate knownOn;
  private final boolean named;
  private final ConcurrentHashMap<ParameterKey<?>, Object> cache = new ConcurrentHashMap<>();
  private static final Object ABSENT = new Object();

  StandardsView(StandardsRegistry registry, RegionCode region, LocalDate date, LocalDate knownOn, boolean named) {
    this.registry = registry;
    this.region = region;
    this.date = date;
    this.knownOn = knownOn;
    this.named = named;
  }

  /**
   * @return the knowledge date (rules.md §11): only values published on or before it are used;
   *     {@link LocalDate#MAX} for a view of everything published
   * @since 0.2
   */
  public LocalDate knownOn() {
    return knownOn;
  }

  /**
   * @return the knowledge date when results must name it (a calculation as known on a day other than
   *     today); empty otherwise
   * @since 0.2
   */
  public Optional<LocalDate> namedKnowledgeDate() {
    return named ? Optional.of(knownOn) : Optional.empty();
  }

  /** @return the region */
  public RegionCode region() {
    return region;
  }

  /** @return the day the values are in force */
  public LocalDate date() {
    return date;
  }

  /** @return the registry this view reads */
  public StandardsRegistry registry() {
    return registry;
  }

  /**
   * @param <T> the value's type
   * @param key the parameter, not null
   * @return the resolved parameter
   * @throws org.minzheng.standard.StandardNotFoundException if no value applies (strict mode)
   */
  @SuppressWarnings("unchecked")
  public <T> ResolvedParameter<T> get(ParameterKey<T> key) {
    requireNonNull(key, "key");
    Object o = cache.get(key);
    if (o == null) {
      o = registry.resolve(key, region, date, knownOn, named);
      cache.putIfAbsent(key, o);
    }
    if (o == ABSENT) {
      return registry.resolve(key, region, date, knownOn, named); // throws with the full message
    }
    return (ResolvedParameter<T>) o;
  }

  /**
   * @param <T> the value's type
   * @param key the parameter, not null
   * @return the value
   * @throws org.minzheng.standard.StandardNotFoundException if no value applies (strict mode)
   */
  public <T> T value(ParameterKey<T> key) {
    return get(key).value();
  }

  /**
   * @param <T> the value's type
   * @param key the parameter, not null
   * @return the resolved parameter, or empty if no value applies (never throws for that)
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<ResolvedParameter<T>> find(ParameterKey<T> key) {
    requireNonNull(key, "key");
    Object o = cache.get(key);
    if (o == null) {
      Optional<ResolvedParameter<T>> r = registry.findParameter(key, region, date, knownOn, named);
      o = r.isPresent() ? r.get() : ABSENT;
      cache.putIfAbsent(key, o);
    }
    return o == ABSENT ? Optional.empty() : Optional.of((ResolvedParameter<T>) o);
  }

  @Override
  public String toString() {
    return "StandardsView[" + region + " on " + date + (knownOn.equals(LocalDate.MAX) ? "" : " as known on " + knownOn) + "]";
  }
}
