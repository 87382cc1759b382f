package org.minzheng;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.minzheng.json.StandardsJson;
import org.minzheng.standard.Claim;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardNotFoundException;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded standards modules, and the one place that resolves a parameter for a region and date.
 *
 * <p>Resolution walks the region's {@link RegionCode#chain() chain}, county → city → province. At
 * each level, the module that {@link Claim claims} the parameter's scheme for that level and date
 * is asked for a value in force on the date; the first value found wins, and the result says which
 * module and which level supplied it. A county module may so override a single parameter of its
 * city and inherit the rest.
 *
 * <p>Loading validates everything at once and loads nothing if anything is wrong: malformed
 * documents (with JSON paths), two modules claiming the same region, scheme and date (naming both
 * modules and both periods), duplicate module ids, unsupported SPI versions. Providers are sorted by
 * id, so class-path order never matters.
 *
 * <pre>{@code
 * StandardsRegistry registry = StandardsRegistry.loadInstalled();          // ServiceLoader
 * StandardsRegistry explicit = StandardsRegistry.of(Standards2020.provider()); // by hand
 * Money urban = registry.standardFor(RegionCode.of("410402"), YearMonth.of(2020, 10))
 *     .value(Parameters.DIBAO_STANDARD_URBAN);                             // 570.00
 * }</pre>
 *
 * <p>Immutable and thread-safe. Views per region and day are cached.
 *
 * @since 0.1
 */
public final class StandardsRegistry {
  private static final Logger log = LoggerFactory.getLogger(StandardsRegistry.class);

  /** SPI versions this core supports. */
  public static final Set<Integer> SUPPORTED_SPI_VERSIONS = Set.of(StandardsProvider.SPI_VERSION);

  private final ResolutionMode mode;
  private final ImmutableList<StandardSet> sets;
  private final ImmutableSortedMap<RegionCode, RegionInfo> regions;
  /** region → scheme → claims sorted by start, with their set. */
  private final ImmutableMap<RegionCode, Map<Scheme, List<ClaimEntry>>> claims;
  private final ConcurrentHashMap<ViewKey, StandardsView> views = new ConcurrentHashMap<>();

  private record ClaimEntry(Claim claim, StandardSet set) {}

  private record ViewKey(RegionCode region, LocalDate date) {}

  private StandardsRegistry(ResolutionMode mode, List<StandardSet> sets) {
    this.mode = mode;
    this.sets = ImmutableList.copyOf(sets);
    Map<RegionCode, RegionInfo> r = new TreeMap<>();
    Map<RegionCode, Map<Scheme, List<ClaimEntry>>> c = new HashMap<>();
    for (StandardSet s : sets) {
      s.regions().forEach(info -> r.putIfAbsent(info.code(), info));
      for (Claim claim : s.claims()) {
        c.computeIfAbsent(claim.region(), k -> new TreeMap<>())
            .computeIfAbsent(claim.scheme(), k -> new ArrayList<>()).add(new ClaimEntry(claim, s));
      }
    }
    c.values().forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparing(e -> e.claim().effectiveFrom()))));
    this.regions = ImmutableSortedMap.copyOf(r);
    this.claims = ImmutableMap.copyOf(c);
  }

  /**
   * Loads every provider on the class path or module path, in strict mode.
   *
   * @return the registry
   * @throws StandardsConfigurationException listing every problem, if any provider cannot be loaded
   *     or none is found
   */
  public static StandardsRegistry loadInstalled() {
    return loadInstalled(ResolutionMode.STRICT);
  }

  /**
   * Loads every provider found by {@link ServiceLoader} through minzheng-core's class loader.
   *
   * @param mode strict or lenient, not null
   * @return the registry
   * @throws StandardsConfigurationException listing every problem, if any provider cannot be loaded
   *     or none is found
   */
  public static StandardsRegistry loadInstalled(ResolutionMode mode) {
    return loadInstalled(mode, StandardsRegistry.class.getClassLoader());
  }

  /**
   * Loads every provider that {@link ServiceLoader} finds through {@code loader}, in strict mode.
   *
   * <p>Use it where the standards modules are not visible to the class loader of minzheng-core: in an
   * Apache Spark task, for example, jars shipped with {@code --jars} are visible only to the task's
   * context class loader ({@code Thread.currentThread().getContextClassLoader()}).
   *
   * @param loader the class loader to search, not null
   * @return the registry
   * @throws StandardsConfigurationException listing every problem, if any provider cannot be loaded
   *     or none is found
   * @since 0.1
   */
  public static StandardsRegistry loadInstalled(ClassLoader loader) {
    return loadInstalled(ResolutionMode.STRICT, loader);
  }

  /**
   * Loads every provider that {@link ServiceLoader} finds through {@code loader}.
   *
   * <p>Finding no provider at all is an error, not an empty registry: every household would otherwise
   * fail one by one with an unknown region, and a run would report only error rows.
   *
   * @param mode strict or lenient, not null
   * @param loader the class loader to search, not null
   * @return the registry
   * @throws StandardsConfigurationException listing every problem, if any provider cannot be loaded
   *     or none is found
   * @since 0.1
   */
  public static StandardsRegistry loadInstalled(ResolutionMode mode, ClassLoader loader) {
    requireNonNull(mode, "mode");
    requireNonNull(loader, "loader");
    List<StandardsProvider> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<StandardsProvider> it = ServiceLoader.load(StandardsProvider.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        StandardsProvider p = it.next();
        log.debug("found standards provider {} ({})", p.id(), p.getClass().getName());
        found.add(p);
      } catch (ServiceConfigurationError e) {
        problems.add("a standards provider could not be instantiated: " + e.getMessage());
      }
    }
    if (found.isEmpty() && problems.isEmpty()) {
      problems.add("no standards module found: java.util.ServiceLoader found no " + StandardsProvider.class.getName()
          + " through the class loader '" + (loader.getName() != null ? loader.getName() : loader.getClass().getName())
          + "'; put one (e.g. minzheng-standards-2020) on the class path or module path (in Apache Spark, ship it"
          + " to every executor, e.g. spark-submit --jars)");
    }
    if (!problems.isEmpty()) {
      throw new StandardsConfigurationException(problems);
    }
    return builder().mode(mode).addAll(found).build();
  }

  /**
   * A registry of the given providers only (no class-path scanning), in strict mode.
   *
   * @param providers the providers, not null
   * @return the registry
   * @throws StandardsConfigurationException listing every problem
   */
  public static StandardsRegistry of(StandardsProvider... providers) {
    return builder().addAll(List.of(providers)).build();
  }

  /** @return a builder for a registry of explicitly registered providers */
  public static Builder builder() {
    return new Builder();
  }

  /** @return strict or lenient */
  public ResolutionMode mode() {
    return mode;
  }

  /** @return the loaded standard sets, sorted by module id */
  public List<StandardSet> standardSets() {
    return sets;
  }

  /** @return the declared regions, sorted by code */
  public List<RegionInfo> regions() {
    return ImmutableList.copyOf(regions.values());
  }

  /**
   * @param region a region, not null
   * @return its names, if a loaded module declares it
   */
  public Optional<RegionInfo> findRegion(RegionCode region) {
    return Optional.ofNullable(regions.get(region));
  }

  /**
   * @param region a region, not null
   * @return the region's names
   * @throws UnknownRegionException if no loaded module declares it
   */
  public RegionInfo region(RegionCode region) {
    RegionInfo info = regions.get(requireNonNull(region, "region"));
    if (info == null) {
      throw new UnknownRegionException(region, knownRegions());
    }
    return info;
  }

  private String knownRegions() {
    String s = regions.keySet().stream().limit(20).map(RegionCode::code).collect(Collectors.joining(", "));
    return regions.isEmpty() ? "none" : regions.size() > 20 ? s + ", …" : s;
  }

  /**
   * The standards in force for a benefit month: those in force on its first day.
   *
   * @param region a declared region, not null
   * @param month the month, not null
   * @return the view, cached
   * @throws UnknownRegionException if no loaded module declares the region
   */
  public StandardsView standardFor(RegionCode region, YearMonth month) {
    return standardFor(region, requireNonNull(month, "month").atDay(1));
  }

  /**
   * The standards in force on a day.
   *
   * @param region a declared region, not null
   * @param date the day, not null
   * @return the view, cached
   * @throws UnknownRegionException if no loaded module declares the region
   */
  public StandardsView standardFor(RegionCode region, LocalDate date) {
    region(region);
    requireNonNull(date, "date");
    return views.computeIfAbsent(new ViewKey(region, date), k -> new StandardsView(this, k.region(), k.date()));
  }

  /**
   * Resolves a parameter, county → city → province.
   *
   * @param <T> the value's type
   * @param key the parameter, not null
   * @param region a declared region, not null
   * @param date the day, not null
   * @return the value with its provenance (in lenient mode possibly with a warning)
   * @throws UnknownRegionException if no loaded module declares the region
   * @throws StandardNotFoundException if no value is in force (strict), or none exists at all (lenient)
   */
  public <T> ResolvedParameter<T> resolve(ParameterKey<T> key, RegionCode region, LocalDate date) {
    Optional<ResolvedParameter<T>> found = findParameter(key, region, date);
    if (found.isPresent()) {
      return found.get();
    }
    if (mode == ResolutionMode.LENIENT) {
      Optional<ResolvedParameter<T>> nearest = nearest(key, region, date);
      if (nearest.isPresent()) {
        return nearest.get();
      }
    }
    throw new StandardNotFoundException(key.id(), region, date, describeSearch(key, region, date));
  }

  /**
   * Finds the value in force, county → city → province, without lenient fall-back.
   *
   * @param <T> the value's type
   * @param key the parameter, not null
   * @param region a declared region, not null
   * @param date the day, not null
   * @return the value with its provenance, or empty if none is in force on {@code date}
   * @throws UnknownRegionException if no loaded module declares the region
   */
  public <T> Optional<ResolvedParameter<T>> findParameter(ParameterKey<T> key, RegionCode region, LocalDate date) {
    requireNonNull(key, "key");
    region(region);
    requireNonNull(date, "date");
    for (RegionCode level : region.chain()) {
      Map<Scheme, List<ClaimEntry>> byScheme = claims.get(level);
      if (byScheme == null) {
        continue;
      }
      for (ClaimEntry e : byScheme.getOrDefault(key.scheme(), List.of())) {
        if (e.claim().period().contains(date)) {
          Optional<ParameterValue<T>> v = e.set().find(key, level, date);
          if (v.isPresent()) {
            return Optional.of(new ResolvedParameter<>(v.get(), e.set().moduleId(), e.set().version(), region, level,
                date, Optional.empty()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private <T> Optional<ResolvedParameter<T>> nearest(ParameterKey<T> key, RegionCode region, LocalDate date) {
    for (RegionCode level : region.chain()) {
      ParameterValue<T> before = null;
      ParameterValue<T> after = null;
      StandardSet beforeSet = null;
      StandardSet afterSet = null;
      for (StandardSet s : sets) {
        for (ParameterValue<T> v : s.timeline(key, level)) {
          if (!v.effectiveFrom().isAfter(date)) {
            if (before == null || v.effectiveFrom().isAfter(before.effectiveFrom())) {
              before = v;
              beforeSet = s;
            }
          } else if (after == null || v.effectiveFrom().isBefore(after.effectiveFrom())) {
            after = v;
            afterSet = s;
          }
        }
      }
      ParameterValue<T> v = before != null ? before : after;
      StandardSet s = before != null ? beforeSet : afterSet;
      if (v != null) {
        String warning = "lenient mode: " + key.id() + " has no value in force on " + date + " for region " + region
            + "; used the nearest value " + v.formattedValue() + " effective [" + v.effectiveFrom() + ", "
            + v.effectiveUntil().map(LocalDate::toString).orElse("∞") + ") of " + s.moduleId() + " at " + level;
        log.debug("{}", warning);
        return Optional.of(new ResolvedParameter<>(v, s.moduleId(), s.version(), region, level, date, Optional.of(warning)));
      }
    }
    return Optional.empty();
  }

  private String describeSearch(ParameterKey<?> key, RegionCode region, LocalDate date) {
    List<String> parts = new ArrayList<>();
    for (RegionCode level : region.chain()) {
      List<ClaimEntry> l = claims.getOrDefault(level, Map.of()).getOrDefault(key.scheme(), List.of());
      if (l.isEmpty()) {
        parts.add(level + ": no module claims " + key.scheme());
      } else {
        parts.add(level + ": " + l.stream().map(e -> e.set().moduleId() + " claims " + e.claim().period()
            + (e.claim().period().contains(date) ? " but gives no value in force" : ""))
            .collect(Collectors.joining(", ")));
      }
    }
    return "searched " + String.join("; ", parts);
  }

  @Override
  public String toString() {
    return "StandardsRegistry[" + mode + ", " + sets.stream().map(s -> s.moduleId() + " " + s.version())
        .collect(Collectors.joining(", ")) + "]";
  }

  /**
   * Collects providers (and ready-made {@link StandardSet}s) and validates them together.
   *
   * @since 0.1
   */
  public static final class Builder {
    private ResolutionMode mode = ResolutionMode.STRICT;
    private final List<StandardsProvider> providers = new ArrayList<>();
    private final List<StandardSet> sets = new ArrayList<>();

    private Builder() {}

    /**
     * @param mode strict (default) or lenient, not null
     * @return this builder
     */
    public Builder mode(ResolutionMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * @param provider a provider, not null
     * @return this builder
     */
    public Builder add(StandardsProvider provider) {
      providers.add(requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * @param providers providers, not null
     * @return this builder
     */
    public Builder addAll(Iterable<? extends StandardsProvider> providers) {
      providers.forEach(this::add);
      return this;
    }

    /**
     * Adds standards already parsed or built in code (a reform override in a simulation, a test).
     *
     * @param set the set, not null
     * @return this builder
     */
    public Builder add(StandardSet set) {
      sets.add(requireNonNull(set, "set"));
      return this;
    }

    /**
     * Loads and validates everything.
     *
     * @return the registry
     * @throws StandardsConfigurationException listing every problem; nothing is loaded
     */
    public StandardsRegistry build() {
      List<String> problems = new ArrayList<>();
      List<StandardSet> all = new ArrayList<>(sets);
      List<StandardsProvider> sorted = new ArrayList<>(providers);
      sorted.sort(Comparator.comparing(StandardsProvider::id));
      Map<String, String> ids = new LinkedHashMap<>();
      for (StandardsProvider p : sorted) {
        String previous = ids.putIfAbsent(p.id(), p.getClass().getName());
        if (previous != null) {
          problems.add("two providers have the id " + p.id() + ": " + previous + " and " + p.getClass().getName());
          continue;
        }
        if (!SUPPORTED_SPI_VERSIONS.contains(p.spiVersion())) {
          problems.add("provider " + p.id() + " (" + p.getClass().getName() + ") declares spiVersion " + p.spiVersion()
              + "; this minzheng core supports " + SUPPORTED_SPI_VERSIONS);
          continue;
        }
        for (StandardsDocument d : p.documents()) {
          try {
            StandardSet s = StandardsJson.read(p.id(), d);
            for (Claim c : s.claims()) {
              if (!p.regions().contains(c.region())) {
                problems.add("provider " + p.id() + ": document " + d.name() + " claims region " + c.region()
                    + ", which the provider's regions() does not list");
              }
            }
            all.add(s);
          } catch (StandardsConfigurationException e) {
            problems.addAll(e.problems());
          }
        }
      }
      checkOverlaps(all, problems);
      if (!problems.isEmpty()) {
        throw new StandardsConfigurationException(problems);
      }
      all.sort(Comparator.comparing(StandardSet::moduleId).thenComparing(StandardSet::version));
      log.debug("loaded {} standard sets", all.size());
      return new StandardsRegistry(mode, all);
    }

    private static void checkOverlaps(List<StandardSet> all, List<String> problems) {
      Map<String, List<ClaimEntry>> byRegionScheme = new TreeMap<>();
      for (StandardSet s : all) {
        for (Claim c : s.claims()) {
          byRegionScheme.computeIfAbsent(c.region() + " " + c.scheme(), k -> new ArrayList<>()).add(new ClaimEntry(c, s));
        }
      }
      for (List<ClaimEntry> l : byRegionScheme.values()) {
        for (int i = 0; i < l.size(); i++) {
          for (int j = i + 1; j < l.size(); j++) {
            ClaimEntry a = l.get(i);
            ClaimEntry b = l.get(j);
            if (a.set() == b.set()) {
              continue; // checked by StandardSet itself
            }
            if (a.claim().period().isConnected(b.claim().period())
                && !a.claim().period().intersection(b.claim().period()).isEmpty()) {
              problems.add("modules " + a.set().moduleId() + " and " + b.set().moduleId() + " both claim "
                  + a.claim().scheme() + " for region " + a.claim().region() + ": " + a.set().moduleId() + " "
                  + a.claim().period() + " overlaps " + b.set().moduleId() + " " + b.claim().period());
            }
          }
        }
      }
    }
  }
}
