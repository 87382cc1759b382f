package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsView;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Stamp;
import org.minzheng.scheme.Step;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * The parameters of one {@link StandardsView} (region and month) as the engine and the rules read them:
 * the general ones (reference day of ages, the most members), what each scheme module's rule prepared
 * once ({@link #prepared}), and the explanation's {@link ParameterUse}s, the lenient-mode
 * warnings and the stamp, so that no household rebuilds or rehashes anything.
 */
final class Params {

  final StandardsView view;
  final YearMonth month;
  final int monthStart;
  final int monthEnd;

  // general (§0)
  final AgeReference ageReference;
  final LeapDayBirthday leapDay;
  final int ageDay;

  /** general.maxMembers: the most members a household may have. */
  final int maxMembers;

  // explanations and stamp
  private final Map<ParameterKey<?>, ResolvedParameter<?>> resolved = new HashMap<>();
  private final Map<ParameterKey<?>, ParameterUse> uses = new HashMap<>();
  final Stamp stamp;
  /** Per rule module (see {@link Engine}), what its rule prepared here; null where it prepares nothing or is not in force. */
  final Object[] prepared;
  private final PriceIndexSeries series;
  /** Per rule module, whether its scheme applies here: a built-in one always, an added one where a standards module claims it. */
  final boolean[] applies;
  /** Per rule module, the lenient-reading warnings of its parameters, which start each of its explanations. */
  final List<Step>[] moduleWarnings;

  @SuppressWarnings("unchecked")
  Params(StandardsView view, YearMonth month, PriceIndexSeries series, String libraryVersion, List<SchemeModule> modules) {
    this.series = series;
    this.view = view;
    this.month = month;
    this.monthStart = Dates.of(month.atDay(1));
    this.monthEnd = Dates.of(month.atEndOfMonth());

    ageReference = req(AGE_REFERENCE);
    leapDay = req(LEAP_DAY_BIRTHDAY);
    ageDay = Dates.of(ageReference.dayFor(month));
    Integer max = opt(org.minzheng.standard.Parameters.MAX_MEMBERS);
    maxMembers = max == null ? org.minzheng.standard.Parameters.DEFAULT_MAX_MEMBERS : max;

    // the rules on the scheme SPI prepare what they read, in the order of their modules
    Preparation prep = new Prep();
    prepared = new Object[modules.size()];
    moduleWarnings = new List[modules.size()];
    applies = new boolean[modules.size()];
    for (int m = 0; m < modules.size(); m++) {
      SchemeModule module = modules.get(m);
      applies[m] = module.scheme().isBuiltIn() || inForce(module);
      if (applies[m]) {
        prepared[m] = module.personRule().isPresent() ? module.personRule().get().prepare(prep)
            : module.householdRule().orElseThrow().prepare(prep);
      }
    }

    stamp = Stamps.stamp(libraryVersion, resolved.values());
    for (int m = 0; m < modules.size(); m++) {
      moduleWarnings[m] = warnings(modules.get(m).parameters().toArray(new ParameterKey<?>[0]));
    }
  }

  /** Uses of a scheme module's own parameters, resolved when its rule first asks (Params are shared by threads). */
  private final java.util.concurrent.ConcurrentHashMap<ParameterKey<?>, ResolvedParameter<?>> added =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.ConcurrentHashMap<org.minzheng.scheme.SchemeModule, Boolean> inForce =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether an added scheme module's scheme applies in this region and month: whether a standards
   * module claims it here, which its first parameter resolving shows (a scheme without parameters
   * applies everywhere).
   */
  boolean inForce(org.minzheng.scheme.SchemeModule m) {
    return inForce.computeIfAbsent(m, x -> x.parameters().isEmpty() || view.find(x.parameters().get(0)).isPresent());
  }

  /** A scheme module's parameter, resolved once per standards view. */
  @SuppressWarnings("unchecked")
  <T> ResolvedParameter<T> added(ParameterKey<T> key) {
    ResolvedParameter<?> r = resolved.get(key);
    if (r == null) {
      r = added.computeIfAbsent(key, view::get);
    }
    return (ResolvedParameter<T>) r;
  }

  /**
   * The use of a parameter for a step's citations: as resolved here, or, for a module's own parameter
   * its rule did not prepare, as the view gives it; null if no standards module gives it (an optional
   * parameter), which the step then does not cite.
   */
  ParameterUse use(ParameterKey<?> key) {
    ParameterUse u = uses.get(key);
    if (u != null) {
      return u;
    }
    ResolvedParameter<?> r = added.get(key);
    if (r == null) {
      r = view.find(key).orElse(null);
      if (r == null) {
        return null;
      }
      added.putIfAbsent(key, r);
    }
    return r.toUse();
  }

  /** The text of a parameter as resolved, e.g. {@code 570.00}. */
  String text(ParameterKey<?> key) {
    ParameterUse u = uses.get(key);
    return u == null ? "—" : u.value();
  }

  private <T> T req(ParameterKey<T> key) {
    ResolvedParameter<T> r = view.get(key);
    record(key, r);
    return r.value();
  }

  private <T> T opt(ParameterKey<T> key) {
    Optional<ResolvedParameter<T>> r = view.find(key);
    if (r.isEmpty()) {
      return null;
    }
    record(key, r.get());
    return r.get().value();
  }

  private void record(ParameterKey<?> key, ResolvedParameter<?> r) {
    resolved.put(key, r);
    uses.put(key, r.toUse());
  }

  private List<Step> warnings(ParameterKey<?>... keys) {
    List<Step> steps = new ArrayList<>();
    for (ParameterKey<?> k : keys) {
      ResolvedParameter<?> r = resolved.get(k);
      if (r != null && r.warning().isPresent()) {
        String w = r.warning().get();
        steps.add(Step.of("standards.lenient", List.of(r.toUse()), null, w));
      }
    }
    return List.copyOf(steps);
  }

  /** What a rule prepares from: this view's parameters, each read recorded for the stamp and the citations. */
  private final class Prep implements Preparation {
    @Override
    public RegionCode region() {
      return view.region();
    }

    @Override
    public YearMonth month() {
      return month;
    }

    @Override
    public <T> T value(ParameterKey<T> key) {
      return req(key);
    }

    @Override
    public <T> Optional<T> find(ParameterKey<T> key) {
      return Optional.ofNullable(opt(key));
    }

    @Override
    public Optional<PriceIndex> priceIndex() {
      return series.find(view.region(), month);
    }

    @Override
    public String priceIndexLabel() {
      return series.label();
    }

    @Override
    public RuntimeException invalid(ParameterKey<?> key, String problem) {
      return config(key, problem);
    }
  }

  private StandardsConfigurationException config(ParameterKey<?> key, String problem) {
    return new StandardsConfigurationException(List.of("parameter " + key.id() + " for region " + view.region()
        + " on " + view.date() + " " + problem));
  }

  @Override
  public String toString() {
    return "Params[" + view + ", " + stamp.parameterHash().substring(0, 12) + "]";
  }
}
