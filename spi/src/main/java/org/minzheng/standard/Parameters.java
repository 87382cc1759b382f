package org.minzheng.standard;

import static org.minzheng.standard.ParameterUnit.BEDS;
import static org.minzheng.standard.ParameterUnit.HOUSEHOLDS;
import static org.minzheng.standard.ParameterUnit.MONTHS;
import static org.minzheng.standard.ParameterUnit.NONE;
import static org.minzheng.standard.ParameterUnit.PERCENT;
import static org.minzheng.standard.ParameterUnit.PERSONS;
import static org.minzheng.standard.ParameterUnit.RATIO;
import static org.minzheng.standard.ParameterUnit.YEARS;
import static org.minzheng.standard.ParameterUnit.YUAN_PER_HOUSEHOLD_MONTH;
import static org.minzheng.standard.ParameterUnit.YUAN_PER_PERSON_MONTH;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every parameter a standards module can supply, one typed {@link ParameterKey}
 * each. A standards document that names a parameter not listed here, or gives it another unit, is
 * rejected when it loads.
 *
 * <p>Money parameters per month of a rural standard may be given per year in a document
 * ({@code "perYear"}); the parser derives the monthly value once (÷ 12, {@code HALF_UP} to the fen)
 * and that rounded figure is the parameter every formula uses (rules.md §1).
 *
 * @since 0.1
 */
public final class Parameters {
  private Parameters() {}

  /** A percentage from 0 to 100. */
  private static final ParameterDomain PERCENT_0_100 = ParameterDomain.decimal(BigDecimal.ZERO, BigDecimal.valueOf(100));

  // ---- general (rules.md §0)
  /** The day on which age counts for a benefit month. */
  public static final ParameterKey<AgeReference> AGE_REFERENCE = new ParameterKey<>("general.ageReference",
      Scheme.GENERAL, ParameterType.ofEnum(AgeReference.class), NONE, "年龄计算基准日", "day on which age is counted");
  /** When a 29 February birthday completes a year in a common year. */
  public static final ParameterKey<LeapDayBirthday> LEAP_DAY_BIRTHDAY = new ParameterKey<>("general.leapDayBirthday",
      Scheme.GENERAL, ParameterType.ofEnum(LeapDayBirthday.class), NONE, "闰日出生者周岁计算", "leap-day birthday rule");
  /**
   * Whether a reconciliation books an overpayment as a recovery at once or holds it for review
   * (rules.md §11); read for the household's region on the first day of the run month.
   *
   * @since 0.2
   */
  public static final ParameterKey<RecoveryPolicy> RECOVERY_POLICY = new ParameterKey<>("payout.recoveryPolicy",
      Scheme.GENERAL, ParameterType.ofEnum(RecoveryPolicy.class), NONE, "多发追回方式", "recovery policy for overpayments");

  /**
   * The most members a household may have; a larger household is refused with a clear error naming
   * the limit. Optional: {@value #DEFAULT_MAX_MEMBERS} when no module gives it.
   *
   * @since 0.3
   */
  public static final ParameterKey<Integer> MAX_MEMBERS = new ParameterKey<>("general.maxMembers",
      Scheme.GENERAL, ParameterType.INTEGER, PERSONS, "家庭成员数上限", "most members of one household",
      ParameterDomain.integer(1, 10_000));
  /** The household size limit when no module gives {@link #MAX_MEMBERS}. */
  public static final int DEFAULT_MAX_MEMBERS = 100;

  // ---- dibao (rules.md §1)
  /** Urban dibao standard, per person per month. */
  public static final ParameterKey<Money> DIBAO_STANDARD_URBAN = new ParameterKey<>("dibao.standard.urban",
      Scheme.DIBAO, ParameterType.MONEY, YUAN_PER_PERSON_MONTH, "城市最低生活保障标准", "urban dibao standard");
  /** Rural dibao standard, per person per month (derived from the annual figure). */
  public static final ParameterKey<Money> DIBAO_STANDARD_RURAL = new ParameterKey<>("dibao.standard.rural",
      Scheme.DIBAO, ParameterType.MONEY, YUAN_PER_PERSON_MONTH, "农村最低生活保障标准(月)", "rural dibao standard (monthly)");
  /** Number of months of income counted, and divided by. */
  public static final ParameterKey<Integer> DIBAO_INCOME_MONTHS = new ParameterKey<>("dibao.incomeMonths",
      Scheme.DIBAO, ParameterType.INTEGER, MONTHS, "家庭收入计算期", "months of income counted", ParameterDomain.integer(1, 120));
  /** Employment-cost deduction from each wage earner's monthly wage. */
  public static final ParameterKey<Money> DIBAO_EMPLOYMENT_DEDUCTION = new ParameterKey<>("dibao.employmentDeduction",
      Scheme.DIBAO, ParameterType.MONEY, YUAN_PER_PERSON_MONTH, "就业成本扣减", "employment-cost deduction from wages");
  /** Minimum monthly payout per eligible household (0 = none). */
  public static final ParameterKey<Money> DIBAO_MINIMUM_PAYOUT = new ParameterKey<>("dibao.minimumPayout",
      Scheme.DIBAO, ParameterType.MONEY, YUAN_PER_HOUSEHOLD_MONTH, "最低发放金额", "minimum monthly payout per household");
  /** The amount method: {@code GAP} (补差) or {@code TIERED} (分档). */
  public static final ParameterKey<DibaoMethod> DIBAO_METHOD = new ParameterKey<>("dibao.method",
      Scheme.DIBAO, ParameterType.ofEnum(DibaoMethod.class), NONE, "低保金计算方法", "dibao amount method");
  /** Per-person floor by household class under {@code GAP}, e.g. {@code {"A+": "340.00"}}. */
  public static final ParameterKey<Map<String, Money>> DIBAO_CLASS_FLOOR = new ParameterKey<>("dibao.classFloor",
      Scheme.DIBAO, ParameterType.MONEY_MAP, YUAN_PER_PERSON_MONTH, "分类施保标准", "per-person amount by household class");
  /** Per-person amount by household class under {@code TIERED}. */
  public static final ParameterKey<Map<String, Money>> DIBAO_TIERS = new ParameterKey<>("dibao.tiers",
      Scheme.DIBAO, ParameterType.MONEY_MAP, YUAN_PER_PERSON_MONTH, "分档救助标准", "per-person amount by tier");
  /** Rounding of the dibao amount. */
  public static final ParameterKey<Rounding> DIBAO_ROUNDING = new ParameterKey<>("dibao.rounding",
      Scheme.DIBAO, ParameterType.ROUNDING, NONE, "低保金舍入规则", "dibao rounding rule");

  // ---- extreme poverty (rules.md §2)
  /** Basic living standard as a multiple of the local dibao standard. */
  public static final ParameterKey<BigDecimal> EXTREME_POVERTY_BASIC_MULTIPLIER = new ParameterKey<>("extremePoverty.basicMultiplier",
      Scheme.EXTREME_POVERTY, ParameterType.DECIMAL, RATIO, "基本生活标准相对低保标准倍数", "basic living standard as a multiple of dibao", ParameterDomain.decimal(new BigDecimal("1.3"), BigDecimal.valueOf(100)));
  /** Age from which a person counts as unable to work (elderly). */
  public static final ParameterKey<Integer> EXTREME_POVERTY_ELDERLY_AGE = new ParameterKey<>("extremePoverty.elderlyAge",
      Scheme.EXTREME_POVERTY, ParameterType.INTEGER, YEARS, "老年人年龄", "age from which a person is elderly", ParameterDomain.integer(0, ParameterDomain.MAX_AGE));
  /** Age below which a person counts as a minor unable to work. */
  public static final ParameterKey<Integer> EXTREME_POVERTY_MINOR_AGE_LIMIT = new ParameterKey<>("extremePoverty.minorAgeLimit",
      Scheme.EXTREME_POVERTY, ParameterType.INTEGER, YEARS, "未成年人年龄上限", "age below which a person is a minor", ParameterDomain.integer(0, ParameterDomain.MAX_AGE));
  /** The worst (highest-numbered) grade, by category, that counts as unable to work. */
  public static final ParameterKey<Map<String, Integer>> EXTREME_POVERTY_DISABILITY_GRADES = new ParameterKey<>("extremePoverty.disabilityGrades",
      Scheme.EXTREME_POVERTY, ParameterType.INTEGER_MAP, NONE, "视为无劳动能力的残疾等级", "disability grades that count as unable to work", ParameterDomain.map(List.of("VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL", "MULTIPLE"), List.of(), ParameterDomain.integer(1, 4)));
  /**
   * Fixed monthly care amounts by level: {@code SELF_CARE}, {@code PARTIAL}, {@code FULL}. Used only when
   * the care shares ({@link #EXTREME_POVERTY_CARE_SHARE_SELF_CARE} and its two siblings) are not in force.
   */
  public static final ParameterKey<Map<String, Money>> EXTREME_POVERTY_CARE = new ParameterKey<>("extremePoverty.care",
      Scheme.EXTREME_POVERTY, ParameterType.MONEY_MAP, YUAN_PER_PERSON_MONTH, "照料护理标准", "care standard by self-care level", ParameterDomain.map(List.of("SELF_CARE", "PARTIAL", "FULL"), List.of("SELF_CARE", "PARTIAL", "FULL"), ParameterDomain.defaultFor(ParameterType.MONEY)));
  /**
   * Care for a person who can care for themself (全自理), as a percentage of the monthly minimum wage
   * ({@link #EXTREME_POVERTY_MINIMUM_WAGE}); with the two other shares it replaces the fixed
   * {@link #EXTREME_POVERTY_CARE} amounts: care = share × wage, {@code HALF_UP} to the fen (rules.md §2).
   */
  public static final ParameterKey<BigDecimal> EXTREME_POVERTY_CARE_SHARE_SELF_CARE = new ParameterKey<>("extremePoverty.careShare.selfCare",
      Scheme.EXTREME_POVERTY, ParameterType.DECIMAL, PERCENT, "全自理照料护理标准占最低工资比例", "care share of the minimum wage, self-care", PERCENT_0_100);
  /** Care for a person who partly cannot care for themself (半自理), percent of the monthly minimum wage. */
  public static final ParameterKey<BigDecimal> EXTREME_POVERTY_CARE_SHARE_PARTIAL = new ParameterKey<>("extremePoverty.careShare.partial",
      Scheme.EXTREME_POVERTY, ParameterType.DECIMAL, PERCENT, "半自理照料护理标准占最低工资比例", "care share of the minimum wage, partial self-care", PERCENT_0_100);
  /** Care for a person who cannot care for themself (全护理), percent of the monthly minimum wage. */
  public static final ParameterKey<BigDecimal> EXTREME_POVERTY_CARE_SHARE_FULL = new ParameterKey<>("extremePoverty.careShare.full",
      Scheme.EXTREME_POVERTY, ParameterType.DECIMAL, PERCENT, "全护理照料护理标准占最低工资比例", "care share of the minimum wage, full care", PERCENT_0_100);
  /** The local monthly minimum wage (月最低工资标准) the care shares apply to; set per county by wage class. */
  public static final ParameterKey<Money> EXTREME_POVERTY_MINIMUM_WAGE = new ParameterKey<>("extremePoverty.minimumWage",
      Scheme.EXTREME_POVERTY, ParameterType.MONEY, YUAN_PER_PERSON_MONTH, "当地月最低工资标准", "local monthly minimum wage");
  /** Rounding of the extreme-poverty amount. */
  public static final ParameterKey<Rounding> EXTREME_POVERTY_ROUNDING = new ParameterKey<>("extremePoverty.rounding",
      Scheme.EXTREME_POVERTY, ParameterType.ROUNDING, NONE, "特困供养金舍入规则", "extreme-poverty rounding rule");

  // ---- temporary assistance (rules.md §3)
  /** The most months of hardship paid. */
  public static final ParameterKey<Integer> TEMPORARY_ASSISTANCE_MAX_MONTHS = new ParameterKey<>("temporaryAssistance.maxMonths",
      Scheme.TEMPORARY_ASSISTANCE, ParameterType.INTEGER, MONTHS, "临时救助最长月数", "most months of hardship paid", ParameterDomain.integer(1, 120));
  /** Rounding of the temporary-assistance amount. */
  public static final ParameterKey<Rounding> TEMPORARY_ASSISTANCE_ROUNDING = new ParameterKey<>("temporaryAssistance.rounding",
      Scheme.TEMPORARY_ASSISTANCE, ParameterType.ROUNDING, NONE, "临时救助舍入规则", "temporary-assistance rounding rule");

  // ---- price subsidy (rules.md §4)
  /** CPI year-on-year trigger, percent. */
  public static final ParameterKey<BigDecimal> PRICE_SUBSIDY_CPI_THRESHOLD = new ParameterKey<>("priceSubsidy.cpiThreshold",
      Scheme.PRICE_SUBSIDY, ParameterType.DECIMAL, PERCENT, "CPI同比涨幅启动条件", "CPI year-on-year trigger", ParameterDomain.decimal(BigDecimal.ZERO, BigDecimal.valueOf(1000)));
  /** Food CPI year-on-year trigger, percent. */
  public static final ParameterKey<BigDecimal> PRICE_SUBSIDY_FOOD_CPI_THRESHOLD = new ParameterKey<>("priceSubsidy.foodCpiThreshold",
      Scheme.PRICE_SUBSIDY, ParameterType.DECIMAL, PERCENT, "食品价格同比涨幅启动条件", "food CPI year-on-year trigger", ParameterDomain.decimal(BigDecimal.ZERO, BigDecimal.valueOf(1000)));
  /** Multiplier of the subsidy (1 normally; temporary doublings have occurred). */
  public static final ParameterKey<BigDecimal> PRICE_SUBSIDY_MULTIPLIER = new ParameterKey<>("priceSubsidy.multiplier",
      Scheme.PRICE_SUBSIDY, ParameterType.DECIMAL, RATIO, "补贴倍数", "subsidy multiplier", ParameterDomain.decimal(BigDecimal.ZERO, BigDecimal.valueOf(100)));
  /** The rate the standard is multiplied by once triggered (default {@link PriceRateBasis#LARGER_TRIGGERING_RATE}). */
  public static final ParameterKey<PriceRateBasis> PRICE_SUBSIDY_RATE_BASIS = new ParameterKey<>("priceSubsidy.rateBasis",
      Scheme.PRICE_SUBSIDY, ParameterType.ofEnum(PriceRateBasis.class), NONE, "补贴计算所用价格涨幅", "rate the subsidy is computed from");
  /** Groups covered: {@code DIBAO_MEMBER}, {@code EXTREME_POVERTY}. */
  public static final ParameterKey<List<String>> PRICE_SUBSIDY_COVERED = new ParameterKey<>("priceSubsidy.covered",
      Scheme.PRICE_SUBSIDY, ParameterType.TEXT_LIST, NONE, "保障范围", "groups covered", ParameterDomain.entries(List.of("DIBAO_MEMBER", "EXTREME_POVERTY")));
  /** Rounding of the price subsidy. */
  public static final ParameterKey<Rounding> PRICE_SUBSIDY_ROUNDING = new ParameterKey<>("priceSubsidy.rounding",
      Scheme.PRICE_SUBSIDY, ParameterType.ROUNDING, NONE, "价格临时补贴舍入规则", "price-subsidy rounding rule");

  // ---- old-age allowance (rules.md §5)
  /** Monthly amounts by age band. */
  public static final ParameterKey<List<AgeBand>> OLD_AGE_BANDS = new ParameterKey<>("oldAge.bands",
      Scheme.OLD_AGE_ALLOWANCE, ParameterType.AGE_BANDS, YUAN_PER_PERSON_MONTH, "高龄津贴年龄段标准", "old-age allowance by age band");
  /** The region whose hukou holders are covered (any code within it). */
  public static final ParameterKey<RegionCode> OLD_AGE_HUKOU_REGION = new ParameterKey<>("oldAge.hukouRegion",
      Scheme.OLD_AGE_ALLOWANCE, ParameterType.REGION, NONE, "户籍范围", "hukou region covered");
  /** Rounding of the old-age allowance. */
  public static final ParameterKey<Rounding> OLD_AGE_ROUNDING = new ParameterKey<>("oldAge.rounding",
      Scheme.OLD_AGE_ALLOWANCE, ParameterType.ROUNDING, NONE, "高龄津贴舍入规则", "old-age allowance rounding rule");

  // ---- disability subsidies (rules.md §6)
  /** Living subsidy, per person per month. */
  public static final ParameterKey<Money> DISABILITY_LIVING_AMOUNT = new ParameterKey<>("disabilityLiving.amount",
      Scheme.DISABILITY_LIVING_SUBSIDY, ParameterType.MONEY, YUAN_PER_PERSON_MONTH, "困难残疾人生活补贴标准", "living subsidy amount");
  /** Rounding of the living subsidy. */
  public static final ParameterKey<Rounding> DISABILITY_LIVING_ROUNDING = new ParameterKey<>("disabilityLiving.rounding",
      Scheme.DISABILITY_LIVING_SUBSIDY, ParameterType.ROUNDING, NONE, "生活补贴舍入规则", "living subsidy rounding rule");
  /** Nursing subsidy, per person per month. */
  public static final ParameterKey<Money> DISABILITY_NURSING_AMOUNT = new ParameterKey<>("disabilityNursing.amount",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.MONEY, YUAN_PER_PERSON_MONTH, "重度残疾人护理补贴标准", "nursing subsidy amount");
  /** Nursing subsidy for the enhanced group, per person per month. */
  public static final ParameterKey<Money> DISABILITY_NURSING_ENHANCED_AMOUNT = new ParameterKey<>("disabilityNursing.enhancedAmount",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.MONEY, YUAN_PER_PERSON_MONTH,
      "16-59周岁低保家庭重度残疾人护理补贴标准", "nursing subsidy for the enhanced group");
  /** Lowest age of the enhanced group. */
  public static final ParameterKey<Integer> DISABILITY_NURSING_ENHANCED_MIN_AGE = new ParameterKey<>("disabilityNursing.enhancedMinAge",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.INTEGER, YEARS, "提标对象最低年龄", "lowest age of the enhanced group", ParameterDomain.integer(0, ParameterDomain.MAX_AGE));
  /** Highest age of the enhanced group (inclusive). */
  public static final ParameterKey<Integer> DISABILITY_NURSING_ENHANCED_MAX_AGE = new ParameterKey<>("disabilityNursing.enhancedMaxAge",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.INTEGER, YEARS, "提标对象最高年龄", "highest age of the enhanced group (inclusive)", ParameterDomain.integer(0, ParameterDomain.MAX_AGE));
  /** Categories of the enhanced group. */
  public static final ParameterKey<List<String>> DISABILITY_NURSING_ENHANCED_CATEGORIES = new ParameterKey<>("disabilityNursing.enhancedCategories",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.TEXT_LIST, NONE, "提标对象残疾类别", "categories of the enhanced group", ParameterDomain.entries(List.of("VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL", "MULTIPLE")));
  /** Worst grade that counts as severe (1 most severe). */
  public static final ParameterKey<Integer> DISABILITY_NURSING_MAX_GRADE = new ParameterKey<>("disabilityNursing.maxGrade",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.INTEGER, NONE, "重度残疾等级上限", "worst grade counted as severe", ParameterDomain.integer(1, 4));
  /** Rounding of the nursing subsidy. */
  public static final ParameterKey<Rounding> DISABILITY_NURSING_ROUNDING = new ParameterKey<>("disabilityNursing.rounding",
      Scheme.DISABILITY_NURSING_SUBSIDY, ParameterType.ROUNDING, NONE, "护理补贴舍入规则", "nursing subsidy rounding rule");

  // ---- institutions (rules.md §7)
  /** Beds from which an elderly-care institution must be covered by dual prevention. */
  public static final ParameterKey<Integer> INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS = new ParameterKey<>("institutions.dualPreventionMinBeds",
      Scheme.INSTITUTIONS, ParameterType.INTEGER, BEDS, "双重预防全覆盖养老机构床位数", "beds from which an elderly-care institution is covered");
  /** Residents from which a rural extreme-poverty support institution must be covered. */
  public static final ParameterKey<Integer> INSTITUTIONS_DUAL_PREVENTION_MIN_RESIDENTS = new ParameterKey<>("institutions.dualPreventionMinResidents",
      Scheme.INSTITUTIONS, ParameterType.INTEGER, PERSONS, "双重预防全覆盖特困供养机构供养人数", "residents from which a rural support institution is covered");
  /** Whether "以上" includes the threshold itself. */
  public static final ParameterKey<Boolean> INSTITUTIONS_THRESHOLD_INCLUSIVE = new ParameterKey<>("institutions.thresholdInclusive",
      Scheme.INSTITUTIONS, ParameterType.BOOLEAN, NONE, "“以上”是否含本数", "whether a threshold includes itself");
  /** Target share of nursing-type beds. */
  public static final ParameterKey<BigDecimal> INSTITUTIONS_NURSING_BED_TARGET = new ParameterKey<>("institutions.nursingBedTarget",
      Scheme.INSTITUTIONS, ParameterType.DECIMAL, RATIO, "护理型床位占比目标", "target share of nursing-type beds", ParameterDomain.decimal(BigDecimal.ZERO, BigDecimal.ONE));

  // ---- community grids (rules.md §8)
  /** Households per grid. */
  public static final ParameterKey<Integer> GRIDS_HOUSEHOLDS_PER_GRID = new ParameterKey<>("grids.householdsPerGrid",
      Scheme.COMMUNITY_GRIDS, ParameterType.INTEGER, HOUSEHOLDS, "每网格户数", "households per grid", ParameterDomain.integer(1, ParameterDomain.INTEGER_CEILING));
  /** How a fraction of a grid is rounded (a {@link java.math.RoundingMode} name). */
  public static final ParameterKey<java.math.RoundingMode> GRIDS_ROUNDING = new ParameterKey<>("grids.rounding",
      Scheme.COMMUNITY_GRIDS, ParameterType.ofEnum(java.math.RoundingMode.class), NONE, "网格数取整方式", "grid count rounding");

  // ---- rules between two parameters (each value alone lies in its domain; the pair must agree too)
  private static final List<ParameterRelation> RELATIONS = List.of(
      ParameterRelation.atMost(EXTREME_POVERTY_MINOR_AGE_LIMIT, EXTREME_POVERTY_ELDERLY_AGE,
          "rules.md §2: a person is unable to work by age when a minor (under the limit) or elderly (from the age); "
              + "a limit above the age would make the middle-aged both"),
      ParameterRelation.atMost(EXTREME_POVERTY_CARE_SHARE_SELF_CARE, EXTREME_POVERTY_CARE_SHARE_PARTIAL,
          "rules.md §2: care rises with need, 5%, 10%, 20% of the minimum wage for self-care, partial, full care"),
      ParameterRelation.atMost(EXTREME_POVERTY_CARE_SHARE_PARTIAL, EXTREME_POVERTY_CARE_SHARE_FULL,
          "rules.md §2: care rises with need, 5%, 10%, 20% of the minimum wage for self-care, partial, full care"),
      ParameterRelation.atMost(DISABILITY_NURSING_AMOUNT, DISABILITY_NURSING_ENHANCED_AMOUNT,
          "rules.md §6: the enhanced group gets 100 yuan a month instead of 60, a raised standard (提标)"),
      ParameterRelation.atMost(DISABILITY_NURSING_ENHANCED_MIN_AGE, DISABILITY_NURSING_ENHANCED_MAX_AGE,
          "rules.md §6: the enhanced group is aged 16–59; a lowest age above the highest leaves it empty"));

  /**
   * The rules between two parameters that every standards document keeps (rules.md §§1–6): core's standards
   * parser refuses a document breaking one, and the conformance kit checks them (check {@code relations}).
   *
   * @return the relations, not null
   * @since 0.3
   */
  public static List<ParameterRelation> relations() {
    return RELATIONS;
  }

  private static final ImmutableMap<String, ParameterKey<?>> BUILT_IN = scan();
  /** The built-in keys and those scheme modules registered, by id; insertion order. */
  private static volatile ImmutableMap<String, ParameterKey<?>> byId = ImmutableMap.copyOf(BUILT_IN);

  private static ImmutableMap<String, ParameterKey<?>> scan() {
    ImmutableMap.Builder<String, ParameterKey<?>> b = ImmutableMap.builder();
    for (Field f : Parameters.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ParameterKey.class) {
        try {
          ParameterKey<?> k = (ParameterKey<?>) f.get(null);
          b.put(k.id(), k);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return b.buildOrThrow();
  }

  /**
   * Adds a scheme module's parameters to the catalogue, so that standards documents may give them
   * values. Registering the same key again is harmless.
   *
   * @param keys the keys, not null
   * @throws IllegalArgumentException if an id is already registered with another scheme, type or
   *     unit, or is a built-in id; nothing is registered then
   * @since 0.2
   */
  public static synchronized void register(Collection<? extends ParameterKey<?>> keys) {
    for (ParameterKey<?> k : keys) {
      ParameterKey<?> old = byId.get(k.id());
      if (BUILT_IN.containsKey(k.id()) && old != k) {
        throw new IllegalArgumentException("parameter " + k.id() + " is a built-in parameter; a scheme module cannot declare it");
      }
      if (old != null && (old.scheme() != k.scheme() || !old.type().equals(k.type()) || old.unit() != k.unit())) {
        throw new IllegalArgumentException("parameter " + k.id() + " is already registered for scheme " + old.scheme() + " ("
            + old.type() + ", " + old.unit() + "); cannot register it for " + k.scheme() + " (" + k.type() + ", " + k.unit() + ")");
      }
    }
    Map<String, ParameterKey<?>> m = new java.util.LinkedHashMap<>(byId);
    for (ParameterKey<?> k : keys) {
      m.putIfAbsent(k.id(), k);
    }
    byId = ImmutableMap.copyOf(m);
  }

  /**
   * Every parameter: the built-in ones and those scheme modules registered.
   *
   * @return the keys, not null
   */
  public static Collection<ParameterKey<?>> all() {
    return byId.values();
  }

  /**
   * The built-in parameters only, those this class declares.
   *
   * @return the keys, not null
   * @since 0.2
   */
  public static Collection<ParameterKey<?>> builtIn() {
    return BUILT_IN.values();
  }

  /**
   * @param id a parameter id, not null
   * @return the key with that id, if the catalogue has one
   */
  public static Optional<ParameterKey<?>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
