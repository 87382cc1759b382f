package org.minzheng.schemes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.scheme.SchemeConfigurationException;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.StepMessages;
import org.minzheng.schemes.dibao.DibaoScheme;
import org.minzheng.schemes.disability.DisabilityLivingScheme;
import org.minzheng.schemes.disability.DisabilityNursingScheme;
import org.minzheng.schemes.extremepoverty.ExtremePovertyScheme;
import org.minzheng.schemes.oldage.OldAgeScheme;
import org.minzheng.schemes.price.PriceSubsidyScheme;
import org.minzheng.schemes.temporary.TemporaryAssistanceScheme;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.Scheme;

/**
 * The scheme modules: the six built-in ones, those installed on the class or module path
 * ({@link SchemeModule#installed()}), and those registered by hand. Registering a
 * module defines its scheme, adds its parameters to the {@link Parameters} catalogue (so standards
 * documents may give them values) and its message bundles to {@link StepMessages#installed()}; like
 * {@code java.time.zone.ZoneRulesProvider}, what is registered is one set per JVM and only grows.
 * A calculator runs the built-in and installed modules, or the modules its builder names
 * ({@code BenefitCalculator.Builder.schemes}).
 *
 * <p>The modules' dependencies must form a directed acyclic graph; a dependency no module provides,
 * or a cycle, fails the registration, naming the schemes, and registers nothing. Thread-safe.
 *
 * @since 0.2
 */
public final class Schemes {
  private static final List<SchemeModule> BUILT_IN = List.of(DibaoScheme.MODULE, ExtremePovertyScheme.MODULE,
      TemporaryAssistanceScheme.MODULE, PriceSubsidyScheme.MODULE, OldAgeScheme.MODULE, DisabilityLivingScheme.MODULE,
      DisabilityNursingScheme.MODULE);
  /** Every module registered so far, each after those it depends on: the built-ins first. */
  private static volatile List<SchemeModule> known = order(BUILT_IN);
  private static volatile List<SchemeModule> installed;

  private Schemes() {}

  /** @return the built-in modules, in the order of their results */
  public static List<SchemeModule> builtIn() {
    return BUILT_IN;
  }

  /**
   * @return the built-in monthly modules (per household and per person), in the order of their results:
   *     dibao, extreme poverty, the price subsidy, the old-age allowance, the living and the nursing subsidy
   */
  public static List<SchemeModule> builtInRules() {
    return BUILT_IN.stream().filter(m -> m.unit() != SchemeModule.Unit.CASE).toList();
  }

  /**
   * The built-in modules and those installed ({@link SchemeModule#installed()}), each after those it
   * depends on, the built-ins first.
   *
   * @return the modules, not null
   * @throws SchemeConfigurationException if the modules found cannot be loaded together
   */
  public static List<SchemeModule> installed() {
    List<SchemeModule> l = installed;
    return l != null ? l : loadServices();
  }

  /**
   * @return the installed modules that are not built in, each after those it depends on
   */
  public static List<SchemeModule> added() {
    List<SchemeModule> all = installed();
    return all.stream().filter(m -> !BUILT_IN.contains(m)).toList();
  }

  /**
   * Registers scheme modules by hand. A module already registered (the same class) is not registered twice.
   *
   * @param modules the modules, not null
   * @return the modules, each after those it depends on
   * @throws SchemeConfigurationException if they cannot be loaded with those registered before; nothing is
   *     registered then
   */
  public static synchronized List<SchemeModule> register(SchemeModule... modules) {
    requireNonNull(modules, "modules");
    List<SchemeModule> all = new ArrayList<>(known);
    List<SchemeModule> mine = new ArrayList<>();
    for (SchemeModule m : modules) {
      requireNonNull(m, "module");
      SchemeModule same = all.stream().filter(x -> x.getClass() == m.getClass()).findFirst().orElse(null);
      if (same == null) {
        all.add(m);
        mine.add(m);
      } else {
        mine.add(same);
      }
    }
    List<SchemeModule> ordered = order(all);
    List<String> problems = new ArrayList<>();
    for (SchemeModule m : mine) {
      try {
        Parameters.register(m.parameters());
      } catch (IllegalArgumentException e) {
        problems.add("scheme " + m.scheme() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemeConfigurationException(problems);
    }
    for (SchemeModule m : mine) {
      StepMessages.install(m);
    }
    known = List.copyOf(ordered);
    return ordered.stream().filter(mine::contains).toList();
  }

  private static synchronized List<SchemeModule> loadServices() {
    if (installed != null) {
      return installed;
    }
    List<SchemeModule> found = SchemeModule.installed();
    List<SchemeModule> mine = register(found.toArray(new SchemeModule[0]));
    List<SchemeModule> l = new ArrayList<>(order(BUILT_IN));
    l.addAll(mine);
    installed = List.copyOf(l);
    return installed;
  }

  /**
   * Checks the modules and orders them: the built-ins first in their order, then the others, each
   * after the schemes it depends on (by name among equals).
   */
  private static List<SchemeModule> order(List<SchemeModule> modules) {
    List<String> problems = new ArrayList<>();
    Map<Scheme, SchemeModule> byScheme = new LinkedHashMap<>();
    Map<String, SchemeModule> byPrefix = new HashMap<>();
    for (SchemeModule m : modules) {
      SchemeModule other = byScheme.putIfAbsent(m.scheme(), m);
      if (other != null) {
        problems.add("scheme " + m.scheme() + " has two modules: " + other.getClass().getName() + " and " + m.getClass().getName());
      }
      SchemeModule samePrefix = byPrefix.putIfAbsent(m.stepPrefix(), m);
      if (samePrefix != null && samePrefix != m) {
        problems.add("schemes " + samePrefix.scheme() + " and " + m.scheme() + " use the same step prefix '" + m.stepPrefix() + "'");
      }
    }
    for (SchemeModule m : modules) {
      for (Scheme d : m.dependsOn()) {
        if (!byScheme.containsKey(d)) {
          problems.add("scheme " + m.scheme() + " depends on " + d + ", which no installed module provides");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemeConfigurationException(problems);
    }
    List<SchemeModule> out = new ArrayList<>();
    Map<Scheme, Integer> state = new HashMap<>(); // 1 visiting, 2 done
    List<SchemeModule> rest = new ArrayList<>(modules);
    rest.sort(Comparator.comparing((SchemeModule m) -> !BUILT_IN.contains(m)).thenComparing(m -> BUILT_IN.contains(m)
        ? BUILT_IN.indexOf(m) : 0).thenComparing(m -> m.scheme().name()));
    for (SchemeModule m : rest) {
      visit(m, byScheme, state, new ArrayList<>(), out);
    }
    return out;
  }

  private static void visit(SchemeModule m, Map<Scheme, SchemeModule> byScheme, Map<Scheme, Integer> state, List<Scheme> path,
      List<SchemeModule> out) {
    Integer s = state.get(m.scheme());
    if (s != null && s == 2) {
      return;
    }
    path.add(m.scheme());
    if (s != null) {
      throw new SchemeConfigurationException(List.of("the dependencies of schemes form a cycle: "
          + String.join(" -> ", path.subList(path.indexOf(m.scheme()), path.size()).stream().map(Scheme::name).toList())));
    }
    state.put(m.scheme(), 1);
    List<Scheme> deps = new ArrayList<>(m.dependsOn());
    deps.sort(Comparator.naturalOrder());
    for (Scheme d : deps) {
      visit(byScheme.get(d), byScheme, state, path, out);
    }
    state.put(m.scheme(), 2);
    path.remove(path.size() - 1);
    out.add(m);
  }
}
