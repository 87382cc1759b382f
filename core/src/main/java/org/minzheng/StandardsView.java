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
  private final ConcurrentHashMap<ParameterKey<?>, Object> cache = new ConcurrentHashMap<>();
  private static final Object ABSENT = new Object();

  StandardsView(StandardsRegistry registry, RegionCode region, LocalDate date) {
    this.registry = registry;
    this.region = region;
    this.date = date;
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
      o = registry.resolve(key, region, date);
      cache.putIfAbsent(key, o);
    }
    if (o == ABSENT) {
      return registry.resolve(key, region, date); // throws with the full message
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
      Optional<ResolvedParameter<T>> r = registry.findParameter(key, region, date);
      o = r.isPresent() ? r.get() : ABSENT;
      cache.putIfAbsent(key, o);
    }
    return o == ABSENT ? Optional.empty() : Optional.of((ResolvedParameter<T>) o);
  }

  @Override
  public String toString() {
    return "StandardsView[" + region + " on " + date + "]";
  }
}
