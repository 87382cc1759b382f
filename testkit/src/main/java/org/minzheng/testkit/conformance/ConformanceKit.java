package org.minzheng.testkit.conformance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.json.StandardsJson;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.Claim;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.spi.StandardsProvider;
import org.minzheng.testkit.MinzhengGenerators;

/**
 * The conformance checks a county runs against its own standards module, as a plain API (the JUnit
 * form is {@link StandardsModuleConformance}).
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceKit.check(new RuzhouProvider(), Standards2020.provider());
 * System.out.print(report.render());          // one line per check, then "N passed, M failed"
 * report.warnings();                          // what a shipped module should still give (checks that passed with warnings)
 * }</pre>
 *
 * <p>The checks, by name:
 * <ul>
 *   <li>{@code loads}: the module loads through {@code StandardsRegistry} (with its base modules, if
 *       it overrides another module's values), with every problem listed;</li>
 *   <li>{@code regions}: every region in {@code regions()} is declared by the module's documents and
 *       every claimed region is in {@code regions()};</li>
 *   <li>{@code coverage}: every parameter of {@link Parameters} resolves for every declared region on
 *       the first day of every month from the earliest claim to the latest claim's end (or 24 months
 *       after the start when claims are open-ended), without gaps; the extreme-poverty care is given
 *       either as fixed amounts or as shares with the minimum wage, and the price subsidy's rate basis
 *       may be left to its default;</li>
 *   <li>{@code provenance}: every value has a unit, a source (legal basis with an id, a document
 *       number and a title) and a status;</li>
 *   <li>{@code publicationDates} (since 0.3): every value has a publication date, its own or its
 *       document's (rules.md §11). Missing dates are a <em>warning</em> (status {@code WARNED}, which
 *       counts as passed) for an ordinary module: a module written before 0.2 still calculates today's
 *       amounts correctly, only as-of calculations treat its values as known on every date. They are a
 *       <em>failure</em> for a module that supersedes another: its values would replace the superseded
 *       ones from the start of time, and a reconciliation as known on a day before the notice existed
 *       would pay what nobody knew then;</li>
 *   <li>{@code nonNegative}: no money (nor money in maps and age bands, nor ratio or threshold) is
 *       negative;</li>
 *   <li>{@code domains}: every value lies in its parameter's domain as the catalogue
 *       ({@link org.minzheng.standard.ParameterDomain}) states, the same check the standards parser makes;</li>
 *   <li>{@code relations} (since 0.3): every pair of parameters keeps the rules between them
 *       ({@link Parameters#relations()}, e.g. the enhanced nursing subsidy's lowest age at most its highest), in
 *       the module's documents (the check the standards parser makes) and as its regions resolve them with the
 *       base modules on the first day of every claimed month;</li>
 *   <li>{@code extremePovertyMultiplier}: the extreme-poverty basic standard is at least 1.3 × the
 *       dibao standard (the multiplier is at least 1.3);</li>
 *   <li>{@code jsonRoundTrip}: writing the module's standard set as JSON and reading it back gives
 *       the same regions, claims and values;</li>
 *   <li>{@code domainLaws}: generated households calculated under the module's values give no negative
 *       amount, the same results and stamp twice, results independent of member order, no more dibao
 *       for more income, and (gap method) dibao equal to standard × members − income.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class ConformanceKit {
  private ConformanceKit() {}

  /** The least extreme-poverty basic multiplier (rules.md §2: not lower than 1.3 × dibao). */
  public static final BigDecimal MIN_EXTREME_POVERTY_MULTIPLIER = new BigDecimal("1.3");

  /** Months checked after the start when every claim is open-ended. */
  public static final int DEFAULT_HORIZON_MONTHS = 24;

  /** Households generated for the domain laws. */
  public static final int DEFAULT_LAW_SAMPLES = 40;

  /**
   * Runs every check on a module, loaded alone or, if it does not stand alone, with the modules installed
   * beside it.
   *
   * <p>A county module usually overrides a few of its city's values and relies on the city's module for the
   * rest; loaded alone it cannot pass (no value for its region). So when the module fails alone and other
   * standards modules are installed (found by {@link ServiceLoader} through the provider's class loader), the
   * checks run again with those as base modules, and the report with fewer problems is returned; a report made
   * with base modules starts with a check named {@code base} that names them. To choose the base yourself,
   * call {@link #check(StandardsProvider, List)}.
   *
   * @param provider the module, not null
   * @return the report
   */
  public static ConformanceReport check(StandardsProvider provider) {
    requireNonNull(provider, "provider");
    ConformanceReport alone = check(provider, List.of());
    if (alone.passed()) {
      return alone;
    }
    List<StandardsProvider> installed = new ArrayList<>();
    ClassLoader loader = provider.getClass().getClassLoader() != null ? provider.getClass().getClassLoader()
        : ConformanceKit.class.getClassLoader();
    for (StandardsProvider p : ServiceLoader.load(StandardsProvider.class, loader)) {
      if (!p.id().equals(provider.id()) && installed.stream().noneMatch(q -> q.id().equals(p.id()))) {
        installed.add(p);
      }
    }
    if (installed.isEmpty()) {
      return alone;
    }
    ConformanceReport withBase = withBaseNamed(check(provider, installed), installed);
    return withBase.problems().size() < alone.problems().size() ? withBase : alone;
  }

  private static ConformanceReport withBaseNamed(ConformanceReport r, List<? extends StandardsProvider> base) {
    List<CheckResult> checks = new ArrayList<>();
    checks.add(new CheckResult("base", "the module does not stand alone; loaded with the installed modules "
        + base.stream().map(StandardsProvider::id).collect(Collectors.joining(", "))
        + ", not checked themselves (check(provider, base) chooses them)", CheckResult.Status.PASSED, List.of()));
    checks.addAll(r.checks());
    return new ConformanceReport(r.providerId(), checks);
  }

  /**
   * Runs every check on a module that relies on base modules (e.g. a county module overriding a few
   * values of its city's module).
   *
   * @param provider the module, not null
   * @param base modules loaded with it, not checked themselves, not null
   * @return the report
   */
  public static ConformanceReport check(StandardsProvider provider, List<? extends StandardsProvider> base) {
    requireNonNull(provider, "provider");
    requireNonNull(base, "base");
    Loaded loaded = load(provider, base);
    List<CheckResult> out = new ArrayList<>();
    out.add(loaded.result);
    out.add(regions(loaded));
    out.add(coverage(loaded));
    out.add(provenance(loaded));
    out.add(publicationDates(loaded));
    out.add(nonNegative(loaded));
    out.add(domains(loaded));
    out.add(relations(loaded));
    out.add(extremePovertyMultiplier(loaded));
    out.add(jsonRoundTrip(loaded));
    out.add(domainLaws(loaded, DEFAULT_LAW_SAMPLES, 20201127L));
    return new ConformanceReport(provider.id(), out);
  }

  // ---------------------------------------------------------------- loading

  /** A module as loaded: its registry (with the base), its own sets, and the load result. */
  static final class Loaded {
    final StandardsProvider provider;
    final Optional<StandardsRegistry> registry;
    final List<StandardSet> own;
    final CheckResult result;

    Loaded(StandardsProvider provider, Optional<StandardsRegistry> registry, List<StandardSet> own, CheckResult result) {
      this.provider = provider;
      this.registry = registry;
      this.own = own;
      this.result = result;
    }
  }

  static final String LOADS = "loads";

  static Loaded load(StandardsProvider provider, List<? extends StandardsProvider> base) {
    String description = "the module loads through StandardsRegistry"
        + (base.isEmpty() ? " on its own" : " with " + base.stream().map(StandardsProvider::id).collect(Collectors.joining(", ")));
    try {
      StandardsRegistry r = StandardsRegistry.builder().add(provider).addAll(base).build();
      List<StandardSet> own = r.standardSets().stream().filter(s -> s.moduleId().equals(provider.id())).toList();
      List<String> problems = new ArrayList<>();
      if (own.isEmpty()) {
        problems.add("provider " + provider.id() + " loaded no standards document whose module is " + provider.id());
      }
      return new Loaded(provider, Optional.of(r), own, CheckResult.of(LOADS, description, problems));
    } catch (StandardsConfigurationException e) {
      return new Loaded(provider, Optional.empty(), List.of(), CheckResult.of(LOADS, description, e.problems()));
    } catch (RuntimeException e) {
      return new Loaded(provider, Optional.empty(), List.of(), CheckResult.of(LOADS, description,
          List.of("provider " + provider.id() + " could not be loaded: " + e)));
    }
  }

  private static CheckResult skipped(String check, String description) {
    return new CheckResult(check, description, CheckResult.Status.SKIPPED,
        List.of("not checked: the module did not load (see check 'loads')"));
  }

  // ---------------------------------------------------------------- regions

  static CheckResult regions(Loaded m) {
    String d = "every region in regions() is declared by the module's documents, and every claimed region is in regions()";
    if (m.registry.isEmpty()) {
      return skipped("regions", d);
    }
    List<String> problems = new ArrayList<>();
    TreeSet<RegionCode> declared = new TreeSet<>();
    for (StandardSet s : m.own) {
      s.regions().forEach(i -> declared.add(i.code()));
    }
    for (RegionCode r : new TreeSet<>(m.provider.regions())) {
      if (!declared.contains(r)) {
        problems.add("region " + r + " is in " + m.provider.id() + ".regions() but no document declares it");
      }
    }
    for (StandardSet s : m.own) {
      for (Claim c : s.claims()) {
        if (!m.provider.regions().contains(c.region())) {
          problems.add("claim " + c + " names region " + c.region() + ", which " + m.provider.id() + ".regions() does not list");
        }
      }
    }
    if (m.provider.regions().isEmpty()) {
      problems.add(m.provider.id() + ".regions() is empty");
    }
    return CheckResult.of("regions", d, problems);
  }

  // ---------------------------------------------------------------- coverage

  /** The months a module claims: from its earliest claim to its latest claim's end, or the horizon. */
  static List<YearMonth> claimedMonths(List<StandardSet> own, int horizonMonths) {
    List<Claim> claims = own.stream().flatMap(s -> s.claims().stream()).toList();
    if (claims.isEmpty()) {
      return List.of();
    }
    LocalDate start = claims.stream().map(Claim::effectiveFrom).min(Comparator.naturalOrder()).get();
    YearMonth first = start.getDayOfMonth() == 1 ? YearMonth.from(start) : YearMonth.from(start).plusMonths(1);
    boolean openEnded = claims.stream().anyMatch(c -> c.effectiveUntil().isEmpty());
    LocalDate end = openEnded ? first.plusMonths(horizonMonths).atDay(1)
        : claims.stream().map(c -> c.effectiveUntil().get()).max(Comparator.naturalOrder()).get();
    List<YearMonth> l = new ArrayList<>();
    for (YearMonth ym = first; ym.atDay(1).isBefore(end); ym = ym.plusMonths(1)) {
      l.add(ym);
    }
    return l;
  }

  static CheckResult coverage(Loaded m) {
    return coverage(m, DEFAULT_HORIZON_MONTHS);
  }

  private static final List<ParameterKey<?>> CARE_SHARES = List.of(Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE,
      Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL, Parameters.EXTREME_POVERTY_CARE_SHARE_FULL,
      Parameters.EXTREME_POVERTY_MINIMUM_WAGE);

  /**
   * Whether a module may leave {@code key} out on {@code day}: the fixed care amounts when the care shares and
   * the minimum wage are in force, or those when the fixed amounts are (rules.md §2); the price subsidy's rate
   * basis, which has a default (the larger triggering rate); the household size limit, which has a default
   * ({@link Parameters#DEFAULT_MAX_MEMBERS}).
   */
  private static boolean replaced(ParameterKey<?> key, StandardsRegistry r, RegionCode region, java.time.LocalDate day) {
    if (key == Parameters.PRICE_SUBSIDY_RATE_BASIS || key == Parameters.MAX_MEMBERS) {
      return true;
    }
    if (key == Parameters.EXTREME_POVERTY_CARE) {
      return CARE_SHARES.stream().allMatch(k -> r.findParameter(k, region, day).isPresent());
    }
    return CARE_SHARES.contains(key) && r.findParameter(Parameters.EXTREME_POVERTY_CARE, region, day).isPresent();
  }

  static CheckResult coverage(Loaded m, int horizonMonths) {
    String d = "every parameter resolves for every declared region on the first day of every claimed month (open-ended claims: "
        + horizonMonths + " months from the start)";
    if (m.registry.isEmpty()) {
      return skipped("coverage", d);
    }
    StandardsRegistry r = m.registry.get();
    List<YearMonth> months = claimedMonths(m.own, horizonMonths);
    List<String> problems = new ArrayList<>();
    if (months.isEmpty()) {
      problems.add(m.provider.id() + " claims no month (no claim starts on or before the first day of a month in its period)");
    }
    for (RegionCode region : new TreeSet<>(m.provider.regions())) {
      if (r.findRegion(region).isEmpty()) {
        continue; // reported by 'regions'
      }
      for (ParameterKey<?> key : Parameters.builtIn()) { // a scheme module's own keys are its own standards' business
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth ym : months) {
          if (r.findParameter(key, region, ym.atDay(1)).isEmpty() && !replaced(key, r, region, ym.atDay(1))) {
            missing.add(ym);
          }
        }
        if (!missing.isEmpty()) {
          problems.add(key.id() + " has no value for region " + region + " in " + ranges(missing)
              + (missing.size() == months.size() ? " (no value at all)" : " (a gap)"));
        }
      }
    }
    return CheckResult.of("coverage", d, problems);
  }

  /** Contiguous months as {@code 2019-06..2019-08, 2020-02}. */
  static String ranges(List<YearMonth> months) {
    List<String> parts = new ArrayList<>();
    YearMonth start = null;
    YearMonth prev = null;
    for (YearMonth ym : months) {
      if (start == null) {
        start = ym;
      } else if (!ym.equals(prev.plusMonths(1))) {
        parts.add(start.equals(prev) ? start.toString() : start + ".." + prev);
        start = ym;
      }
      prev = ym;
    }
    if (start != null) {
      parts.add(start.equals(prev) ? start.toString() : start + ".." + prev);
    }
    return String.join(", ", parts);
  }

  // ---------------------------------------------------------------- values

  private static List<Map.Entry<RegionCode, ParameterValue<?>>> values(List<StandardSet> own) {
    List<Map.Entry<RegionCode, ParameterValue<?>>> l = new ArrayList<>();
    for (StandardSet s : own) {
      for (RegionCode r : s.valueRegions()) {
        for (List<ParameterValue<?>> vs : s.valuesFor(r).values()) {
          for (ParameterValue<?> v : vs) {
            l.add(Map.entry(r, v));
          }
        }
      }
    }
    return l;
  }

  private static String where(RegionCode r, ParameterValue<?> v) {
    return v.key().id() + " in " + r + " [" + v.effectiveFrom() + ", " + v.effectiveUntil().map(LocalDate::toString).orElse("∞") + ")";
  }

  static CheckResult provenance(Loaded m) {
    String d = "every value has a unit, a source (legal basis: id, document number, title) and a status";
    if (m.registry.isEmpty()) {
      return skipped("provenance", d);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<RegionCode, ParameterValue<?>> e : values(m.own)) {
      ParameterValue<?> v = e.getValue();
      LegalBasis b = v.basis();
      if (v.key().unit() == null) {
        problems.add(where(e.getKey(), v) + " has no unit");
      }
      if (b.sourceId().isBlank()) {
        problems.add(where(e.getKey(), v) + " cites a source with a blank id");
      }
      if (b.documentNumber().isBlank()) {
        problems.add(where(e.getKey(), v) + " cites source " + b.sourceId() + " with a blank document number (use \"—\" for none)");
      }
      if (b.title().isBlank()) {
        problems.add(where(e.getKey(), v) + " cites source " + b.sourceId() + " with a blank title");
      }
      if (v.status() == null || v.datingStatus() == null) {
        problems.add(where(e.getKey(), v) + " has no status");
      }
    }
    return CheckResult.of("provenance", d, problems);
  }

  /** The most values without a publication date a message names, per document (it counts them all). */
  static final int UNDATED_NAMED = 5;

  /**
   * Every value has a publication date (rules.md §11), its own or its document's. A value without one
   * is known on every date, so a calculation as known on a day before the value existed uses it anyway.
   * For a module that supersedes another (a notice) that is an error: its values would replace the
   * superseded ones before its publication, and reconciliations as known on earlier days would pay
   * what nobody knew then; such a module fails. For any other module it is a warning: a module
   * written before 0.2 calculates today's amounts correctly and keeps its build green, but as-of
   * calculations cannot tell when its values became known.
   */
  static CheckResult publicationDates(Loaded m) {
    String d = "every value has a publication date (its own or its document's published), rules.md §11";
    if (m.registry.isEmpty()) {
      return skipped(PUBLICATION_DATES, d);
    }
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (StandardSet s : m.own) {
      List<String> undated = new ArrayList<>();
      for (RegionCode r : s.valueRegions()) {
        for (List<ParameterValue<?>> vs : s.valuesFor(r).values()) {
          for (ParameterValue<?> v : vs) {
            if (!v.hasPublicationDate()) {
              undated.add(where(r, v));
            }
          }
        }
      }
      if (undated.isEmpty()) {
        continue;
      }
      String msg = "module " + s.moduleId() + " " + s.version() + ": " + undated.size()
          + " values have no publication date (give the document a \"published\" date, or each value one), e.g. "
          + String.join("; ", undated.subList(0, Math.min(UNDATED_NAMED, undated.size())));
      if (s.supersedes().isEmpty()) {
        warnings.add(msg + "; as-of calculations treat them as known on every date");
      } else {
        problems.add(msg + "; the module supersedes " + String.join(", ", new java.util.TreeSet<>(s.supersedes()))
            + ", so its values would replace those before it was published");
      }
    }
    return CheckResult.of(PUBLICATION_DATES, d, problems, warnings);
  }

  static final String PUBLICATION_DATES = "publicationDates";

  static CheckResult nonNegative(Loaded m) {
    String d = "no money value (alone, in a map or an age band), ratio or threshold is negative";
    if (m.registry.isEmpty()) {
      return skipped("nonNegative", d);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<RegionCode, ParameterValue<?>> e : values(m.own)) {
      ParameterValue<?> v = e.getValue();
      Object x = v.value();
      if (x instanceof Money money && money.isNegative()) {
        problems.add(where(e.getKey(), v) + " is negative: " + money);
      } else if (x instanceof BigDecimal dec && dec.signum() < 0) {
        problems.add(where(e.getKey(), v) + " is negative: " + dec.toPlainString());
      } else if (x instanceof Integer i && i < 0) {
        problems.add(where(e.getKey(), v) + " is negative: " + i);
      } else if (x instanceof Map<?, ?> map) {
        map.forEach((k, val) -> {
          if ((val instanceof Money mv && mv.isNegative()) || (val instanceof Integer iv && iv < 0)) {
            problems.add(where(e.getKey(), v) + " has a negative entry " + k + " = " + val);
          }
        });
      } else if (x instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof AgeBand band && band.amount().isNegative()) {
            problems.add(where(e.getKey(), v) + " has a negative band " + band.minAge() + "+ = " + band.amount());
          }
        }
      }
    }
    return CheckResult.of("nonNegative", d, problems);
  }

  /**
   * Every value lies in its parameter's domain ({@link org.minzheng.standard.ParameterKey#problems}): the
   * very check core's standards parser makes at load, applied here to sets a provider builds in Java too.
   */
  static CheckResult domains(Loaded m) {
    String d = "every value lies in its parameter's domain (range, allowed names, required keys) as the catalogue states";
    if (m.registry.isEmpty()) {
      return skipped("domains", d);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<RegionCode, ParameterValue<?>> e : values(m.own)) {
      ParameterValue<?> v = e.getValue();
      problems.addAll(v.key().problems(v.value(), where(e.getKey(), v)));
    }
    return CheckResult.of("domains", d, problems);
  }

  /**
   * Every pair of parameters keeps the rules between them ({@link Parameters#relations()}): within each of the
   * module's documents, the very check core's standards parser makes at load; and for each of the module's regions
   * on the first day of each claimed month, the values it resolves to with its base modules (a county that overrides
   * one parameter of a pair meets its city's value of the other there).
   */
  static CheckResult relations(Loaded m) {
    String d = "every pair of parameters keeps the rules between them (" + Parameters.relations().size()
        + " relations, e.g. " + Parameters.relations().get(Parameters.relations().size() - 1).description()
        + "), in the module's documents and as its regions resolve them with the base modules";
    if (m.registry.isEmpty()) {
      return skipped(RELATIONS, d);
    }
    java.util.Set<String> problems = new java.util.LinkedHashSet<>();
    for (StandardSet s : m.own) {
      Map<RegionCode, List<ParameterValue<?>>> byRegion = new LinkedHashMap<>();
      for (RegionCode r : s.valueRegions()) {
        byRegion.put(r, s.valuesFor(r).values().stream().flatMap(List::stream).toList());
      }
      problems.addAll(org.minzheng.standard.ParameterRelation.problemsOfAll(byRegion));
    }
    StandardsRegistry r = m.registry.get();
    Map<String, String> resolved = new LinkedHashMap<>();
    for (RegionCode region : new TreeSet<>(m.provider.regions())) {
      for (YearMonth ym : claimedMonths(m.own, DEFAULT_HORIZON_MONTHS)) {
        LocalDate day = ym.atDay(1);
        for (org.minzheng.standard.ParameterRelation rel : Parameters.relations()) {
          Optional<? extends org.minzheng.ResolvedParameter<?>> a = r.findParameter(rel.first(), region, day);
          Optional<? extends org.minzheng.ResolvedParameter<?>> b = r.findParameter(rel.second(), region, day);
          if (a.isEmpty() || b.isEmpty()) {
            continue;
          }
          String pair = region + "|" + a.get().source() + "|" + b.get().source();
          rel.problem(region, a.get().source(), a.get().suppliedBy(), b.get().source(), b.get().suppliedBy())
              .ifPresent(x -> resolved.putIfAbsent(pair, x + ", as resolved with " + a.get().providerId()
                  + (a.get().providerId().equals(b.get().providerId()) ? "" : " and " + b.get().providerId())));
        }
      }
    }
    for (String x : resolved.values()) {
      if (problems.stream().noneMatch(p -> x.startsWith(p))) { // already named by the document check
        problems.add(x);
      }
    }
    return CheckResult.of(RELATIONS, d, List.copyOf(problems));
  }

  static final String RELATIONS = "relations";

  static CheckResult extremePovertyMultiplier(Loaded m) {
    String d = "the extreme-poverty basic standard is at least 1.3 × the local dibao standard ("
        + Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER.id() + " ≥ 1.3)";
    if (m.registry.isEmpty()) {
      return skipped("extremePovertyMultiplier", d);
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<RegionCode, ParameterValue<?>> e : values(m.own)) {
      ParameterValue<?> v = e.getValue();
      if (v.key().equals(Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER)
          && ((BigDecimal) v.value()).compareTo(MIN_EXTREME_POVERTY_MULTIPLIER) < 0) {
        problems.add(where(e.getKey(), v) + " = " + ((BigDecimal) v.value()).toPlainString()
            + " is below 1.3: the extreme-poverty basic standard must be at least 1.3 × the dibao standard (rules.md §2)");
      }
    }
    return CheckResult.of("extremePovertyMultiplier", d, problems);
  }

  // ---------------------------------------------------------------- JSON

  static CheckResult jsonRoundTrip(Loaded m) {
    String d = "writing each standard set as JSON and reading it back gives the same regions, claims and values";
    if (m.registry.isEmpty()) {
      return skipped("jsonRoundTrip", d);
    }
    List<String> problems = new ArrayList<>();
    for (StandardSet s : m.own) {
      StandardSet back;
      try {
        String json = StandardsJson.write(s);
        back = StandardsJson.read(s.moduleId(), "round-trip of " + s.moduleId(), json.getBytes(StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        problems.add(s.moduleId() + " " + s.version() + ": written JSON cannot be read back: " + e.getMessage());
        continue;
      }
      problems.addAll(differences(s, back));
    }
    return CheckResult.of("jsonRoundTrip", d, problems);
  }

  /**
   * The differences between two standard sets, each naming what differs.
   *
   * @param a one set, not null
   * @param b the other, not null
   * @return the differences; empty if the sets have the same id, version, regions, claims and values
   */
  public static List<String> differences(StandardSet a, StandardSet b) {
    List<String> l = new ArrayList<>();
    if (!a.moduleId().equals(b.moduleId()) || !a.version().equals(b.version())) {
      l.add("module " + a.moduleId() + " " + a.version() + " came back as " + b.moduleId() + " " + b.version());
    }
    if (!a.regions().equals(b.regions())) {
      l.add("regions " + a.regions().stream().map(RegionInfo::code).toList() + " came back as "
          + b.regions().stream().map(RegionInfo::code).toList());
    }
    if (!a.claims().equals(b.claims())) {
      l.add("claims " + a.claims() + " came back as " + b.claims());
    }
    TreeSet<RegionCode> regions = new TreeSet<>(a.valueRegions());
    regions.addAll(b.valueRegions());
    for (RegionCode r : regions) {
      Map<ParameterKey<?>, List<ParameterValue<?>>> x = a.valuesFor(r);
      Map<ParameterKey<?>, List<ParameterValue<?>>> y = b.valuesFor(r);
      Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
      x.keySet().forEach(k -> keys.put(k.id(), k));
      y.keySet().forEach(k -> keys.put(k.id(), k));
      for (ParameterKey<?> k : keys.values()) {
        List<ParameterValue<?>> vx = x.getOrDefault(k, List.of());
        List<ParameterValue<?>> vy = y.getOrDefault(k, List.of());
        if (!vx.equals(vy)) {
          l.add(k.id() + " in " + r + ": " + vx + " came back as " + vy);
        }
      }
    }
    return l;
  }

  // ---------------------------------------------------------------- domain laws

  static CheckResult domainLaws(Loaded m, int samples, long seed) {
    String d = "under the module's values, " + samples + " generated households (seed " + seed + ") give no negative amount, "
        + "the same results and stamp twice, results independent of member order, no more dibao for more income, "
        + "and (gap method) dibao = standard × members − income";
    if (m.registry.isEmpty()) {
      return skipped("domainLaws", d);
    }
    StandardsRegistry registry = m.registry.get();
    List<YearMonth> months = claimedMonths(m.own, DEFAULT_HORIZON_MONTHS);
    List<RegionCode> regions = new ArrayList<>(new TreeSet<>(m.provider.regions()));
    regions.removeIf(r -> registry.findRegion(r).isEmpty());
    List<String> problems = new ArrayList<>();
    if (months.isEmpty() || regions.isEmpty()) {
      problems.add("no claimed month or declared region to calculate in");
      return CheckResult.of("domainLaws", d, problems);
    }
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate today = months.get(months.size() - 1).atEndOfMonth();
    if (today.isBefore(MinzhengGenerators.REFERENCE_DAY)) {
      today = MinzhengGenerators.REFERENCE_DAY;
    }
    BenefitCalculator calc;
    try {
      calc = BenefitCalculator.builder(registry)
          .clock(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    } catch (RuntimeException e) {
      problems.add("the calculator cannot be built: " + e);
      return CheckResult.of("domainLaws", d, problems);
    }
    for (int i = 0; i < samples && problems.size() < 10; i++) {
      RegionCode region = regions.get(random.nextInt(regions.size()));
      ResidenceType type = random.nextBoolean() ? ResidenceType.URBAN : ResidenceType.RURAL;
      YearMonth month = months.get(random.nextInt(months.size()));
      Household h = MinzhengGenerators.households(region, type, 1, 6, MinzhengGenerators.Facts.COMPLETE).apply(random);
      String label = "household " + h.id() + " (sample " + i + ", seed " + seed + ") in " + region + " " + type + " for " + month;
      try {
        lawsFor(calc, registry, h, month, label, problems);
      } catch (RuntimeException e) {
        problems.add(label + ": calculation failed: " + e);
      }
    }
    return CheckResult.of("domainLaws", d, problems);
  }

  private static void lawsFor(BenefitCalculator calc, StandardsRegistry registry, Household h, YearMonth month, String label,
      List<String> problems) {
    HouseholdResult r = calc.calculate(h, month);
    for (SchemeResult s : r.results()) {
      if (s.amount().isPresent() && s.amount().get().isNegative()) {
        problems.add(label + ": " + s.scheme() + " for " + s.beneficiary() + " is negative: " + s.amount().get());
      }
    }
    HouseholdResult again = calc.calculate(h, month);
    if (!again.equals(r)) {
      problems.add(label + ": the same household and month gave different results or stamps (" + r.stamp() + " vs " + again.stamp() + ")");
    }
    List<Person> reversed = new ArrayList<>(h.members());
    java.util.Collections.reverse(reversed);
    Household shuffled = new Household.Builder().from(h).members(reversed).build();
    if (!sortedAmounts(calc.calculate(shuffled, month)).equals(sortedAmounts(r))) {
      problems.add(label + ": reversing the member order changed the results");
    }
    // more income: every member has a capable supporter (nobody extremely poor), first member earns 1,200 more
    List<Person> supported = new ArrayList<>();
    for (Person p : h.members()) {
      supported.add(new Person.Builder().from(p).hasCapableSupporter(true).build());
    }
    Household base = new Household.Builder().from(h).members(supported).build();
    List<Person> richer = new ArrayList<>(supported);
    richer.set(0, new Person.Builder().from(supported.get(0))
        .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(1_200))).build());
    Household more = new Household.Builder().from(base).members(richer).build();
    HouseholdResult rb = calc.calculate(base, month);
    HouseholdResult rm = calc.calculate(more, month);
    Money dibaoBase = rb.find(Scheme.DIBAO, h.id().value()).map(SchemeResult::amountOrZero).orElse(Money.ZERO);
    Money dibaoMore = rm.find(Scheme.DIBAO, h.id().value()).map(SchemeResult::amountOrZero).orElse(Money.ZERO);
    if (dibaoMore.compareTo(dibaoBase) > 0) {
      problems.add(label + ": 1,200.00 more counted income raised dibao from " + dibaoBase + " to " + dibaoMore);
    }
    gapLaw(registry, base, rb, month, label, problems);
  }

  private static void gapLaw(StandardsRegistry registry, Household h, HouseholdResult r, YearMonth month, String label,
      List<String> problems) {
    var view = registry.standardFor(h.region(), month);
    if (view.value(Parameters.DIBAO_METHOD) != DibaoMethod.GAP || h.classification().isPresent()
        || !view.value(Parameters.DIBAO_EMPLOYMENT_DEDUCTION).isZero() || !view.value(Parameters.DIBAO_MINIMUM_PAYOUT).isZero()) {
      return;
    }
    Optional<SchemeResult> dibao = r.find(Scheme.DIBAO, h.id().value());
    if (dibao.isEmpty() || !dibao.get().isEligible()) {
      return;
    }
    List<Person> counted = h.members().stream().filter(p -> p.countsIn(month)).toList();
    Money standard = view.value(h.residenceType() == ResidenceType.URBAN ? Parameters.DIBAO_STANDARD_URBAN : Parameters.DIBAO_STANDARD_RURAL);
    int incomeMonths = view.value(Parameters.DIBAO_INCOME_MONTHS);
    Rounding rounding = view.value(Parameters.DIBAO_ROUNDING);
    BigDecimal income = counted.stream().map(Person::countedIncome).map(Money::toYuan).reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(incomeMonths), 20, java.math.RoundingMode.HALF_UP);
    Money expected = rounding.round(standard.multipliedBy(counted.size()).toYuan().subtract(income).max(BigDecimal.ZERO));
    if (!Objects.equals(dibao.get().amount().get(), expected)) {
      problems.add(label + ": dibao " + dibao.get().amount().get() + " is not standard " + standard + " × " + counted.size()
          + " − income " + income.stripTrailingZeros().toPlainString() + " = " + expected);
    }
  }

  private static List<String> sortedAmounts(HouseholdResult r) {
    return r.results().stream().map(s -> s.scheme() + " " + s.beneficiary() + " " + s.outcome() + " " + s.amount().map(Money::toString).orElse(""))
        .sorted().toList();
  }
}
