package org.minzheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.StandardNotFoundException;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standards2020.Standards2020;
import org.minzheng.testproviders.JsonTestProvider;

class StandardsRegistryTest {
  private static final RegionCode CITY = RegionCode.of("410400");
  private static final RegionCode RUZHOU = RegionCode.of("410482");
  private static final RegionCode WUGANG = RegionCode.of("410481");
  private static final LocalDate OCT_2020 = LocalDate.of(2020, 10, 1);

  private static JsonTestProvider ruzhou() {
    return JsonTestProvider.ofResource("test-ruzhou", "/test-standards/ruzhou.json", "410482");
  }

  @Test
  void serviceLoaderFindsStandards2020InItsOwnJar() {
    StandardsRegistry registry = StandardsRegistry.loadInstalled();
    assertThat(registry.standardSets()).extracting(s -> s.moduleId()).containsExactly("standards-2020");
    assertThat(registry.mode()).isEqualTo(ResolutionMode.STRICT);
    // The provider class came from the standards-2020 artifact, not from core's own classes.
    String where = Standards2020.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertThat(where).contains("standards-2020");
    assertThat(registry.standardFor(CITY, YearMonth.of(2020, 10)).value(Parameters.DIBAO_STANDARD_URBAN))
        .isEqualTo(Money.parse("570.00"));
  }

  @Test
  void aGivenClassLoaderIsSearched() {
    StandardsRegistry registry = StandardsRegistry.loadInstalled(Thread.currentThread().getContextClassLoader());
    assertThat(registry.standardSets()).extracting(s -> s.moduleId()).containsExactly("standards-2020");
  }

  @Test
  void findingNoStandardsModuleIsAnErrorNotAnEmptyRegistry() {
    // The platform class loader sees the JDK only, as an executor's system loader sees no --jars.
    ClassLoader jdkOnly = ClassLoader.getPlatformClassLoader();
    assertThatThrownBy(() -> StandardsRegistry.loadInstalled(jdkOnly))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("no standards module found")
        .hasMessageContaining("org.minzheng.standard.spi.StandardsProvider");
    assertThatThrownBy(() -> StandardsRegistry.loadInstalled(ResolutionMode.LENIENT, jdkOnly))
        .isInstanceOf(StandardsConfigurationException.class);
  }

  @Test
  void aCountyOverrideBeatsTheCityWithItsProvenance() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider(), ruzhou());

    ResolvedParameter<Money> ruzhouUrban = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, RUZHOU, OCT_2020);
    assertThat(ruzhouUrban.value()).isEqualTo(Money.parse("600.00"));
    assertThat(ruzhouUrban.providerId()).isEqualTo("test-ruzhou");
    assertThat(ruzhouUrban.providerVersion()).isEqualTo("2020.test");
    assertThat(ruzhouUrban.suppliedBy()).isEqualTo(RUZHOU);
    assertThat(ruzhouUrban.inherited()).isFalse();
    assertThat(ruzhouUrban.source().basis().documentNumber()).isEqualTo("汝民〔2020〕测1号");
    assertThat(ruzhouUrban.toUse().providerId()).isEqualTo("test-ruzhou");

    // A sibling county has no override: the city's value, supplied by 410400.
    ResolvedParameter<Money> wugangUrban = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, WUGANG, OCT_2020);
    assertThat(wugangUrban.value()).isEqualTo(Money.parse("570.00"));
    assertThat(wugangUrban.providerId()).isEqualTo("standards-2020");
    assertThat(wugangUrban.suppliedBy()).isEqualTo(CITY);
    assertThat(wugangUrban.inherited()).isTrue();

    // A key Ruzhou does not set, in a scheme it claims, falls back to the city: 4260 / 12 = 355.00.
    ResolvedParameter<Money> ruzhouRural = registry.resolve(Parameters.DIBAO_STANDARD_RURAL, RUZHOU, OCT_2020);
    assertThat(ruzhouRural.value()).isEqualTo(Money.parse("355.00"));
    assertThat(ruzhouRural.providerId()).isEqualTo("standards-2020");
    assertThat(ruzhouRural.suppliedBy()).isEqualTo(CITY);
    // ... and so does a key of a scheme Ruzhou does not claim.
    assertThat(registry.resolve(Parameters.DISABILITY_LIVING_AMOUNT, RUZHOU, OCT_2020).suppliedBy()).isEqualTo(CITY);

    // Before Ruzhou's claim starts, the city's 2019 value applies to Ruzhou.
    ResolvedParameter<Money> ruzhou2019 = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, RUZHOU, LocalDate.of(2019, 12, 31));
    assertThat(ruzhou2019.value()).isEqualTo(Money.parse("520.00"));
    assertThat(ruzhou2019.suppliedBy()).isEqualTo(CITY);

    // Views agree and are cached.
    StandardsView view = registry.standardFor(RUZHOU, YearMonth.of(2020, 10));
    assertThat(view.get(Parameters.DIBAO_STANDARD_URBAN).suppliedBy()).isEqualTo(RUZHOU);
    assertThat(registry.standardFor(RUZHOU, YearMonth.of(2020, 10))).isSameAs(view);
  }

  @Test
  void twoProvidersClaimingTheSameRegionSchemeAndDatesFailNamingBoth() {
    String json = """
        {"format": "minzheng-standards/1", "module": "rival-2020", "version": "1", "title": "rival",
         "sources": {}, "regions": [{"code": "410400", "name": "平顶山市", "nameEnglish": "Pingdingshan City"}],
         "claims": [{"region": "410400", "schemes": ["DIBAO"], "effectiveFrom": "2020-07-01", "effectiveUntil": "2021-01-01"}],
         "parameters": []}
        """;
    JsonTestProvider rival = JsonTestProvider.ofJson("rival-2020", "/rival.json", json, "410400");
    assertThatThrownBy(() -> StandardsRegistry.of(Standards2020.provider(), rival))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("standards-2020")
        .hasMessageContaining("rival-2020")
        .hasMessageContaining("DIBAO")
        .hasMessageContaining("410400")
        .hasMessageContaining("[2019-01-01..+∞)")
        .hasMessageContaining("[2020-07-01..2021-01-01)");
    // Claims that do not overlap in time are fine: a successor from 2021 next to a module ending 2021.
  }

  @Test
  void duplicateProviderIdsFail() {
    JsonTestProvider impostor = JsonTestProvider.ofResource("standards-2020", "/test-standards/ruzhou.json", "410482");
    assertThatThrownBy(() -> StandardsRegistry.of(Standards2020.provider(), impostor))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("two providers have the id standards-2020")
        .hasMessageContaining(Standards2020.class.getName())
        .hasMessageContaining(JsonTestProvider.class.getName());
  }

  @Test
  void anUnsupportedSpiVersionFails() {
    JsonTestProvider future = ruzhou().withSpiVersion(2);
    assertThatThrownBy(() -> StandardsRegistry.of(Standards2020.provider(), future))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("test-ruzhou")
        .hasMessageContaining("spiVersion 2")
        .hasMessageContaining("[1]");
  }

  @Test
  void strictModeRefusesADateBeforeEveryStandard() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    assertThatThrownBy(() -> registry.standardFor(RegionCode.of("410423"), YearMonth.of(2018, 12))
            .value(Parameters.DIBAO_STANDARD_URBAN))
        .isInstanceOfSatisfying(StandardNotFoundException.class, e -> {
          assertThat(e.parameter()).isEqualTo("dibao.standard.urban");
          assertThat(e.region()).isEqualTo(RegionCode.of("410423"));
          assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 1));
        })
        .hasMessageContaining("dibao.standard.urban")
        .hasMessageContaining("410423")
        .hasMessageContaining("2018-12-01");
    assertThat(registry.findParameter(Parameters.DIBAO_STANDARD_URBAN, CITY, LocalDate.of(2018, 12, 31))).isEmpty();
  }

  @Test
  void lenientModeReturnsTheNearestValueWithAWarning() {
    StandardsRegistry registry = StandardsRegistry.builder().mode(ResolutionMode.LENIENT)
        .add(Standards2020.provider()).build();
    ResolvedParameter<Money> r = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, CITY, LocalDate.of(2018, 12, 1));
    // No value before 2019-01-01: the nearest is the first, 520.00 from 2019-01-01.
    assertThat(r.value()).isEqualTo(Money.parse("520.00"));
    assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w)
        .contains("lenient").contains("dibao.standard.urban").contains("2018-12-01").contains("520.00"));
    assertThat(r.toUse().note()).isEqualTo(r.warning());
    // A value in force carries no warning in lenient mode either.
    assertThat(registry.resolve(Parameters.DIBAO_STANDARD_URBAN, CITY, OCT_2020).warning()).isEmpty();
  }

  @Test
  void anUnknownRegionFails() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    RegionCode zhengzhou = RegionCode.of("410100");
    assertThatThrownBy(() -> registry.resolve(Parameters.DIBAO_STANDARD_URBAN, zhengzhou, OCT_2020))
        .isInstanceOfSatisfying(UnknownRegionException.class, e -> assertThat(e.region()).isEqualTo(zhengzhou))
        .hasMessageContaining("410100");
    assertThatThrownBy(() -> registry.standardFor(zhengzhou, YearMonth.of(2020, 10)))
        .isInstanceOf(UnknownRegionException.class);
    assertThat(registry.findRegion(zhengzhou)).isEmpty();
    assertThat(registry.region(RUZHOU).chinese()).isEqualTo("汝州市");
  }

  @Test
  void aGoodProviderAndABadOneLoadNothing() {
    String bad = """
        {"format": "minzheng-standards/1", "module": "bad-2020", "version": "1", "title": "bad",
         "sources": {"S": {"documentNumber": "—", "title": "t"}},
         "regions": [{"code": "410482", "name": "汝州市", "nameEnglish": "Ruzhou City"}],
         "claims": [{"region": "410482", "schemes": ["DIBAO"], "effectiveFrom": "2020-01-01"}],
         "parameters": [{"region": "410482", "id": "dibao.standard.urban", "unit": "YUAN_PER_PERSON_MONTH",
                         "values": [{"value": "5x0", "effectiveFrom": "2020-01-01", "status": "SEED", "source": "S"}]}]}
        """;
    JsonTestProvider badProvider = JsonTestProvider.ofJson("bad-2020", "/bad.json", bad, "410482");
    assertThatThrownBy(() -> StandardsRegistry.of(Standards2020.provider(), badProvider))
        .isInstanceOfSatisfying(StandardsConfigurationException.class, e -> assertThat(e.problems())
            .containsExactly("bad-2020 /bad.json: $.parameters[0].values[0].value: money '5x0' is not a decimal"
                + " number of yuan with at most two decimal places"));
  }

  @Test
  void aProviderMayOnlyClaimTheRegionsItNames() {
    JsonTestProvider liar = JsonTestProvider.ofResource("test-ruzhou", "/test-standards/ruzhou.json", "410481");
    assertThatThrownBy(() -> StandardsRegistry.of(liar))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("claims region 410482, which the provider's regions() does not list");
  }
}
