package org.minzheng.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.PriceRateBasis;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Status;
import org.minzheng.standards2020.Standards2020;

/** The content of standards-2020 against rules.md. */
class Standards2020DataTest {
  private static final StandardsRegistry REGISTRY = StandardsRegistry.of(Standards2020.provider());
  private static final RegionCode CITY = RegionCode.of("410400");
  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final LocalDate LAST_2019 = LocalDate.of(2019, 12, 31);
  private static final LocalDate OCT_2020 = LocalDate.of(2020, 10, 1);

  private static <T> ResolvedParameter<T> at(ParameterKey<T> key, LocalDate date) {
    return REGISTRY.resolve(key, CITY, date);
  }

  @Test
  void everyCatalogueKeyHasAValueForTheCityOnBothReferenceDays() {
    assertThat(Parameters.builtIn()).hasSize(49);
    for (LocalDate d : List.of(START, LAST_2019, LocalDate.of(2020, 1, 1), OCT_2020)) {
      for (ParameterKey<?> key : Parameters.builtIn()) {
        if (key == Parameters.MAX_MEMBERS) { // optional: DEFAULT_MAX_MEMBERS when no module gives it
          assertThat(REGISTRY.findParameter(key, CITY, d)).isEmpty();
          continue;
        }
        if (key == Parameters.EXTREME_POVERTY_CARE) { // replaced by the care shares × the minimum wage
          assertThat(REGISTRY.findParameter(key, CITY, d)).isEmpty();
          continue;
        }
        assertThat(REGISTRY.findParameter(key, CITY, d)).as("%s on %s", key, d).isPresent();
        // every county inherits it, except the minimum wage, which each county gives by its wage class
        RegionCode expected = key == Parameters.EXTREME_POVERTY_MINIMUM_WAGE ? RegionCode.of("410423") : CITY;
        assertThat(REGISTRY.findParameter(key, RegionCode.of("410423"), d)).as("%s in 410423 on %s", key, d)
            .hasValueSatisfying(r -> assertThat(r.suppliedBy()).isEqualTo(expected));
      }
    }
    assertThat(REGISTRY.findParameter(Parameters.DIBAO_STANDARD_URBAN, CITY, START.minusDays(1))).isEmpty();
  }

  @Test
  void regionsMatchTheProvider() {
    assertThat(REGISTRY.regions()).extracting(RegionInfo::code)
        .containsExactlyInAnyOrderElementsOf(Standards2020.provider().regions());
    assertThat(REGISTRY.region(RegionCode.of("410482")).chinese()).isEqualTo("汝州市");
    assertThat(REGISTRY.region(RegionCode.of("410425")).chinese()).isEqualTo("郏县");
  }

  @Test
  void dibaoStandardsAndTheirStatuses() {
    ResolvedParameter<Money> urban2019 = at(Parameters.DIBAO_STANDARD_URBAN, LAST_2019);
    assertThat(urban2019.value()).isEqualTo(Money.parse("520.00"));
    assertThat(urban2019.source().status()).isEqualTo(Status.SEED);
    assertThat(urban2019.source().datingStatus()).isEqualTo(Status.ASSUMPTION);
    assertThat(urban2019.source().effectiveUntil()).hasValue(LocalDate.of(2020, 1, 1));

    ResolvedParameter<Money> urban2020 = at(Parameters.DIBAO_STANDARD_URBAN, OCT_2020);
    assertThat(urban2020.value()).isEqualTo(Money.parse("570.00"));
    assertThat(urban2020.source().status()).isEqualTo(Status.SEED);
    assertThat(urban2020.source().datingStatus()).isEqualTo(Status.ASSUMPTION);
    assertThat(urban2020.source().basis().documentNumber()).isEqualTo("平民〔2020〕5号");
    assertThat(urban2020.source().effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));

    // rural: 3,860 / 12 = 321.666… → 321.67; 4,260 / 12 = 355.00 (rules.md §1)
    ResolvedParameter<Money> rural2019 = at(Parameters.DIBAO_STANDARD_RURAL, START);
    assertThat(rural2019.value()).isEqualTo(Money.parse("321.67"));
    assertThat(rural2019.source().note().orElseThrow()).startsWith("derived: 3860.00 ÷ 12, HALF_UP to fen = 321.67");
    ResolvedParameter<Money> rural2020 = at(Parameters.DIBAO_STANDARD_RURAL, OCT_2020);
    assertThat(rural2020.value()).isEqualTo(Money.parse("355.00"));
    assertThat(rural2020.source().status()).isEqualTo(Status.SEED);
    assertThat(rural2020.source().datingStatus()).isEqualTo(Status.ASSUMPTION);

    assertThat(at(Parameters.DIBAO_INCOME_MONTHS, OCT_2020).value()).isEqualTo(12);
    assertThat(at(Parameters.DIBAO_EMPLOYMENT_DEDUCTION, OCT_2020).value()).isEqualTo(Money.ZERO);
    assertThat(at(Parameters.DIBAO_EMPLOYMENT_DEDUCTION, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(at(Parameters.DIBAO_MINIMUM_PAYOUT, OCT_2020).value()).isEqualTo(Money.ZERO);
    assertThat(at(Parameters.DIBAO_MINIMUM_PAYOUT, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(at(Parameters.DIBAO_METHOD, OCT_2020).value()).isEqualTo(DibaoMethod.GAP);
    assertThat(at(Parameters.DIBAO_METHOD, OCT_2020).source().status()).isEqualTo(Status.VERIFIED);
    assertThat(at(Parameters.DIBAO_TIERS, OCT_2020).value()).isEmpty();
    assertThat(at(Parameters.DIBAO_ROUNDING, OCT_2020).value()).isEqualTo(Rounding.HALF_UP_FEN);
  }

  @Test
  void thePlusClassAmountStartsIn2020AsAnAssumption() {
    assertThat(at(Parameters.DIBAO_CLASS_FLOOR, LAST_2019).value()).isEmpty();
    ResolvedParameter<Map<String, Money>> floor = at(Parameters.DIBAO_CLASS_FLOOR, OCT_2020);
    assertThat(floor.value()).containsExactly(Map.entry("A+", Money.parse("340.00")));
    assertThat(floor.source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(floor.source().restsOnAssumption()).isTrue();
  }

  @Test
  void extremePovertyTemporaryAndPriceSubsidy() {
    ResolvedParameter<BigDecimal> multiplier = at(Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER, OCT_2020);
    assertThat(multiplier.value()).isEqualByComparingTo("1.3");
    assertThat(multiplier.source().restsOnAssumption()).isTrue();
    assertThat(at(Parameters.EXTREME_POVERTY_ELDERLY_AGE, OCT_2020).value()).isEqualTo(60);
    assertThat(at(Parameters.EXTREME_POVERTY_MINOR_AGE_LIMIT, OCT_2020).value()).isEqualTo(16);
    assertThat(at(Parameters.EXTREME_POVERTY_DISABILITY_GRADES, OCT_2020).value())
        .containsOnly(Map.entry("INTELLECTUAL", 2), Map.entry("MENTAL", 2), Map.entry("PHYSICAL", 1));
    assertThat(at(Parameters.EXTREME_POVERTY_DISABILITY_GRADES, OCT_2020).source().status()).isEqualTo(Status.VERIFIED);
    assertThat(at(Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE, OCT_2020).value()).isEqualByComparingTo("5");
    assertThat(at(Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL, OCT_2020).value()).isEqualByComparingTo("10");
    assertThat(at(Parameters.EXTREME_POVERTY_CARE_SHARE_FULL, OCT_2020).value()).isEqualByComparingTo("20");
    Map<String, String> wage = Map.of("410402", "1900.00", "410403", "1900.00", "410404", "1900.00", "410411", "1900.00",
        "410481", "1900.00", "410421", "1700.00", "410425", "1700.00", "410422", "1500.00", "410423", "1500.00",
        "410482", "1700.00");
    wage.forEach((county, yuan) -> {
      ResolvedParameter<Money> w = REGISTRY.resolve(Parameters.EXTREME_POVERTY_MINIMUM_WAGE, RegionCode.of(county), OCT_2020);
      assertThat(w.value()).as(county).isEqualTo(Money.parse(yuan));
      assertThat(w.source().basis().documentNumber()).isEqualTo("豫政〔2018〕26号");
      assertThat(w.source().restsOnAssumption()).as(county).isEqualTo(county.equals("410482")); // 汝州: class 2 assumed
    });

    assertThat(at(Parameters.TEMPORARY_ASSISTANCE_MAX_MONTHS, OCT_2020).value()).isEqualTo(6);
    assertThat(at(Parameters.TEMPORARY_ASSISTANCE_MAX_MONTHS, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);

    assertThat(at(Parameters.PRICE_SUBSIDY_CPI_THRESHOLD, OCT_2020).value()).isEqualByComparingTo("3.5");
    assertThat(at(Parameters.PRICE_SUBSIDY_CPI_THRESHOLD, OCT_2020).source().status()).isEqualTo(Status.VERIFIED);
    assertThat(at(Parameters.PRICE_SUBSIDY_FOOD_CPI_THRESHOLD, OCT_2020).value()).isEqualByComparingTo("6.0");
    assertThat(at(Parameters.PRICE_SUBSIDY_FOOD_CPI_THRESHOLD, OCT_2020).source().status()).isEqualTo(Status.VERIFIED);
    assertThat(at(Parameters.PRICE_SUBSIDY_MULTIPLIER, OCT_2020).value()).isEqualByComparingTo("1");
    assertThat(at(Parameters.PRICE_SUBSIDY_MULTIPLIER, LocalDate.of(2020, 2, 1)).value()).isEqualByComparingTo("1");
    assertThat(at(Parameters.PRICE_SUBSIDY_MULTIPLIER, LocalDate.of(2020, 3, 1)).value()).isEqualByComparingTo("2");
    assertThat(at(Parameters.PRICE_SUBSIDY_MULTIPLIER, LocalDate.of(2020, 6, 1)).value()).isEqualByComparingTo("2");
    assertThat(at(Parameters.PRICE_SUBSIDY_MULTIPLIER, LocalDate.of(2020, 7, 1)).value()).isEqualByComparingTo("1");
    assertThat(at(Parameters.PRICE_SUBSIDY_RATE_BASIS, OCT_2020).value()).isEqualTo(PriceRateBasis.LARGER_TRIGGERING_RATE);
    assertThat(at(Parameters.PRICE_SUBSIDY_MULTIPLIER, OCT_2020).source().basis().documentNumber())
        .isEqualTo("平发改价调〔2019〕264号");
    assertThat(at(Parameters.PRICE_SUBSIDY_COVERED, OCT_2020).value()).containsExactly("DIBAO_MEMBER", "EXTREME_POVERTY");
    assertThat(at(Parameters.PRICE_SUBSIDY_COVERED, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(at(Parameters.PRICE_SUBSIDY_ROUNDING, OCT_2020).value()).isEqualTo(Rounding.HALF_UP_YUAN);
    assertThat(at(Parameters.PRICE_SUBSIDY_ROUNDING, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);
  }

  @Test
  void oldAgeAndDisability() {
    ResolvedParameter<List<AgeBand>> bands = at(Parameters.OLD_AGE_BANDS, START);
    assertThat(bands.value()).containsExactly(new AgeBand(80, Money.ofYuan(50)), new AgeBand(90, Money.ofYuan(100)),
        new AgeBand(100, Money.ofYuan(300)));
    assertThat(bands.source().status()).isEqualTo(Status.VERIFIED);
    assertThat(bands.source().datingStatus()).isEqualTo(Status.SEED);
    assertThat(bands.source().effectiveFrom()).isEqualTo(START);
    assertThat(at(Parameters.OLD_AGE_HUKOU_REGION, OCT_2020).value()).isEqualTo(CITY);

    assertThat(at(Parameters.DISABILITY_LIVING_AMOUNT, OCT_2020).value()).isEqualTo(Money.ofYuan(60));
    assertThat(at(Parameters.DISABILITY_LIVING_AMOUNT, OCT_2020).source().status()).isEqualTo(Status.SEED);
    assertThat(at(Parameters.DISABILITY_LIVING_AMOUNT, OCT_2020).source().basis().documentNumber())
        .isEqualTo("平政〔2016〕61号");
    assertThat(at(Parameters.DISABILITY_NURSING_AMOUNT, OCT_2020).value()).isEqualTo(Money.ofYuan(60));
    assertThat(at(Parameters.DISABILITY_NURSING_ENHANCED_AMOUNT, LAST_2019).value()).isEqualTo(Money.ofYuan(60));
    ResolvedParameter<Money> enhanced = at(Parameters.DISABILITY_NURSING_ENHANCED_AMOUNT, OCT_2020);
    assertThat(enhanced.value()).isEqualTo(Money.ofYuan(100));
    assertThat(enhanced.source().status()).isEqualTo(Status.SEED);
    assertThat(enhanced.source().datingStatus()).isEqualTo(Status.ASSUMPTION);
    assertThat(at(Parameters.DISABILITY_NURSING_ENHANCED_MIN_AGE, OCT_2020).value()).isEqualTo(16);
    assertThat(at(Parameters.DISABILITY_NURSING_ENHANCED_MAX_AGE, OCT_2020).value()).isEqualTo(59);
    assertThat(at(Parameters.DISABILITY_NURSING_ENHANCED_CATEGORIES, OCT_2020).value())
        .containsExactly("INTELLECTUAL", "MENTAL", "PHYSICAL", "VISUAL");
    assertThat(at(Parameters.DISABILITY_NURSING_MAX_GRADE, OCT_2020).value()).isEqualTo(2);
  }

  @Test
  void generalInstitutionsAndGrids() {
    assertThat(at(Parameters.AGE_REFERENCE, START).value()).isEqualTo(AgeReference.LAST_DAY_OF_PREVIOUS_MONTH);
    assertThat(at(Parameters.AGE_REFERENCE, START).source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(at(Parameters.LEAP_DAY_BIRTHDAY, START).value()).isEqualTo(LeapDayBirthday.MARCH_1);
    assertThat(at(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS, OCT_2020).value()).isEqualTo(200);
    assertThat(at(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS, OCT_2020).source().status()).isEqualTo(Status.SEED);
    assertThat(at(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_RESIDENTS, OCT_2020).value()).isEqualTo(80);
    assertThat(at(Parameters.INSTITUTIONS_THRESHOLD_INCLUSIVE, OCT_2020).value()).isTrue();
    assertThat(at(Parameters.INSTITUTIONS_THRESHOLD_INCLUSIVE, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(at(Parameters.INSTITUTIONS_NURSING_BED_TARGET, OCT_2020).value()).isEqualByComparingTo("0.55");
    assertThat(at(Parameters.INSTITUTIONS_NURSING_BED_TARGET, OCT_2020).source().status()).isEqualTo(Status.VERIFIED);
    assertThat(at(Parameters.INSTITUTIONS_NURSING_BED_TARGET, OCT_2020).source().basis().documentNumber())
        .isEqualTo("国发〔2021〕35号");
    assertThat(at(Parameters.GRIDS_HOUSEHOLDS_PER_GRID, OCT_2020).value()).isEqualTo(300);
    assertThat(at(Parameters.GRIDS_HOUSEHOLDS_PER_GRID, OCT_2020).source().status()).isEqualTo(Status.SEED);
    assertThat(at(Parameters.GRIDS_ROUNDING, OCT_2020).value()).isEqualTo(java.math.RoundingMode.CEILING);
    assertThat(at(Parameters.GRIDS_ROUNDING, OCT_2020).source().status()).isEqualTo(Status.ASSUMPTION);
  }

  @Test
  void everyAssumptionSaysWhatIsAssumedAndEveryValueHasASource() {
    for (var entry : REGISTRY.standardSets().get(0).valuesFor(CITY).entrySet()) {
      for (var v : entry.getValue()) {
        assertThat(v.basis().title()).as("%s", v).isNotBlank();
        if (v.restsOnAssumption()) {
          assertThat(v.note()).as("note of %s", v).isPresent();
        }
      }
    }
  }
}
