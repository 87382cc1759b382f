package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.DIBAO_CLASS_FLOOR;
import static org.minzheng.standard.Parameters.DIBAO_EMPLOYMENT_DEDUCTION;
import static org.minzheng.standard.Parameters.DIBAO_INCOME_MONTHS;
import static org.minzheng.standard.Parameters.DIBAO_METHOD;
import static org.minzheng.standard.Parameters.DIBAO_MINIMUM_PAYOUT;
import static org.minzheng.standard.Parameters.DIBAO_ROUNDING;
import static org.minzheng.standard.Parameters.DIBAO_STANDARD_RURAL;
import static org.minzheng.standard.Parameters.DIBAO_STANDARD_URBAN;
import static org.minzheng.standard.Parameters.DIBAO_TIERS;
import static org.minzheng.standard.Parameters.DISABILITY_LIVING_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_LIVING_ROUNDING;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_AMOUNT;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_CATEGORIES;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_MAX_AGE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ENHANCED_MIN_AGE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_MAX_GRADE;
import static org.minzheng.standard.Parameters.DISABILITY_NURSING_ROUNDING;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_FULL;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_MINIMUM_WAGE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_DISABILITY_GRADES;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_ELDERLY_AGE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_MINOR_AGE_LIMIT;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_ROUNDING;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;
import static org.minzheng.standard.Parameters.OLD_AGE_BANDS;
import static org.minzheng.standard.Parameters.OLD_AGE_HUKOU_REGION;
import static org.minzheng.standard.Parameters.OLD_AGE_ROUNDING;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_COVERED;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_CPI_THRESHOLD;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_FOOD_CPI_THRESHOLD;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_MULTIPLIER;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_RATE_BASIS;
import static org.minzheng.standard.Parameters.PRICE_SUBSIDY_ROUNDING;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.minzheng.household.SelfCareLevel;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.Stamp;
import org.minzheng.scheme.Step;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.PriceRateBasis;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * Every parameter the monthly schemes read, resolved once per {@link StandardsView} (region and
 * month) and held in the form the hot path wants: fen as {@code long}, ages as {@code int}, the fixed
 * amounts already rounded and wrapped. Also the explanation's {@link ParameterUse}s, the lenient-mode
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

  // dibao (§1)
  final long stdUrban;
  final long stdRural;
  final int incomeMonths;
  final long employmentDeduction;
  final long minimumPayout;
  final DibaoMethod method;
  final Map<String, Money> classFloor; // null when the standards define none for the date
  final Map<String, Money> tiers; // null when the standards define none for the date
  final Rounding dibaoRounding;

  // extreme poverty (§2)
  final BigDecimal basicMultiplier;
  final int elderlyAge;
  /** general.maxMembers: the most members a household may have. */
  final int maxMembers;
  final int minorAgeLimit;
  final int[] epMaxGrade; // by DisabilityCategory ordinal; 0 = the category never counts
  final long[] careFen; // by SelfCareLevel ordinal
  final BigDecimal[] careShare; // percent by SelfCareLevel ordinal; null when the fixed care amounts apply
  final long minimumWageFen; // 0 when the fixed care amounts apply
  final BigDecimal[] basicExact; // by ResidenceType ordinal
  final Optional<Money>[][] epAmount; // [ResidenceType][SelfCareLevel]
  final Rounding epRounding;


  // old-age allowance (§5)

  // disability subsidies (§6)

  // explanations and stamp
  private final Map<ParameterKey<?>, ResolvedParameter<?>> resolved = new HashMap<>();
  private final Map<ParameterKey<?>, ParameterUse> uses = new HashMap<>();
  final Stamp stamp;
  final List<Step> dibaoWarnings;
  final List<Step> epWarnings;
  /** Per rule module (see {@link Engine}), what its rule prepared here; null where it prepares nothing or is not in force. */
  final Object[] prepared;
  private final PriceIndexSeries series;
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

    Money urban = req(DIBAO_STANDARD_URBAN);
    Money rural = req(DIBAO_STANDARD_RURAL);
    stdUrban = urban.fen();
    stdRural = rural.fen();
    incomeMonths = req(DIBAO_INCOME_MONTHS);
    if (incomeMonths < 1) {
      throw config(DIBAO_INCOME_MONTHS, "is " + incomeMonths + "; it must be at least 1");
    }
    employmentDeduction = req(DIBAO_EMPLOYMENT_DEDUCTION).fen();
    minimumPayout = req(DIBAO_MINIMUM_PAYOUT).fen();
    method = req(DIBAO_METHOD);
    classFloor = opt(DIBAO_CLASS_FLOOR);
    tiers = method == DibaoMethod.TIERED ? req(DIBAO_TIERS) : opt(DIBAO_TIERS);
    dibaoRounding = req(DIBAO_ROUNDING);

    basicMultiplier = req(EXTREME_POVERTY_BASIC_MULTIPLIER);
    elderlyAge = req(EXTREME_POVERTY_ELDERLY_AGE);
    minorAgeLimit = req(EXTREME_POVERTY_MINOR_AGE_LIMIT);
    epMaxGrade = new int[DisabilityCategory.values().length];
    for (Map.Entry<String, Integer> g : req(EXTREME_POVERTY_DISABILITY_GRADES).entrySet()) {
      epMaxGrade[category(EXTREME_POVERTY_DISABILITY_GRADES, g.getKey()).ordinal()] = g.getValue();
    }
    careFen = new long[SelfCareLevel.values().length];
    BigDecimal[] shares = {opt(EXTREME_POVERTY_CARE_SHARE_SELF_CARE), opt(EXTREME_POVERTY_CARE_SHARE_PARTIAL),
        opt(EXTREME_POVERTY_CARE_SHARE_FULL)}; // in SelfCareLevel order
    if (shares[0] != null || shares[1] != null || shares[2] != null) {
      careShare = new BigDecimal[SelfCareLevel.values().length];
      minimumWageFen = req(EXTREME_POVERTY_MINIMUM_WAGE).fen();
      for (SelfCareLevel level : SelfCareLevel.values()) {
        careShare[level.ordinal()] = shares[level.ordinal()] != null ? shares[level.ordinal()]
            : req(level == SelfCareLevel.SELF_CARE ? EXTREME_POVERTY_CARE_SHARE_SELF_CARE
                : level == SelfCareLevel.PARTIAL ? EXTREME_POVERTY_CARE_SHARE_PARTIAL : EXTREME_POVERTY_CARE_SHARE_FULL);
        careFen[level.ordinal()] = ExtremePovertyCalculator.careFen(careShare[level.ordinal()], minimumWageFen);
      }
    } else {
      careShare = null;
      minimumWageFen = 0;
      Map<String, Money> care = req(EXTREME_POVERTY_CARE);
      for (SelfCareLevel level : SelfCareLevel.values()) {
        Money m = care.get(level.name());
        if (m == null) {
          throw config(EXTREME_POVERTY_CARE, "has no amount for " + level + " (it has " + care.keySet() + ")");
        }
        careFen[level.ordinal()] = m.fen();
      }
    }
    epRounding = req(EXTREME_POVERTY_ROUNDING);
    basicExact = new BigDecimal[ResidenceType.values().length];
    epAmount = new Optional[ResidenceType.values().length][SelfCareLevel.values().length];
    for (ResidenceType r : ResidenceType.values()) {
      BigDecimal basic = Money.ofFen(std(r)).toYuan().multiply(basicMultiplier);
      basicExact[r.ordinal()] = basic;
      for (SelfCareLevel level : SelfCareLevel.values()) {
        epAmount[r.ordinal()][level.ordinal()] =
            Optional.of(Money.of(basic.add(Money.ofFen(careFen[level.ordinal()]).toYuan()), epRounding));
      }
    }

    // the rules on the scheme SPI prepare what they read, in the order of their modules
    Preparation prep = new Prep();
    prepared = new Object[modules.size()];
    moduleWarnings = new List[modules.size()];
    for (int m = 0; m < modules.size(); m++) {
      SchemeModule module = modules.get(m);
      if (module.scheme().isBuiltIn() || inForce(module)) {
        prepared[m] = module.personRule().orElseThrow().prepare(prep);
      }
    }

    stamp = Stamps.stamp(libraryVersion, resolved.values());
    dibaoWarnings = warnings(DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL, DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION,
        DIBAO_MINIMUM_PAYOUT, DIBAO_METHOD, DIBAO_CLASS_FLOOR, DIBAO_TIERS, DIBAO_ROUNDING);
    epWarnings = warnings(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL,
        DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION, EXTREME_POVERTY_BASIC_MULTIPLIER, EXTREME_POVERTY_ELDERLY_AGE,
        EXTREME_POVERTY_MINOR_AGE_LIMIT, EXTREME_POVERTY_DISABILITY_GRADES, EXTREME_POVERTY_CARE, EXTREME_POVERTY_CARE_SHARE_SELF_CARE,
        EXTREME_POVERTY_CARE_SHARE_PARTIAL, EXTREME_POVERTY_CARE_SHARE_FULL, EXTREME_POVERTY_MINIMUM_WAGE, EXTREME_POVERTY_ROUNDING);
    for (int m = 0; m < modules.size(); m++) {
      moduleWarnings[m] = warnings(modules.get(m).parameters().toArray(new ParameterKey<?>[0]));
    }
  }

  long std(ResidenceType r) {
    return r == ResidenceType.URBAN ? stdUrban : stdRural;
  }

  static ParameterKey<Money> stdKey(ResidenceType r) {
    return r == ResidenceType.URBAN ? DIBAO_STANDARD_URBAN : DIBAO_STANDARD_RURAL;
  }

  /** The uses of the given parameters that were resolved (optional ones may be absent), for a step. */
  List<ParameterUse> uses(ParameterKey<?>... keys) {
    List<ParameterUse> l = new ArrayList<>(keys.length);
    for (ParameterKey<?> k : keys) {
      ParameterUse u = uses.get(k);
      if (u != null) {
        l.add(u);
      }
    }
    return l;
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

  private DisabilityCategory category(ParameterKey<?> key, String name) {
    try {
      return DisabilityCategory.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw config(key, "names the unknown disability category '" + name + "'");
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
