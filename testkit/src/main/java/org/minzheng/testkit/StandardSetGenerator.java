package org.minzheng.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.Claim;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.PriceRateBasis;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;

/** Builds a random but valid standards module for Pingdingshan. */
final class StandardSetGenerator {
  private StandardSetGenerator() {}

  public static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  public static final LocalDate CHANGE = LocalDate.of(2020, 1, 1);
  public static final String MODULE_ID = "generated-standards";

  private static final LegalBasis BASIS = new LegalBasis("G0", "—", Optional.empty(),
      "随机生成的测试标准（非官方数据）", Optional.of("generated test standards (not official data)"), Optional.empty(),
      Optional.empty());

  public static StandardSet generate(RandomGenerator r, DibaoMethod method) {
    String version = "g" + Long.toHexString(r.nextLong(0, Long.MAX_VALUE));
    StandardSet.Builder b = StandardSet.builder(MODULE_ID, version).title("Generated standards for Pingdingshan (test data)");
    b.addRegion(Pingdingshan.CITY_INFO);
    for (RegionInfo c : Pingdingshan.COUNTIES) {
      b.addRegion(c);
    }
    RegionCode city = Pingdingshan.CITY;
    for (Scheme s : Scheme.values()) {
      b.addClaim(new Claim(city, s, FROM, Optional.empty()));
    }
    Values v = new Values(b, city, r);
    v.open(Parameters.AGE_REFERENCE, pick(r, AgeReference.values()));
    v.open(Parameters.LEAP_DAY_BIRTHDAY, pick(r, LeapDayBirthday.values()));
    v.open(Parameters.RECOVERY_POLICY, org.minzheng.standard.RecoveryPolicy.REVIEW); // no draw: seeds keep their sets

    Money urban2019 = yuan(r, 300, 700);
    Money urban2020 = urban2019.plus(yuan(r, 0, 100));
    Money rural2019 = Money.ofFen(r.nextLong(200_00, urban2019.fen() + 1));
    Money rural2020 = rural2019.plus(yuan(r, 0, 60));
    v.dated(Parameters.DIBAO_STANDARD_URBAN, urban2019, urban2020);
    v.dated(Parameters.DIBAO_STANDARD_RURAL, rural2019, rural2020);
    v.open(Parameters.DIBAO_INCOME_MONTHS, 12);
    v.open(Parameters.DIBAO_EMPLOYMENT_DEDUCTION, r.nextBoolean() ? Money.ZERO : yuan(r, 0, 200));
    v.open(Parameters.DIBAO_MINIMUM_PAYOUT, r.nextBoolean() ? Money.ZERO : yuan(r, 0, 50));
    v.open(Parameters.DIBAO_METHOD, method);
    Map<String, Money> floor = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      floor.put("A+", Money.ofFen(r.nextLong(0, rural2019.fen() + 1)));
    }
    v.open(Parameters.DIBAO_CLASS_FLOOR, floor);
    Map<String, Money> tiers = new LinkedHashMap<>();
    Money tier = Money.ofFen(r.nextLong(100_00, rural2019.fen() + 1));
    for (String t : List.of("A+", "A", "B", "C")) {
      tiers.put(t, tier);
      tier = Money.ofFen(r.nextLong(0, tier.fen() + 1));
    }
    v.open(Parameters.DIBAO_TIERS, tiers);
    v.open(Parameters.DIBAO_ROUNDING, Rounding.HALF_UP_FEN);

    v.open(Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER, BigDecimal.valueOf(r.nextInt(130, 201), 2));
    v.open(Parameters.EXTREME_POVERTY_ELDERLY_AGE, 60);
    v.open(Parameters.EXTREME_POVERTY_MINOR_AGE_LIMIT, r.nextBoolean() ? 16 : 18);
    Map<String, Integer> grades = new LinkedHashMap<>();
    grades.put("INTELLECTUAL", 3);
    grades.put("MENTAL", 3);
    grades.put("PHYSICAL", 2);
    grades.put("VISUAL", 1);
    grades.put("MULTIPLE", 2);
    v.open(Parameters.EXTREME_POVERTY_DISABILITY_GRADES, grades);
    Money selfCare = yuan(r, 0, 100);
    Money partial = selfCare.plus(yuan(r, 0, 300));
    Money full = partial.plus(yuan(r, 0, 400));
    Map<String, Money> care = new LinkedHashMap<>();
    care.put("SELF_CARE", selfCare);
    care.put("PARTIAL", partial);
    care.put("FULL", full);
    v.open(Parameters.EXTREME_POVERTY_CARE, care);
    v.open(Parameters.EXTREME_POVERTY_ROUNDING, Rounding.HALF_UP_FEN);

    v.open(Parameters.TEMPORARY_ASSISTANCE_MAX_MONTHS, r.nextInt(1, 13));
    v.open(Parameters.TEMPORARY_ASSISTANCE_ROUNDING, Rounding.HALF_UP_FEN);

    v.open(Parameters.PRICE_SUBSIDY_CPI_THRESHOLD, BigDecimal.valueOf(r.nextInt(20, 51), 1));
    v.open(Parameters.PRICE_SUBSIDY_FOOD_CPI_THRESHOLD, BigDecimal.valueOf(r.nextInt(40, 81), 1));
    v.open(Parameters.PRICE_SUBSIDY_MULTIPLIER, BigDecimal.valueOf(r.nextInt(1, 3)));
    v.open(Parameters.PRICE_SUBSIDY_COVERED, List.of("DIBAO_MEMBER", "EXTREME_POVERTY"));
    v.open(Parameters.PRICE_SUBSIDY_ROUNDING, Rounding.HALF_UP_YUAN);

    Money band80 = yuan(r, 0, 100);
    Money band90 = band80.plus(yuan(r, 0, 100));
    Money band100 = band90.plus(yuan(r, 0, 300));
    v.open(Parameters.OLD_AGE_BANDS, List.of(new AgeBand(80, band80), new AgeBand(90, band90), new AgeBand(100, band100)));
    v.open(Parameters.OLD_AGE_HUKOU_REGION, city);
    v.open(Parameters.OLD_AGE_ROUNDING, Rounding.HALF_UP_FEN);

    v.open(Parameters.DISABILITY_LIVING_AMOUNT, yuan(r, 0, 150));
    v.open(Parameters.DISABILITY_LIVING_ROUNDING, Rounding.HALF_UP_FEN);
    Money nursing = yuan(r, 0, 150);
    v.open(Parameters.DISABILITY_NURSING_AMOUNT, nursing);
    v.open(Parameters.DISABILITY_NURSING_ENHANCED_AMOUNT, nursing.plus(yuan(r, 0, 100)));
    v.open(Parameters.DISABILITY_NURSING_ENHANCED_MIN_AGE, 16);
    v.open(Parameters.DISABILITY_NURSING_ENHANCED_MAX_AGE, 59);
    v.open(Parameters.DISABILITY_NURSING_ENHANCED_CATEGORIES, List.of("INTELLECTUAL", "MENTAL", "PHYSICAL", "VISUAL"));
    v.open(Parameters.DISABILITY_NURSING_MAX_GRADE, 2);
    v.open(Parameters.DISABILITY_NURSING_ROUNDING, Rounding.HALF_UP_FEN);

    v.open(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS, r.nextInt(100, 301));
    v.open(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_RESIDENTS, r.nextInt(50, 101));
    v.open(Parameters.INSTITUTIONS_THRESHOLD_INCLUSIVE, r.nextBoolean());
    v.open(Parameters.INSTITUTIONS_NURSING_BED_TARGET, BigDecimal.valueOf(r.nextInt(30, 71), 2));

    v.open(Parameters.GRIDS_HOUSEHOLDS_PER_GRID, r.nextInt(200, 401));
    v.open(Parameters.GRIDS_ROUNDING, RoundingMode.CEILING);

    // care as shares of the minimum wage (rules.md §2); with them in force the fixed care amounts above are not used
    BigDecimal selfShare = BigDecimal.valueOf(r.nextInt(0, 11));
    BigDecimal partialShare = selfShare.add(BigDecimal.valueOf(r.nextInt(0, 11)));
    v.open(Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE, selfShare);
    v.open(Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL, partialShare);
    v.open(Parameters.EXTREME_POVERTY_CARE_SHARE_FULL, partialShare.add(BigDecimal.valueOf(r.nextInt(0, 21))));
    v.open(Parameters.EXTREME_POVERTY_MINIMUM_WAGE, yuan(r, 1_000, 2_500));
    v.open(Parameters.PRICE_SUBSIDY_RATE_BASIS, pick(r, PriceRateBasis.values()));
    v.open(Parameters.MAX_MEMBERS, Parameters.DEFAULT_MAX_MEMBERS); // no draw: earlier seeds give the same sets
    return b.build();
  }

  private static Money yuan(RandomGenerator r, int min, int max) {
    return Money.ofFen(r.nextLong(min * 100L, max * 100L + 1));
  }

  private static <T> T pick(RandomGenerator r, T[] values) {
    return values[r.nextInt(0, values.length)];
  }

  private static final class Values {
    private final StandardSet.Builder b;
    private final RegionCode region;
    private final RandomGenerator r;

    Values(StandardSet.Builder b, RegionCode region, RandomGenerator r) {
      this.b = b;
      this.region = region;
      this.r = r;
    }

    private Status status() {
      return Status.values()[r.nextInt(0, Status.values().length)];
    }

    <T> void open(ParameterKey<T> key, T value) {
      Status s = status();
      b.addValue(region, new ParameterValue<>(key, value, FROM, Optional.empty(), BASIS.withArticle(key.id()), s, s,
          Optional.empty()), key.id());
    }

    <T> void dated(ParameterKey<T> key, T first, T second) {
      Status s = status();
      b.addValue(region, new ParameterValue<>(key, first, FROM, Optional.of(CHANGE), BASIS.withArticle(key.id()), s, s,
          Optional.empty()), key.id() + "[0]");
      b.addValue(region, new ParameterValue<>(key, second, CHANGE, Optional.empty(), BASIS.withArticle(key.id()), s,
          Status.ASSUMPTION, Optional.empty()), key.id() + "[1]");
    }
  }
}
