package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * A rule that the values of two parameters must keep together, where each value alone lies in its
 * {@link ParameterDomain} and yet the pair makes no sense: the enhanced nursing subsidy's lowest age above its
 * highest, the care share for partial self-care above the one for full care. {@link Parameters#relations()} lists
 * them; core's standards parser refuses, at load, a document whose values break one, and the conformance kit
 * applies the same check (check {@code relations}), also to the values a module's regions resolve to with its
 * base modules.
 *
 * <p>Values are effective-dated, may be corrected by values published later, and a county's value may meet its
 * city's: {@link #problems(Map)} checks every pair of values that are in force together on some day, as known on
 * some day, for a region (a region without a value of its own takes its parent's, county → city → province), and
 * names both parameters, their values and periods, the region and the days.
 *
 * @since 0.3
 */
public final class ParameterRelation {
  private final ParameterKey<?> first;
  private final String relation;
  private final ParameterKey<?> second;
  private final BiPredicate<Object, Object> holds;
  private final String why;

  private ParameterRelation(ParameterKey<?> first, String relation, ParameterKey<?> second,
      BiPredicate<Object, Object> holds, String why) {
    this.first = first;
    this.relation = relation;
    this.second = second;
    this.holds = holds;
    this.why = why;
  }

  /**
   * A relation given by a predicate.
   *
   * @param <A> the first parameter's type
   * @param <B> the second parameter's type
   * @param first the first parameter, not null
   * @param relation the relation in words, read between the two ids, e.g. {@code "is at most"}, not null
   * @param second the second parameter, not null, not {@code first}
   * @param holds whether a pair of values keeps the relation, not null
   * @param why the rule it comes from, e.g. {@code "rules.md §6: the enhanced group is aged 16–59"}, not null
   * @return the relation
   */
  public static <A, B> ParameterRelation of(ParameterKey<A> first, String relation, ParameterKey<B> second,
      BiPredicate<? super A, ? super B> holds, String why) {
    requireNonNull(first, "first");
    requireNonNull(relation, "relation");
    requireNonNull(second, "second");
    requireNonNull(holds, "holds");
    requireNonNull(why, "why");
    if (first.equals(second)) {
      throw new IllegalArgumentException("a relation of " + first.id() + " with itself is a domain, not a relation");
    }
    return new ParameterRelation(first, relation, second,
        (a, b) -> holds.test(first.cast(a), second.cast(b)), why);
  }

  /**
   * The relation {@code first ≤ second}.
   *
   * @param <T> the type of both parameters
   * @param first the parameter that may not exceed the other, not null
   * @param second the other parameter, not null
   * @param why the rule it comes from, not null
   * @return the relation
   */
  public static <T extends Comparable<? super T>> ParameterRelation atMost(ParameterKey<T> first, ParameterKey<T> second,
      String why) {
    return of(first, "is at most", second, (a, b) -> a.compareTo(b) <= 0, why);
  }

  /** @return the first parameter */
  public ParameterKey<?> first() {
    return first;
  }

  /** @return the second parameter */
  public ParameterKey<?> second() {
    return second;
  }

  /** @return the rule in words, e.g. {@code disabilityNursing.enhancedMinAge is at most disabilityNursing.enhancedMaxAge} */
  public String description() {
    return first.id() + " " + relation + " " + second.id();
  }

  /** @return the rule it comes from, e.g. {@code rules.md §6: the enhanced group is aged 16–59} */
  public String why() {
    return why;
  }

  /**
   * @param a a value of {@link #first()}, not null
   * @param b a value of {@link #second()}, not null
   * @return whether the pair keeps this relation
   */
  public boolean holds(Object a, Object b) {
    return holds.test(requireNonNull(a, "a"), requireNonNull(b, "b"));
  }

  /**
   * The problem of one pair of values, or nothing if the pair keeps this relation.
   *
   * @param region the region the pair is in force for, not null
   * @param a a value of {@link #first()}, not null
   * @param aRegion the region {@code a} is given for, not null
   * @param b a value of {@link #second()}, not null
   * @param bRegion the region {@code b} is given for, not null
   * @return e.g. {@code region 410400, from 2020-01-01: disabilityNursing.enhancedMinAge = 60 [2020-01-01, ∞) is not
   *     at most disabilityNursing.enhancedMaxAge = 59 [2020-01-01, ∞) (rules.md §6: …)}
   */
  public Optional<String> problem(RegionCode region, ParameterValue<?> a, RegionCode aRegion, ParameterValue<?> b,
      RegionCode bRegion) {
    requireNonNull(region, "region");
    if (holds(a.value(), b.value())) {
      return Optional.empty();
    }
    LocalDate from = a.effectiveFrom().isAfter(b.effectiveFrom()) ? a.effectiveFrom() : b.effectiveFrom();
    Optional<LocalDate> until = a.effectiveUntil().isEmpty() ? b.effectiveUntil()
        : b.effectiveUntil().isEmpty() || a.effectiveUntil().get().isBefore(b.effectiveUntil().get()) ? a.effectiveUntil()
        : b.effectiveUntil();
    return Optional.of("region " + region + ", " + days(from, until) + ": " + shown(a, aRegion, region) + " must be "
        + relation.replaceFirst("^is ", "") + " " + shown(b, bRegion, region) + " (" + why + ")");
  }

  private static String days(LocalDate from, Optional<LocalDate> until) {
    return "from " + from + until.map(u -> " until " + u).orElse(" on");
  }

  private static String shown(ParameterValue<?> v, RegionCode given, RegionCode region) {
    Object x = v.value();
    String value = x instanceof BigDecimal d ? d.toPlainString() : v.formattedValue();
    return v.key().id() + " = " + value + " [" + v.effectiveFrom() + ", " + v.effectiveUntil().map(LocalDate::toString)
        .orElse("∞") + ")" + (v.hasPublicationDate() ? " published " + v.published() : "")
        + (given.equals(region) ? "" : " of region " + given);
  }

  /**
   * Every problem of a set of values under this relation: for each region with a value of its own of either
   * parameter, every pair of values in force together on some day, as known on some day, that breaks it. A region
   * without a value of a parameter on a day takes its parent's (county → city → province) if the values hold one.
   * Each pair is named once.
   *
   * @param values the values by region, e.g. one standards document's, not null
   * @return the problems, each naming both parameters, their values and periods, the region and the days
   */
  public List<String> problems(Map<RegionCode, ? extends Collection<? extends ParameterValue<?>>> values) {
    requireNonNull(values, "values");
    Map<String, String> out = new LinkedHashMap<>();
    for (RegionCode region : new TreeSet<>(values.keySet())) {
      if (values.get(region).stream().noneMatch(v -> v.key().equals(first) || v.key().equals(second))) {
        continue;
      }
      TreeSet<LocalDate> days = new TreeSet<>();
      TreeSet<LocalDate> known = new TreeSet<>();
      for (RegionCode r : region.chain()) {
        for (ParameterValue<?> v : valuesOf(values, r)) {
          if (v.key().equals(first) || v.key().equals(second)) {
            days.add(v.effectiveFrom());
            v.effectiveUntil().ifPresent(days::add);
            known.add(v.published());
          }
        }
      }
      for (LocalDate k : known) {
        for (LocalDate day : days) {
          Found a = find(values, first, region, day, k);
          Found b = find(values, second, region, day, k);
          if (a == null || b == null || (!a.region.equals(region) && !b.region.equals(region))) {
            continue; // reported for the region that gives them, if at all
          }
          problem(region, a.value, a.region, b.value, b.region)
              .ifPresent(p -> out.putIfAbsent(region + "|" + a + "|" + b, p));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * Every problem of a set of values under every relation of {@link Parameters#relations()}.
   *
   * @param values the values by region, e.g. one standards document's, not null
   * @return the problems, each naming both parameters, their values and periods, the region and the days
   */
  public static List<String> problemsOfAll(Map<RegionCode, ? extends Collection<? extends ParameterValue<?>>> values) {
    List<String> all = new ArrayList<>();
    for (ParameterRelation r : Parameters.relations()) {
      all.addAll(r.problems(values));
    }
    return all;
  }

  private static Collection<? extends ParameterValue<?>> valuesOf(
      Map<RegionCode, ? extends Collection<? extends ParameterValue<?>>> values, RegionCode region) {
    Collection<? extends ParameterValue<?>> c = values.get(region);
    return c == null ? List.of() : c;
  }

  private record Found(ParameterValue<?> value, RegionCode region) {}

  /** The value of {@code key} in force for {@code region} on {@code day} as known on {@code knownOn}: the latest published. */
  private static Found find(Map<RegionCode, ? extends Collection<? extends ParameterValue<?>>> values, ParameterKey<?> key,
      RegionCode region, LocalDate day, LocalDate knownOn) {
    for (RegionCode r : region.chain()) {
      ParameterValue<?> best = null;
      for (ParameterValue<?> v : valuesOf(values, r)) {
        if (v.key().equals(key) && v.isInForceOn(day) && v.isKnownOn(knownOn)
            && (best == null || v.published().isAfter(best.published()))) {
          best = v;
        }
      }
      if (best != null) {
        return new Found(best, r);
      }
    }
    return null;
  }

  /** @return the rule and where it comes from */
  @Override
  public String toString() {
    return description() + " (" + why + ")";
  }
}
