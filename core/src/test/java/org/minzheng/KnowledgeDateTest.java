package org.minzheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.testproviders.Notices.notice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.json.StandardsJson;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardNotFoundException;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standards2020.Standards2020;

/** Publication dates, knowledge dates and supersession between modules (rules.md §11). */
class KnowledgeDateTest {
  private static final RegionCode CITY = RegionCode.of("410400");
  private static final RegionCode XINHUA = RegionCode.of("410402");
  private static final YearMonth AUG = YearMonth.of(2020, 8);

  @Test
  void aModuleClaimingACityDibaoFromMarchLoadsWhenItSupersedesTheCityModule() {
    // Before issue 9 this failed with "standards-2020 [2019-01-01..+∞) overlaps".
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider(),
        notice("city-2020-03", "2020-02-20", "\"standards-2020\"", "2020-03-01", "590.00"));
    assertThat(registry.standardFor(CITY, YearMonth.of(2020, 4)).value(Parameters.DIBAO_STANDARD_URBAN))
        .isEqualTo(Money.parse("590.00"));
    // The notice does not give the rural standard: the superseded module's value stands.
    assertThat(registry.standardFor(XINHUA, YearMonth.of(2020, 4)).value(Parameters.DIBAO_STANDARD_RURAL))
        .isEqualTo(Money.parse("355.00"));
    // Before the period it claims, standards-2020 alone.
    assertThat(registry.standardFor(CITY, YearMonth.of(2020, 2)).value(Parameters.DIBAO_STANDARD_URBAN))
        .isEqualTo(Money.parse("570.00"));
  }

  @Test
  void aRetroactiveNoticeCountsOnlyFromItsPublicationDate() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider(),
        notice("notice-2020-07", "2020-08-20", "\"standards-2020\"", "2020-07-01", "600.00"));
    ResolvedParameter<Money> before = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA,
        YearMonth.of(2020, 7).atDay(1), LocalDate.of(2020, 8, 19));
    assertThat(before.value()).isEqualTo(Money.parse("570.00"));
    assertThat(before.providerId()).isEqualTo("standards-2020");
    ResolvedParameter<Money> after = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA,
        YearMonth.of(2020, 7).atDay(1), LocalDate.of(2020, 8, 20));
    assertThat(after.value()).isEqualTo(Money.parse("600.00"));
    assertThat(after.providerId()).isEqualTo("notice-2020-07");
    assertThat(after.toUse().note()).hasValueSatisfying(n -> assertThat(n).contains("as known on 2020-08-20"));
    // Without a knowledge date: everything published.
    assertThat(registry.standardFor(XINHUA, YearMonth.of(2020, 7)).value(Parameters.DIBAO_STANDARD_URBAN))
        .isEqualTo(Money.parse("600.00"));
  }

  @Test
  void aKnowledgeDateBeforeAnyPublicationIsAClearError() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    assertThatThrownBy(() -> registry.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2020, 1, 1),
        LocalDate.of(2018, 6, 1)))
        .isInstanceOf(StandardNotFoundException.class)
        .hasMessageContaining("knowledge date 2018-06-01")
        .hasMessageContaining("published on 2020-01-01")
        .hasMessageContaining("dibao.standard.urban");
  }

  @Test
  void twoNoticesSupersedingTheSameModuleAreOrderedByPublicationDate() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider(),
        notice("notice-a", "2020-08-20", "\"standards-2020\"", "2020-07-01", "600.00"),
        notice("notice-b", "2020-09-10", "\"standards-2020\"", "2020-07-01", "620.00"));
    LocalDate july = LocalDate.of(2020, 7, 1);
    assertThat(registry.resolve(Parameters.DIBAO_STANDARD_URBAN, CITY, july, LocalDate.of(2020, 9, 1)).value())
        .isEqualTo(Money.parse("600.00"));
    assertThat(registry.resolve(Parameters.DIBAO_STANDARD_URBAN, CITY, july, LocalDate.of(2020, 9, 10)).value())
        .isEqualTo(Money.parse("620.00"));
  }

  @Test
  void twoSupersessorsPublishedTheSameDayFailNamingBoth() {
    assertThatThrownBy(() -> StandardsRegistry.of(Standards2020.provider(),
        notice("notice-a", "2020-08-20", "\"standards-2020\"", "2020-07-01", "600.00"),
        notice("notice-b", "2020-08-20", "\"standards-2020\"", "2020-09-01", "620.00")))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("notice-a").hasMessageContaining("notice-b")
        .hasMessageContaining("DIBAO").hasMessageContaining("410400")
        .hasMessageContaining("[2020-07-01..+∞)").hasMessageContaining("[2020-09-01..+∞)")
        .hasMessageContaining("published on 2020-08-20");
  }

  @Test
  void aSupersessionCycleFailsNamingEveryModule() {
    assertThatThrownBy(() -> StandardsRegistry.of(
        notice("notice-a", "2020-08-20", "\"notice-b\"", "2020-07-01", "600.00"),
        notice("notice-b", "2020-09-20", "\"notice-a\"", "2020-07-01", "620.00")))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("supersession cycle among modules notice-a, notice-b")
        .hasMessageContaining("410400 DIBAO [2020-07-01, ∞)");
  }

  @Test
  void overlappingClaimsWithoutARelationStillFail() {
    assertThatThrownBy(() -> StandardsRegistry.of(Standards2020.provider(),
        notice("notice-a", "2020-08-20", "", "2020-07-01", "600.00")))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("neither declares that it supersedes the other");
  }

  @Test
  void aCorrectionInTheSameModuleIsANewValueWithALaterPublicationDate() {
    String json = """
        {"format": "minzheng-standards/1", "module": "m", "version": "1", "title": "t", "published": "2020-01-05",
         "supersedes": ["old-module"],
         "sources": {"N": {"documentNumber": "测", "title": "测试"}},
         "regions": [{"code": "410400", "name": "平顶山市", "nameEnglish": "Pingdingshan City"}],
         "claims": [{"region": "410400", "schemes": ["DIBAO"], "effectiveFrom": "2020-01-01"}],
         "parameters": [{"region": "410400", "id": "dibao.standard.urban", "unit": "YUAN_PER_PERSON_MONTH", "values": [
           {"value": "570.00", "effectiveFrom": "2020-01-01", "status": "SEED", "source": "N"},
           {"value": "590.00", "effectiveFrom": "2020-06-01", "status": "SEED", "source": "N", "published": "2020-09-01"}]}]}
        """;
    StandardSet set = StandardsJson.read("m", "/m.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(set.published()).contains(LocalDate.of(2020, 1, 5));
    assertThat(set.supersedes()).containsExactly("old-module");
    assertThat(set.find(Parameters.DIBAO_STANDARD_URBAN, CITY, LocalDate.of(2020, 7, 1), LocalDate.of(2020, 8, 31))
        .map(v -> v.value())).contains(Money.parse("570.00"));
    assertThat(set.find(Parameters.DIBAO_STANDARD_URBAN, CITY, LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 1))
        .map(v -> v.value())).contains(Money.parse("590.00"));
    // Round trip: the document default and the per-value override come back equal.
    StandardSet again = StandardsJson.read("m", "/m.json", StandardsJson.write(set).getBytes(StandardCharsets.UTF_8));
    assertThat(again.published()).isEqualTo(set.published());
    assertThat(again.supersedes()).isEqualTo(set.supersedes());
    assertThat(again.timeline(Parameters.DIBAO_STANDARD_URBAN, CITY))
        .isEqualTo(set.timeline(Parameters.DIBAO_STANDARD_URBAN, CITY));
  }

  @Test
  void theCalculatorTakesAKnowledgeDateAndNamesItWhenItIsNotToday() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider(),
        notice("notice-2020-07", "2020-08-20", "\"standards-2020\"", "2020-07-01", "600.00"));
    Clock clock = Clock.fixed(LocalDate.of(2020, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    BenefitCalculator calc = BenefitCalculator.builder(registry).clock(clock).build();
    Household h = new Household.Builder().id(HouseholdId.of("H1")).region(XINHUA).residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true)
        .addMember(new Person.Builder().id(ResidentId.parse("410402198001010014")).hasCapableSupporter(true).build())
        .build();
    HouseholdResult today = calc.calculate(h, AUG);
    assertThat(dibao(today).amountOrZero()).isEqualTo(Money.parse("600.00"));
    assertThat(today.stamp().knownOn()).isEmpty();
    HouseholdResult then = calc.calculate(h, AUG, LocalDate.of(2020, 8, 1));
    assertThat(dibao(then).amountOrZero()).isEqualTo(Money.parse("570.00"));
    assertThat(then.stamp().knownOn()).contains(LocalDate.of(2020, 8, 1));
    assertThat(dibao(then).explanation().render(java.util.Locale.ENGLISH)).contains("as known on 2020-08-01");
    BenefitCalculator asOf = BenefitCalculator.builder(registry).clock(clock).knowledgeDate(LocalDate.of(2020, 8, 1)).build();
    assertThat(dibao(asOf.calculate(h, AUG)).amountOrZero()).isEqualTo(Money.parse("570.00"));
    assertThatThrownBy(() -> calc.calculate(h, AUG, LocalDate.of(2018, 1, 1)))
        .isInstanceOf(StandardNotFoundException.class).hasMessageContaining("knowledge date 2018-01-01");
  }

  private static SchemeResult dibao(HouseholdResult r) {
    return r.of(Scheme.DIBAO).get(0);
  }
}
