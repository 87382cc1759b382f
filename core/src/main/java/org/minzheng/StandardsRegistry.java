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
  private final LocalDate horizon;
  private final ImmutableList<StandardSet> sets;
  private final ImmutableSortedMap<RegionCode, RegionInfo> regions;
  /** region → scheme → claims sorted by start, with their set. */
  private final ImmutableMap<RegionCode, Map<Scheme, List<ClaimEntry>>> claims;
  private final ConcurrentHashMap<ViewKey, StandardsView> views = new ConcurrentHashMap<>();

  private record ClaimEntry(Claim claim, StandardSet set) {}

  private record ViewKey(RegionCode region, LocalDate date, LocalDate knownOn, boolean named) {}

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
    Map<String, Integer> rank = precedence(sets);
    // Within a level, claims are tried superseding module first (rules.md §11), then by start.
    c.values().forEach(m -> m.values().forEach(l -> l.sort(
        Comparator.comparing((ClaimEntry e) -> rank.get(e.set().moduleId()))
            .thenComparing(e -> e.claim().effectiveFrom()))));
    this.regions = ImmutableSortedMap.copyOf(r);
    this.claims = ImmutableMap.copyOf(c);
    this.horizon = horizon(sets);
  }

  /**
   * How far past its last dated fact an open-ended module is taken to speak: a module that claims a
   * scheme "from 2020-01-01" with no end does not know the standards of 2040. See {@link #horizon()}.
   */
  public static final int HORIZON_ALLOWANCE_MONTHS = 24;

  /**
   * The horizon of the loaded modules: the first day none of them speaks for. A module's horizon is
   * the latest end of its claims when every claim ends; when a claim is open-ended, the latest date the
   * module names (a claim's or value's start or end, its publication date) plus
   * {@value #HORIZON_ALLOWANCE_MONTHS} months. The registry's horizon is the latest of its modules'.
   * In strict mode a day on or after it is refused ({@link StandardNotFoundException} naming it).
   *
   * @return the horizon; {@link LocalDate#MIN} when no module is loaded
   * @since 0.3
   */
  public LocalDate horizon() {
    return horizon;
  }

  private static LocalDate horizon(List<StandardSet> sets) {
    LocalDate h = LocalDate.MIN;
    for (StandardSet s : sets) {
      LocalDate last = s.published().orElse(LocalDate.MIN);
      LocalDate ends = LocalDate.MIN;
      boolean open = false;
      for (Claim c : s.claims()) {
        last = max(last, c.effectiveFrom());
        if (c.effectiveUntil().isPresent()) {
          ends = max(ends, c.effectiveUntil().get());
          last = max(last, c.effectiveUntil().get());
        } else {
          open = true;
        }
      }
      for (RegionInfo info : s.regions()) {
        for (List<ParameterValue<?>> vs : s.valuesFor(info.code()).values()) {
          for (ParameterValue<?> v : vs) {
            last = max(last, v.effectiveFrom());
            if (v.effectiveUntil().isPresent()) {
              last = max(last, v.effectiveUntil().get());
            }
          }
        }
      }
      h = max(h, open ? (last.equals(LocalDate.MIN) ? last : last.plusMonths(HORIZON_ALLOWANCE_MONTHS)) : ends);
    }
    return h;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * The order in which modules are asked for a value where several claim the same region, scheme and
   * day: a superseding module before the module it supersedes; among modules with no relation
   * (two notices superseding the same module), the later published first; then by id. Assumes no cycle.
   */
  private static Map<String, Integer> precedence(List<StandardSet> sets) {
    Map<String, StandardSet> byId = new LinkedHashMap<>();
    sets.forEach(s -> byId.putIfAbsent(s.moduleId(), s));
    Map<String, Integer> superseders = new HashMap<>(); // in-degree: how many loaded modules supersede it
    byId.keySet().forEach(id -> superseders.put(id, 0));
    for (StandardSet s : byId.values()) {
      for (String t : s.supersedes()) {
        superseders.computeIfPresent(t, (k, n) -> n + 1);
      }
    }
    Comparator<StandardSet> later = Comparator.comparing(StandardSet::effectivePublished).reversed()
        .thenComparing(StandardSet::moduleId);
    java.util.PriorityQueue<StandardSet> ready = new java.util.PriorityQueue<>(later);
    byId.values().stream().filter(s -> superseders.get(s.moduleId()) == 0).forEach(ready::add);
    Map<String, Integer> rank = new HashMap<>();
    while (!ready.isEmpty()) {
      StandardSet s = ready.poll();
      rank.put(s.moduleId(), rank.size());
      for (String t : s.supersedes()) {
        if (superseders.computeIfPresent(t, (k, n) -> n - 1) != null && superseders.get(t) == 0) {
          ready.add(byId.get(t));
        }
      }
    }
    byId.keySet().forEach(id -> rank.putIfAbsent(id, rank.size()));
    return rank;
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
    return view(region, date, LocalDate.MAX, false);
  }

  /**
   * The standards in force for a benefit month as known on a knowledge date (rules.md §11): per
   * parameter, among the values published on or before {@code knownOn}, the one in force on the
   * month's first day. Resolved values name {@code knownOn} in their explanation.
   *
   * @param region a declared region, not null
   * @param month the month, not null
   * @param knownOn the knowledge date, not null
   * @return the view, cached
   * @throws UnknownRegionException if no loaded module declares the region
   * @since 0.2
   */
  public StandardsView standardFor(RegionCode region, YearMonth month, LocalDate knownOn) {
    return view(region, requireNonNull(month, "month").atDay(1), requireNonNull(knownOn, "knownOn"), true);
  }

  /**
   * The standards in force on a day as known on a knowledge date, naming the knowledge date in what
   * they resolve only when it is not {@code today} (what a calculator does: rules.md §11).
   *
   * @param region a declared region, not null
   * @param date the day, not null
   * @param knownOn the knowledge date, not null
   * @param today the calculation's today, not null
   * @return the view, cached
   * @throws UnknownRegionException if no loaded module declares the region
   * @since 0.2
   */
  public StandardsView standardFor(RegionCode region, LocalDate date, LocalDate knownOn, LocalDate today) {
    return view(region, date, requireNonNull(knownOn, "knownOn"), !knownOn.equals(requireNonNull(today, "today")));
  }

  private StandardsView view(RegionCode region, LocalDate date, LocalDate knownOn, boolean named) {
    region(region);
    requireNonNull(date, "date");
    if (mode == ResolutionMode.STRICT && !date.isBefore(horizon)) {
      throw new StandardNotFoundException("(any)", region, date, "the loaded modules speak for days before " + horizon
          + " only (their horizon: the last date they name + " + HORIZON_ALLOWANCE_MONTHS
          + " months when a claim is open-ended, else the end of their claims)");
    }
    return views.computeIfAbsent(new ViewKey(region, date, knownOn, named),
        k -> new StandardsView(this, k.region(), k.date(), k.knownOn(), k.named()));
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
    return resolve(key, region, date, LocalDate.MAX, false);
  }

  /**
   * Resolves a parameter as known on a knowledge date (rules.md §11), county → city → province.
   *
   * @param <T> the value's type
   * @param key the parameter, not null
   * @param region a declared region, not null
   * @param date the day, not null
   * @param knownOn the knowledge date, not null
   * @return the value with its provenance, naming {@code knownOn}
   * @throws UnknownRegionException if no loaded module declares the region
   * @throws StandardNotFoundException if no value is in force, or none was yet published on {@code knownOn}
   * @since 0.2
   */
  public <T> ResolvedParameter<T> resolve(ParameterKey<T> key, RegionCode region, LocalDate date, LocalDate knownOn) {
    return resolve(key, region, date, requireNonNull(knownOn, "knownOn"), true);
  }

  <T> ResolvedParameter<T> resolve(ParameterKey<T> key, RegionCode region, LocalDate date, LocalDate knownOn,
      boolean named) {
    Optional<ResolvedParameter<T>> found = findParameter(key, region, date, knownOn, named);
    if (found.isPresent()) {
      return found.get();
    }
    if (!knownOn.equals(LocalDate.MAX)) {
      Optional<ResolvedParameter<T>> later = findParameter(key, region, date, LocalDate.MAX, false);
      if (later.isPresent()) {
        throw new StandardNotFoundException(key.id(), region, date, "knowledge date " + knownOn
            + " is before the publication of any value in force then: the value "
            + later.get().source().formattedValue() + " of " + later.get().providerId() + " at "
            + later.get().suppliedBy() + " was published on " + later.get().source().published()
            + "; give a knowledge date on or after it");
      }
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
    return findParameter(key, region, date, LocalDate.MAX, false);
  }

  /**
   * Finds the value in force as known on a knowledge date, county → city → province: at each level,
   * the modules claiming the scheme on {@code date} are asked superseding module first (rules.md §11),
   * and each gives its latest-published value in force on {@code date} among those published on or
   * before {@code knownOn}.
   *
   * @param <T> the value's type
   * @param key the parameter, not null
   * @param region a declared region, not null
   * @param date the day, not null
   * @param knownOn the knowledge date, not null
   * @return the value with its provenance, or empty if none is known on {@code knownOn}
   * @throws UnknownRegionException if no loaded module declares the region
   * @since 0.2
   */
  public <T> Optional<ResolvedParameter<T>> findParameter(ParameterKey<T> key, RegionCode region, LocalDate date,
      LocalDate knownOn) {
    return findParameter(key, region, date, requireNonNull(knownOn, "knownOn"), true);
  }

  <T> Optional<ResolvedParameter<T>> findParameter(ParameterKey<T> key, RegionCode region, LocalDate date,
      LocalDate knownOn, boolean named) {
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
          Optional<ParameterValue<T>> v = e.set().find(key, level, date, knownOn);
          if (v.isPresent()) {
            return Optional.of(new ResolvedParameter<>(v.get(), e.set().moduleId(), e.set().version(), region, level,
                date, Optional.empty(), named ? Optional.of(knownOn) : Optional.empty()));
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

    /**
     * Overlapping claims of two modules are allowed only as rules.md §11 says: one supersedes the other
     * (directly or through a chain), or both supersede a common module and were published on different
     * days. A supersession cycle is an error naming every module in it and its claims.
     */
    private static void checkOverlaps(List<StandardSet> all, List<String> problems) {
      Map<String, StandardSet> byId = new LinkedHashMap<>();
      all.forEach(s -> byId.putIfAbsent(s.moduleId(), s));
      Map<String, Set<String>> reach = new HashMap<>();
      for (String id : byId.keySet()) {
        reach.put(id, reachable(id, byId));
      }
      Set<String> reported = new java.util.HashSet<>();
      for (String id : byId.keySet()) {
        if (reach.get(id).contains(id) && !reported.contains(id)) {
          List<String> cycle = byId.keySet().stream()
              .filter(o -> reach.get(id).contains(o) && reach.get(o).contains(id)).collect(Collectors.toList());
          reported.addAll(cycle);
          problems.add("supersession cycle among modules " + String.join(", ", cycle) + " ("
              + cycle.stream().map(o -> o + " supersedes " + byId.get(o).supersedes()).collect(Collectors.joining("; "))
              + "); their claims: " + cycle.stream().map(o -> o + " " + byId.get(o).claims())
                  .collect(Collectors.joining("; ")));
        }
      }
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
            if (!a.claim().period().overlaps(b.claim().period())) {
              continue;
            }
            String ida = a.set().moduleId();
            String idb = b.set().moduleId();
            String both = "modules " + ida + " and " + idb + " both claim " + a.claim().scheme() + " for region "
                + a.claim().region() + ": " + ida + " " + a.claim().period() + " overlaps " + idb + " "
                + b.claim().period();
            Set<String> ra = reach.get(ida);
            Set<String> rb = reach.get(idb);
            if (ra.contains(ida) || rb.contains(idb)) {
              continue; // reported as a cycle
            }
            if (ra.contains(idb) || rb.contains(ida)) {
              continue; // one supersedes the other
            }
            Set<String> common = new java.util.TreeSet<>(ra);
            common.retainAll(rb);
            if (common.isEmpty()) {
              problems.add(both + ", and neither declares that it supersedes the other (\"supersedes\": [\""
                  + ida + "\"] in " + idb + ", or the reverse)");
            } else if (a.set().effectivePublished().equals(b.set().effectivePublished())) {
              problems.add(both + "; both supersede " + String.join(", ", common) + " and both are published on "
                  + a.set().effectivePublished() + ", so neither can be ordered before the other");
            }
          }
        }
      }
    }

    private static Set<String> reachable(String from, Map<String, StandardSet> byId) {
      Set<String> seen = new java.util.HashSet<>();
      java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
      StandardSet start = byId.get(from);
      if (start != null) {
        todo.addAll(start.supersedes());
      }
      while (!todo.isEmpty()) {
        String id = todo.poll();
        if (seen.add(id)) {
          StandardSet s = byId.get(id);
          if (s != null) {
            todo.addAll(s.supersedes());
          }
        }
      }
      return seen;
    }
  }
}
