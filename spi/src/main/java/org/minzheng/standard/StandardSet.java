package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The validated content of one standards module: its id and version, the regions it covers, its
 * {@link Claim claims}, and the dated values of its parameters per region.
 *
 * <p>Built once from data (by core's standards parser or by hand) through {@link Builder}, which
 * checks everything at once and reports every problem in one
 * {@link StandardsConfigurationException}: values inside a claim of their region and scheme, no two
 * values of a parameter in force on the same day in the same region, no negative money, and every
 * claimed region declared.
 *
 * @since 0.1
 */
public final class StandardSet {
  private final String moduleId;
  private final String version;
  private final String title;
  private final ImmutableList<RegionInfo> regions;
  private final ImmutableList<Claim> claims;
  private final Optional<LocalDate> published;
  private final ImmutableSet<String> supersedes;
  private final ImmutableMap<RegionCode, ImmutableMap<ParameterKey<?>, ImmutableList<ParameterValue<?>>>> values;

  private StandardSet(Builder b,
      ImmutableMap<RegionCode, ImmutableMap<ParameterKey<?>, ImmutableList<ParameterValue<?>>>> values) {
    this.moduleId = b.moduleId;
    this.version = b.version;
    this.title = b.title;
    this.regions = ImmutableList.copyOf(b.regions.values());
    this.claims = ImmutableList.copyOf(b.claims);
    this.published = b.published;
    this.supersedes = ImmutableSet.copyOf(b.supersedes);
    this.values = values;
  }

  /**
   * @param moduleId the module's stable id, e.g. {@code standards-2020}, not null
   * @param version the module's version, e.g. {@code 2020.1}, not null
   * @return a builder
   */
  public static Builder builder(String moduleId, String version) {
    return new Builder(moduleId, version);
  }

  /** @return the module's stable id */
  public String moduleId() {
    return moduleId;
  }

  /** @return the module's version */
  public String version() {
    return version;
  }

  /** @return a human title */
  public String title() {
    return title;
  }

  /** @return the regions this module covers */
  public List<RegionInfo> regions() {
    return regions;
  }

  /**
   * The module's publication date: the day its document was issued, and the default publication date
   * of its values (rules.md §11). Two modules superseding the same module are ordered by it.
   *
   * @return the date, if the module gives one
   * @since 0.2
   */
  public Optional<LocalDate> published() {
    return published;
  }

  /**
   * The ids of the modules this module supersedes (rules.md §11): where both claim the same region,
   * scheme and period, this module's values win from their publication dates on, and the superseded
   * module's values stand for every parameter this module does not give.
   *
   * @return the ids, possibly empty
   * @since 0.2
   */
  public Set<String> supersedes() {
    return supersedes;
  }

  /**
   * The day a value of this module is first known: its publication date, or the earliest one of the
   * module when it gives none.
   *
   * @return the module's publication date, else the earliest publication date of its values, else
   *     {@link ParameterValue#ALWAYS_KNOWN}
   * @since 0.2
   */
  public LocalDate effectivePublished() {
    if (published.isPresent()) {
      return published.get();
    }
    LocalDate min = null;
    for (ImmutableMap<ParameterKey<?>, ImmutableList<ParameterValue<?>>> m : values.values()) {
      for (ImmutableList<ParameterValue<?>> l : m.values()) {
        for (ParameterValue<?> v : l) {
          if (min == null || v.published().isBefore(min)) {
            min = v.published();
          }
        }
      }
    }
    return min == null ? ParameterValue.ALWAYS_KNOWN : min;
  }

  /** @return the claims, in document order */
  public List<Claim> claims() {
    return claims;
  }

  /** @return the regions that have values, sorted */
  public List<RegionCode> valueRegions() {
    return ImmutableList.copyOf(values.keySet());
  }

  /**
   * @param region a region, not null
   * @return every parameter given for exactly that region (not its ancestors), with its dated values in date order
   */
  public Map<ParameterKey<?>, List<ParameterValue<?>>> valuesFor(RegionCode region) {
    return ImmutableMap.copyOf(values.getOrDefault(region, ImmutableMap.of()));
  }

  /**
   * @param <T> the type
   * @param key the parameter, not null
   * @param region the region exactly (no fall-back to ancestors), not null
   * @return the dated values of the parameter in that region, in date order; empty if none
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> List<ParameterValue<T>> timeline(ParameterKey<T> key, RegionCode region) {
    ImmutableMap<ParameterKey<?>, ImmutableList<ParameterValue<?>>> m = values.get(region);
    if (m == null) {
      return ImmutableList.of();
    }
    return (List) m.getOrDefault(key, ImmutableList.of());
  }

  /**
   * @param <T> the type
   * @param key the parameter, not null
   * @param region the region exactly, not null
   * @param date the day, not null
   * @return the value in force on {@code date}, if this module gives one for exactly {@code region}
   */
  public <T> Optional<ParameterValue<T>> find(ParameterKey<T> key, RegionCode region, LocalDate date) {
    return find(key, region, date, LocalDate.MAX);
  }

  /**
   * The value in force on a day as known on a knowledge date (rules.md §11): among the values
   * published on or before {@code knownOn}, the one in force on {@code date}; when a later-published
   * value corrects an earlier one for the same day, the later-published one.
   *
   * @param <T> the type
   * @param key the parameter, not null
   * @param region the region exactly, not null
   * @param date the day, not null
   * @param knownOn the knowledge date, not null
   * @return the value, if this module gives one for exactly {@code region} known on {@code knownOn}
   * @since 0.2
   */
  public <T> Optional<ParameterValue<T>> find(ParameterKey<T> key, RegionCode region, LocalDate date,
      LocalDate knownOn) {
    ParameterValue<T> best = null;
    for (ParameterValue<T> v : timeline(key, region)) {
      if (v.isInForceOn(date) && v.isKnownOn(knownOn) && (best == null || v.published().isAfter(best.published()))) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * @param region the region exactly, not null
   * @param scheme the scheme, not null
   * @param date the day, not null
   * @return the claim covering them, if any
   */
  public Optional<Claim> claimFor(RegionCode region, Scheme scheme, LocalDate date) {
    for (Claim c : claims) {
      if (c.region().equals(region) && c.scheme() == scheme && c.period().contains(date)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "StandardSet[" + moduleId + " " + version + ", " + regions.size() + " regions, " + claims.size() + " claims]";
  }

  /**
   * Collects the content of a standards module; {@link #build()} validates it all at once.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String moduleId;
    private final String version;
    private String title = "";
    private final Map<RegionCode, RegionInfo> regions = new LinkedHashMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<ParameterEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Optional<LocalDate> published = Optional.empty();
    private final Set<String> supersedes = new java.util.LinkedHashSet<>();

    private record ParameterEntry(RegionCode region, ParameterValue<?> value, String where) {}

    private Builder(String moduleId, String version) {
      this.moduleId = requireNonNull(moduleId, "moduleId");
      this.version = requireNonNull(version, "version");
    }

    /**
     * @param title a human title, not null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * @param region a region the module covers, not null
     * @return this builder
     */
    public Builder addRegion(RegionInfo region) {
      if (regions.putIfAbsent(region.code(), region) != null) {
        problems.add("region " + region.code() + " is declared twice");
      }
      return this;
    }

    /**
     * @param date the module's publication date, not null
     * @return this builder
     * @since 0.2
     */
    public Builder published(LocalDate date) {
      this.published = Optional.of(requireNonNull(date, "date"));
      return this;
    }

    /**
     * @param moduleId the id of a module this one supersedes, not null
     * @return this builder
     * @since 0.2
     */
    public Builder supersedes(String moduleId) {
      requireNonNull(moduleId, "moduleId");
      if (moduleId.equals(this.moduleId)) {
        problems.add(this.moduleId + ": a module cannot supersede itself");
      } else if (!supersedes.add(moduleId)) {
        problems.add(this.moduleId + ": supersedes " + moduleId + " twice");
      }
      return this;
    }

    /**
     * @param claim a claim, not null
     * @return this builder
     */
    public Builder addClaim(Claim claim) {
      claims.add(requireNonNull(claim, "claim"));
      return this;
    }

    /**
     * @param region the region the value is given for, not null
     * @param value the value, not null
     * @param where where the value came from, for messages (e.g. a JSON path), not null
     * @return this builder
     */
    public Builder addValue(RegionCode region, ParameterValue<?> value, String where) {
      entries.add(new ParameterEntry(requireNonNull(region, "region"), requireNonNull(value, "value"), where));
      return this;
    }

    /**
     * Records a problem found while reading the data, so that {@link #build()} reports it with the rest.
     *
     * @param problem the problem, naming its place, not null
     * @return this builder
     */
    public Builder addProblem(String problem) {
      problems.add(requireNonNull(problem, "problem"));
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the standard set
     * @throws StandardsConfigurationException listing every problem, if there is any
     */
    public StandardSet build() {
      List<String> all = new ArrayList<>(problems);
      String prefix = moduleId + ": ";
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        if (!regions.containsKey(c.region())) {
          all.add(prefix + "claim " + c + " names region " + c.region() + ", which the module does not declare");
        }
        for (int j = 0; j < i; j++) {
          Claim d = claims.get(j);
          if (d.region().equals(c.region()) && d.scheme() == c.scheme() && d.period().overlaps(c.period())) {
            all.add(prefix + "claims " + d + " and " + c + " overlap");
          }
        }
      }
      Map<RegionCode, Map<ParameterKey<?>, List<ParameterEntry>>> grouped = new TreeMap<>();
      for (ParameterEntry e : entries) {
        ParameterValue<?> v = e.value();
        if (v.value() instanceof Money && ((Money) v.value()).isNegative()) {
          all.add(prefix + e.where() + ": parameter " + v.key() + " is negative: " + v.value());
        }
        boolean claimed = claims.stream().anyMatch(c -> c.region().equals(e.region()) && c.scheme() == v.key().scheme()
            && c.period().encloses(v.period()));
        if (!claimed) {
          all.add(prefix + e.where() + ": value " + v + " for region " + e.region()
              + " lies outside every claim of the module for " + v.key().scheme() + " in that region");
        }
        grouped.computeIfAbsent(e.region(), r -> new LinkedHashMap<>())
            .computeIfAbsent(v.key(), k -> new ArrayList<>()).add(e);
      }
      ImmutableSortedMap.Builder<RegionCode, ImmutableMap<ParameterKey<?>, ImmutableList<ParameterValue<?>>>> out =
          ImmutableSortedMap.naturalOrder();
      for (Map.Entry<RegionCode, Map<ParameterKey<?>, List<ParameterEntry>>> r : grouped.entrySet()) {
        ImmutableMap.Builder<ParameterKey<?>, ImmutableList<ParameterValue<?>>> perKey = ImmutableMap.builder();
        for (Map.Entry<ParameterKey<?>, List<ParameterEntry>> k : r.getValue().entrySet()) {
          List<ParameterEntry> list = new ArrayList<>(k.getValue());
          list.sort(Comparator.comparing((ParameterEntry p) -> p.value().effectiveFrom())
              .thenComparing(p -> p.value().published()));
          // Values published on different days may overlap: the later-published corrects the earlier
          // for the days both cover (rules.md §11). Values published on the same day may not.
          for (int i = 1; i < list.size(); i++) {
            ParameterValue<?> b = list.get(i).value();
            for (int j = i - 1; j >= 0; j--) {
              ParameterValue<?> a = list.get(j).value();
              boolean overlap = a.effectiveUntil().isEmpty() || a.effectiveUntil().get().isAfter(b.effectiveFrom());
              if (overlap && a.published().equals(b.published())) {
                all.add(prefix + list.get(i).where() + ": parameter " + k.getKey() + " in region " + r.getKey()
                    + " has overlapping values " + a + " and " + b
                    + " published on the same day; a correction needs a later publication date");
                break;
              }
            }
          }
          perKey.put(k.getKey(), list.stream().map(ParameterEntry::value).collect(ImmutableList.toImmutableList()));
        }
        out.put(r.getKey(), perKey.buildOrThrow());
      }
      if (!all.isEmpty()) {
        throw new StandardsConfigurationException(all);
      }
      return new StandardSet(this, out.buildOrThrow());
    }
  }
}
