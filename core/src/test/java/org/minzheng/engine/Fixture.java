package org.minzheng.engine;

import static org.minzheng.standard.Parameters.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.ResolutionMode;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.Claim;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;

/**
 * Standards built in code that mirror rules.md's Pingdingshan (410400) values for 2019 and 2020, so
 * the engine can be tested independently of the JSON data; {@link #set} replaces a parameter's
 * timeline, to test laws that vary a standard.
 */
public final class Fixture {
  public static final RegionCode CITY = RegionCode.of("410400");
  public static final RegionCode XINHUA = RegionCode.of("410402");
  public static final RegionCode RUZHOU = RegionCode.of("410482");
  public static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
  public static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  /** "Today" for every test: 2021-01-01 in Beijing time. */
  public static final Clock CLOCK = Clock.fixed(LocalDate.of(2021, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
      ZoneId.of("Asia/Shanghai"));

  static final LegalBasis SEED = new LegalBasis("S0", "—", Optional.empty(), "平顶山市民政局2020年度工作总结",
      Optional.of("Pingdingshan Civil Affairs Bureau 2020 work summary"), Optional.empty(), Optional.of(LocalDate.of(2020, 11, 27)));
  static final LegalBasis PINGMIN_2020_5 = new LegalBasis("S0a", "平民〔2020〕5号", Optional.empty(),
      "关于提高2020年城乡最低生活保障标准的通知", Optional.empty(), Optional.empty(), Optional.empty());
  static final LegalBasis MINFA_2021_57 = new LegalBasis("S2", "民发〔2021〕57号", Optional.of("第二十三条"),
      "最低生活保障审核确认办法", Optional.empty(), Optional.empty(), Optional.empty());
  static final LegalBasis GUOFA_2015_52 = new LegalBasis("S6", "国发〔2015〕52号", Optional.empty(),
      "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", Optional.empty(), Optional.empty(), Optional.empty());
  static final LegalBasis PRICE_2016 = new LegalBasis("S8", "发改价格规〔2016〕1835号", Optional.empty(),
      "关于进一步完善社会救助和保障标准与物价上涨挂钩联动机制的通知", Optional.empty(), Optional.empty(), Optional.empty());

  private record Dated(Object value, LocalDate from, LocalDate until, LegalBasis basis, Status status, Status dating) {}

  private final Map<ParameterKey<?>, List<Dated>> values = new LinkedHashMap<>();
  private final Map<ParameterKey<?>, List<Dated>> ruzhou = new LinkedHashMap<>();
  private String version = "2020.test";

  /** rules.md's values. */
  public Fixture() {
    put(AGE_REFERENCE, AgeReference.LAST_DAY_OF_PREVIOUS_MONTH, Y2019, null, SEED, Status.ASSUMPTION);
    put(LEAP_DAY_BIRTHDAY, LeapDayBirthday.MARCH_1, Y2019, null, SEED, Status.ASSUMPTION);

    put(DIBAO_STANDARD_URBAN, yuan("520.00"), Y2019, Y2020, SEED, Status.SEED);
    put(DIBAO_STANDARD_URBAN, yuan("570.00"), Y2020, null, PINGMIN_2020_5, Status.SEED);
    put(DIBAO_STANDARD_RURAL, yuan("321.67"), Y2019, Y2020, SEED, Status.SEED);
    put(DIBAO_STANDARD_RURAL, yuan("355.00"), Y2020, null, PINGMIN_2020_5, Status.SEED);
    put(DIBAO_INCOME_MONTHS, 12, Y2019, null, MINFA_2021_57, Status.VERIFIED);
    put(DIBAO_EMPLOYMENT_DEDUCTION, Money.ZERO, Y2019, null, SEED, Status.ASSUMPTION);
    put(DIBAO_MINIMUM_PAYOUT, Money.ZERO, Y2019, null, SEED, Status.ASSUMPTION);
    put(DIBAO_METHOD, DibaoMethod.GAP, Y2019, null, MINFA_2021_57, Status.VERIFIED);
    put(DIBAO_CLASS_FLOOR, Map.of("A+", yuan("340.00")), Y2020, null, SEED, Status.ASSUMPTION);
    put(DIBAO_ROUNDING, Rounding.HALF_UP_FEN, Y2019, null, SEED, Status.ASSUMPTION);

    put(EXTREME_POVERTY_BASIC_MULTIPLIER, new BigDecimal("1.3"), Y2019, null, SEED, Status.SEED);
    put(EXTREME_POVERTY_ELDERLY_AGE, 60, Y2019, null, SEED, Status.VERIFIED);
    put(EXTREME_POVERTY_MINOR_AGE_LIMIT, 16, Y2019, null, SEED, Status.VERIFIED);
    put(EXTREME_POVERTY_DISABILITY_GRADES,
        Map.of("INTELLECTUAL", 3, "MENTAL", 3, "PHYSICAL", 2, "VISUAL", 1, "MULTIPLE", 2), Y2019, null, SEED, Status.ASSUMPTION);
    put(EXTREME_POVERTY_CARE, Map.of("SELF_CARE", yuan("60.00"), "PARTIAL", yuan("240.00"), "FULL", yuan("480.00")),
        Y2019, null, SEED, Status.ASSUMPTION);
    put(EXTREME_POVERTY_ROUNDING, Rounding.HALF_UP_FEN, Y2019, null, SEED, Status.ASSUMPTION);

    put(TEMPORARY_ASSISTANCE_MAX_MONTHS, 6, Y2019, null, SEED, Status.ASSUMPTION);
    put(TEMPORARY_ASSISTANCE_ROUNDING, Rounding.HALF_UP_FEN, Y2019, null, SEED, Status.ASSUMPTION);

    put(PRICE_SUBSIDY_CPI_THRESHOLD, new BigDecimal("3.5"), Y2019, null, PRICE_2016, Status.VERIFIED);
    put(PRICE_SUBSIDY_FOOD_CPI_THRESHOLD, new BigDecimal("6.0"), Y2019, null, PRICE_2016, Status.VERIFIED);
    put(PRICE_SUBSIDY_MULTIPLIER, BigDecimal.ONE, Y2019, null, PRICE_2016, Status.ASSUMPTION);
    put(PRICE_SUBSIDY_COVERED, List.of("DIBAO_MEMBER", "EXTREME_POVERTY"), Y2019, null, PRICE_2016, Status.ASSUMPTION);
    put(PRICE_SUBSIDY_ROUNDING, Rounding.HALF_UP_YUAN, Y2019, null, PRICE_2016, Status.ASSUMPTION);

    put(OLD_AGE_BANDS, List.of(new AgeBand(80, yuan("50.00")), new AgeBand(90, yuan("100.00")),
        new AgeBand(100, yuan("300.00"))), Y2019, null, SEED, Status.VERIFIED);
    put(OLD_AGE_HUKOU_REGION, CITY, Y2019, null, SEED, Status.SEED);
    put(OLD_AGE_ROUNDING, Rounding.HALF_UP_FEN, Y2019, null, SEED, Status.ASSUMPTION);

    put(DISABILITY_LIVING_AMOUNT, yuan("60.00"), Y2019, null, GUOFA_2015_52, Status.SEED);
    put(DISABILITY_LIVING_ROUNDING, Rounding.HALF_UP_FEN, Y2019, null, GUOFA_2015_52, Status.ASSUMPTION);
    put(DISABILITY_NURSING_AMOUNT, yuan("60.00"), Y2019, null, GUOFA_2015_52, Status.SEED);
    put(DISABILITY_NURSING_ENHANCED_AMOUNT, yuan("100.00"), Y2020, null, SEED, Status.SEED);
    put(DISABILITY_NURSING_ENHANCED_MIN_AGE, 16, Y2020, null, SEED, Status.SEED);
    put(DISABILITY_NURSING_ENHANCED_MAX_AGE, 59, Y2020, null, SEED, Status.SEED);
    put(DISABILITY_NURSING_ENHANCED_CATEGORIES, List.of("INTELLECTUAL", "MENTAL", "PHYSICAL", "VISUAL"), Y2020, null, SEED,
        Status.SEED);
    put(DISABILITY_NURSING_MAX_GRADE, 2, Y2019, null, GUOFA_2015_52, Status.VERIFIED);
    put(DISABILITY_NURSING_ROUNDING, Rounding.HALF_UP_FEN, Y2019, null, GUOFA_2015_52, Status.ASSUMPTION);
  }

  public static Money yuan(String s) {
    return Money.parse(s);
  }

  /** Adds a dated value; the dating of the 2020 values is an ASSUMPTION (rules.md §1). */
  private void put(ParameterKey<?> key, Object value, LocalDate from, LocalDate until, LegalBasis basis, Status status) {
    Status dating = from.equals(Y2020) ? Status.ASSUMPTION : status;
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dated(value, from, until, basis, status, dating));
  }

  /** Replaces the parameter's timeline with one value from 2019-01-01 on. */
  public <T> Fixture set(ParameterKey<T> key, T value) {
    values.put(key, new ArrayList<>(List.of(new Dated(value, Y2019, null, SEED, Status.ASSUMPTION, Status.ASSUMPTION))));
    return this;
  }

  /** Replaces the parameter's timeline with two values: {@code before} until {@code switchDate}, then {@code after}. */
  public <T> Fixture set(ParameterKey<T> key, T before, LocalDate switchDate, T after) {
    values.put(key, new ArrayList<>(List.of(new Dated(before, Y2019, switchDate, SEED, Status.ASSUMPTION, Status.ASSUMPTION),
        new Dated(after, switchDate, null, SEED, Status.ASSUMPTION, Status.ASSUMPTION))));
    return this;
  }

  /** Gives the parameter values only from {@code from} on (earlier months have none). */
  public <T> Fixture setFrom(ParameterKey<T> key, T value, LocalDate from) {
    values.put(key, new ArrayList<>(List.of(new Dated(value, from, null, SEED, Status.ASSUMPTION, Status.ASSUMPTION))));
    return this;
  }

  public Fixture remove(ParameterKey<?> key) {
    values.remove(key);
    return this;
  }

  /** A value Ruzhou (410482) sets for itself, overriding the city's. */
  public <T> Fixture ruzhou(ParameterKey<T> key, T value) {
    ruzhou.put(key, new ArrayList<>(List.of(new Dated(value, Y2019, null, SEED, Status.ASSUMPTION, Status.ASSUMPTION))));
    return this;
  }

  public Fixture version(String v) {
    this.version = v;
    return this;
  }

  public StandardSet standardSet() {
    StandardSet.Builder b = StandardSet.builder("fixture-pingdingshan", version).title("rules.md's Pingdingshan values (test)")
        .addRegion(new RegionInfo(CITY, "平顶山市", "Pingdingshan City"))
        .addRegion(new RegionInfo(XINHUA, "新华区", "Xinhua District"))
        .addRegion(new RegionInfo(RUZHOU, "汝州市", "Ruzhou City"));
    for (Scheme s : Scheme.values()) {
      b.addClaim(new Claim(CITY, s, Y2019, Optional.empty()));
    }
    // a scheme module's own parameters, set by a test, are claimed for their scheme too
    values.keySet().stream().map(ParameterKey::scheme).filter(s -> !s.isBuiltIn()).distinct()
        .forEach(s -> b.addClaim(new Claim(CITY, s, Y2019, Optional.empty())));
    add(b, CITY, values);
    if (!ruzhou.isEmpty()) {
      ruzhou.keySet().stream().map(ParameterKey::scheme).distinct()
          .forEach(s -> b.addClaim(new Claim(RUZHOU, s, Y2019, Optional.empty())));
      add(b, RUZHOU, ruzhou);
    }
    return b.build();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void add(StandardSet.Builder b, RegionCode region, Map<ParameterKey<?>, List<Dated>> values) {
    values.forEach((k, l) -> {
      for (Dated d : l) {
        b.addValue(region, new ParameterValue(k, d.value(), d.from(), Optional.ofNullable(d.until()), d.basis(), d.status(),
            d.dating(), Optional.empty()), "fixture " + k.id());
      }
    });
  }

  public StandardsRegistry registry() {
    return StandardsRegistry.builder().add(standardSet()).build();
  }

  public StandardsRegistry registry(ResolutionMode mode) {
    return StandardsRegistry.builder().mode(mode).add(standardSet()).build();
  }

  /** A calculator with explanations on and the fixed clock. */
  public BenefitCalculator calculator() {
    return calculator(PriceIndexSeries.EMPTY);
  }

  public BenefitCalculator calculator(PriceIndexSeries series) {
    return BenefitCalculator.builder(registry()).clock(CLOCK).priceIndex(series).build();
  }

  /** A calculator builder with the fixed clock, for tests that set more. */
  public BenefitCalculator.Builder calculatorBuilder() {
    return BenefitCalculator.builder(registry()).clock(CLOCK);
  }

  public static BenefitCalculator standard() {
    return new Fixture().calculator();
  }
}
