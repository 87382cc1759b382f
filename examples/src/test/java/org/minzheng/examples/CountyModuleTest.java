package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.minzheng.ResolvedParameter;
import org.minzheng.examples.county.RuzhouStandards;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Status;
import org.minzheng.standard.spi.StandardsProvider;
import org.minzheng.standards2020.Standards2020;

/**
 * The example county standards module (examples-county): Ruzhou's one value wins for 410482, with its
 * provenance, and every other county keeps the city's value.
 */
class CountyModuleTest {
  private static final LocalDate OCTOBER_2020 = LocalDate.of(2020, 10, 1);
  private final StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider(), RuzhouStandards.provider());

  /** The README's one-argument call: the city's module is installed beside the county's, so the kit uses it. */
  @Test
  void theConformanceKitPassesTheCountyModuleWithTheInstalledCityModule() {
    org.minzheng.testkit.conformance.ConformanceReport report =
        org.minzheng.testkit.conformance.ConformanceKit.check(RuzhouStandards.provider());
    assertThat(report.passed()).as(report.render()).isTrue();
    assertThat(report.check("base").description()).contains("standards-2020");
  }

  @Test
  void theCountyValueWinsForRuzhouAndSaysWhereItComesFrom() {
    ResolvedParameter<Money> urban = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, RuzhouStandards.RUZHOU, OCTOBER_2020);
    assertThat(urban.value()).isEqualTo(Money.ofYuan(600));
    assertThat(urban.providerId()).isEqualTo("examples-county-ruzhou");
    assertThat(urban.suppliedBy()).isEqualTo(RuzhouStandards.RUZHOU);
    assertThat(urban.inherited()).isFalse();
    assertThat(urban.source().status()).isEqualTo(Status.ASSUMPTION);
    assertThat(urban.toUse().basis().documentNumber()).isEqualTo("—");
  }

  @Test
  void otherCountiesKeepTheCityValue() {
    ResolvedParameter<Money> baofeng = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, RegionCode.of("410421"), OCTOBER_2020);
    assertThat(baofeng.value()).isEqualTo(Money.ofYuan(570));
    assertThat(baofeng.providerId()).isEqualTo("standards-2020");
    assertThat(baofeng.suppliedBy()).isEqualTo(RegionCode.of("410400"));
    assertThat(baofeng.inherited()).isTrue();
  }

  @Test
  void ruzhouInheritsEverythingElseFromTheCity() {
    // the rural standard is not in the county document: 4,260 / 12 = 355.00 from the city
    ResolvedParameter<Money> rural = registry.resolve(Parameters.DIBAO_STANDARD_RURAL, RuzhouStandards.RUZHOU, OCTOBER_2020);
    assertThat(rural.value()).isEqualTo(Money.parse("355.00"));
    assertThat(rural.providerId()).isEqualTo("standards-2020");
    assertThat(rural.suppliedBy()).isEqualTo(RegionCode.of("410400"));
  }

  @Test
  void beforeTheCountyClaimStartsRuzhouHasTheCityValue() {
    ResolvedParameter<Money> urban = registry.resolve(Parameters.DIBAO_STANDARD_URBAN, RuzhouStandards.RUZHOU,
        LocalDate.of(2019, 12, 31));
    assertThat(urban.value()).isEqualTo(Money.ofYuan(520));
    assertThat(urban.providerId()).isEqualTo("standards-2020");
  }

  @Test
  void serviceLoaderFindsTheModuleOnTheClassPath() {
    assertThat(ServiceLoader.load(StandardsProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(RuzhouStandards.class, Standards2020.class);
    StandardsRegistry installed = StandardsRegistry.loadInstalled();
    assertThat(installed.resolve(Parameters.DIBAO_STANDARD_URBAN, RuzhouStandards.RUZHOU, OCTOBER_2020).value())
        .isEqualTo(Money.ofYuan(600));
  }

  @Test
  void servicesFileAgreesWithModuleInfoProvides() throws Exception {
    // read both from the county module's own jar (or classes directory), not whatever comes first on the class path
    Path location = Path.of(RuzhouStandards.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    String services;
    try (ModuleReader reader = module.open();
        InputStream in = reader.open("META-INF/services/org.minzheng.standard.spi.StandardsProvider").orElseThrow()) {
      services = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertThat(descriptor.name()).isEqualTo("org.minzheng.examples.county");
    assertThat(descriptor.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(StandardsProvider.class.getName());
      assertThat(p.providers()).containsExactly(services);
    });
    assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
        .containsExactlyInAnyOrder("java.base", "org.minzheng.spi");
  }
}
