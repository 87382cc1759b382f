package org.minzheng.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.ResolutionMode;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.Ledger;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MinzhengAutoConfigurationTest {
  @TempDir
  Path temp;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MinzhengAutoConfiguration.class))
        .withPropertyValues("minzheng.ledger.folder=" + temp.resolve("ledger"));
  }

  @Test
  void buildsRegistryCalculatorAndFileLedgerFromInstalledModules() {
    runner().run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(StandardsRegistry.class).hasSingleBean(BenefitCalculator.class);
      assertThat(context.getBean(StandardsRegistry.class).standardSets())
          .extracting(s -> s.moduleId()).contains("standards-2020");
      assertThat(context.getBean(Ledger.class)).isInstanceOf(FileLedger.class);
      assertThat(((FileLedger) context.getBean(Ledger.class)).file())
          .isEqualTo(temp.resolve("ledger").resolve("payouts.ledger"));
    });
    assertThat(Files.isRegularFile(temp.resolve("ledger/payouts.ledger"))).isTrue();
  }

  @Test
  void aJdbcUrlThatIsNotPostgresStopsTheApplicationNamingTheProperty() {
    runner().withPropertyValues("minzheng.ledger.jdbc-url=jdbc:mysql://localhost/x").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("minzheng.ledger.jdbc-url: jdbc:mysql://localhost/x is not a PostgreSQL JDBC URL");
    });
    assertThat(Files.exists(temp.resolve("ledger"))).as("no file ledger instead").isFalse();
  }

  @Test
  void calculatorComputesTheReadmeHousehold() {
    runner().withPropertyValues("minzheng.explanations=false").run(context -> {
      BenefitCalculator calculator = context.getBean(BenefitCalculator.class);
      Household h = new Household.Builder().id(HouseholdId.of("h-1")).region(RegionCode.of("410402"))
          .residenceType(ResidenceType.URBAN).assetsWithinLimits(true)
          .addMember(new Person.Builder().id(ResidentId.parse("410402198001010014")).hasCapableSupporter(true).build())
          .build();
      var dibao = calculator.calculate(h, YearMonth.of(2020, 10)).of(Scheme.DIBAO).get(0);
      assertThat(dibao.amountOrZero().toString()).isEqualTo("570.00");
      assertThat(dibao.explanation().isEmpty()).isTrue();
    });
  }

  @Test
  void resolutionModeIsBound() {
    runner().withPropertyValues("minzheng.resolution-mode=lenient").run(context ->
        assertThat(context.getBean(StandardsRegistry.class).mode()).isEqualTo(ResolutionMode.LENIENT));
  }

  @Test
  void extraStandardsPathsAreLoadedBesideTheInstalledModules() {
    Path ruzhou = Path.of("../examples-county/src/main/resources/examples-county/ruzhou.json").toAbsolutePath();
    runner().withPropertyValues("minzheng.standards-paths=file:" + ruzhou).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(StandardsRegistry.class).standardSets()).extracting(s -> s.moduleId())
          .contains("standards-2020", "examples-county-ruzhou");
      Health health = context.getBean(MinzhengHealthIndicator.class).health();
      assertThat(health.getDetails().get("modules").toString()).contains("examples-county-ruzhou");
    });
  }

  @Test
  void extraStandardsPathWithAProblemStopsTheContextNamingTheDocument() throws Exception {
    Path bad = Files.writeString(temp.resolve("county.json"), "{\"module\": \"county-x\", \"format\": \"nope\"}");
    runner().withPropertyValues("minzheng.standards-paths=file:" + bad).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("county.json");
    });
  }

  @Test
  void aMissingPriceIndexFileStopsTheContextNamingTheProperty() {
    runner().withPropertyValues("minzheng.price-index=file:" + temp.resolve("absent.json")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("absent.json");
    });
  }

  @Test
  void backsOffForTheUsersBeans() {
    runner().withUserConfiguration(UserBeans.class).run(context -> {
      assertThat(context).hasSingleBean(Ledger.class).hasSingleBean(StandardsRegistry.class);
      assertThat(context.getBean(Ledger.class)).isInstanceOf(InMemoryLedger.class);
      assertThat(context.getBean(StandardsRegistry.class)).isSameAs(context.getBean("myRegistry"));
      Health health = context.getBean(MinzhengHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails().get("reason").toString()).contains("no standards module");
    });
    assertThat(Files.exists(temp.resolve("ledger"))).isFalse();
  }

  @Test
  void healthIsUpListingTheModules() {
    runner().run(context -> {
      Health health = context.getBean(MinzhengHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> modules = (List<Map<String, Object>>) health.getDetails().get("modules");
      assertThat(modules).extracting(m -> m.get("id")).contains("standards-2020");
    });
  }

  @Test
  void configurationMetadataIsGenerated() throws Exception {
    try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(json).contains("minzheng.ledger.folder", "minzheng.price-index", "minzheng.resolution-mode",
          "minzheng.standards-paths", "minzheng.explanations");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserBeans {
    @Bean
    Ledger myLedger() {
      return new InMemoryLedger();
    }

    @Bean
    StandardsRegistry myRegistry() {
      return StandardsRegistry.builder().build();
    }
  }
}
