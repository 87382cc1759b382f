package org.minzheng.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.StandardsJson;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.spi.StandardsProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Makes minzheng's three long-lived objects beans: the {@link StandardsRegistry} (every standards
 * module ServiceLoader finds plus {@code minzheng.standards-paths}), the {@link BenefitCalculator}
 * and the payout {@link Ledger} (a {@link FileLedger} under {@code minzheng.ledger.folder}). Each
 * backs off when the application defines a bean of its type. With Spring Boot's health support on
 * the class path it adds the {@code minzheng} health indicator.
 */
@AutoConfiguration
@EnableConfigurationProperties(MinzhengProperties.class)
public class MinzhengAutoConfiguration {

  /**
   * The registry: every installed provider and every configured document.
   *
   * @param properties the configuration
   * @return the registry
   * @throws StandardsConfigurationException listing every problem, so the application does not start
   *     on half its standards
   */
  @Bean
  @ConditionalOnMissingBean
  public StandardsRegistry standardsRegistry(MinzhengProperties properties) {
    StandardsRegistry.Builder b = StandardsRegistry.builder().mode(properties.getResolutionMode());
    List<String> problems = new ArrayList<>();
    for (StandardsProvider p : installedProviders(problems)) {
      b.add(p);
    }
    for (Resource r : properties.getStandardsPaths()) {
      try {
        byte[] json = r.getContentAsByteArray();
        String module = MinzhengJson.mapper().readTree(json).path("module").asText("");
        b.add(StandardsJson.read(module, r.getDescription(), json));
      } catch (IOException e) {
        problems.add("minzheng.standards-paths: " + r.getDescription() + " cannot be read: " + e.getMessage());
      } catch (StandardsConfigurationException e) {
        problems.add("minzheng.standards-paths: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new StandardsConfigurationException(problems);
    }
    return b.build();
  }

  private static List<StandardsProvider> installedProviders(List<String> problems) {
    List<StandardsProvider> found = new ArrayList<>();
    var it = ServiceLoader.load(StandardsProvider.class, MinzhengAutoConfiguration.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          return found;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        problems.add("a standards provider could not be instantiated: " + e.getMessage());
      }
    }
  }

  /**
   * The calculator's clock, {@link Clock#system} in {@code minzheng.zone}, unless the application
   * has a {@link Clock} bean.
   *
   * @param properties the configuration
   * @return the clock
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock minzhengClock(MinzhengProperties properties) {
    return Clock.system(properties.getZone());
  }

  /**
   * The price index of {@code minzheng.price-index}, or {@link PriceIndexSeries#EMPTY}.
   *
   * @param properties the configuration
   * @return the series
   * @throws UncheckedIOException naming the property and the file, if it cannot be read
   */
  @Bean
  @ConditionalOnMissingBean
  public PriceIndexSeries minzhengPriceIndex(MinzhengProperties properties) {
    Resource index = properties.getPriceIndex();
    if (index == null) {
      return PriceIndexSeries.EMPTY;
    }
    try (InputStream in = index.getInputStream()) {
      return MinzhengJson.mapper().readValue(in, PriceIndexSeries.class);
    } catch (IOException e) {
      throw new UncheckedIOException("minzheng.price-index: " + index.getDescription() + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  /**
   * The calculator, on the registry, clock and price index beans.
   *
   * @param registry the registry
   * @param clock the clock
   * @param priceIndex the price index
   * @param properties the configuration
   * @return the calculator
   */
  @Bean
  @ConditionalOnMissingBean
  public BenefitCalculator benefitCalculator(StandardsRegistry registry, Clock clock, PriceIndexSeries priceIndex,
      MinzhengProperties properties) {
    return BenefitCalculator.builder(registry).clock(clock).priceIndex(priceIndex)
        .explanations(properties.isExplanations()).build();
  }

  /**
   * The default ledger, closed with the context: a {@link FileLedger} at {@code minzheng.ledger.folder},
   * or, when {@code minzheng.ledger.jdbc-url} is set, a PostgreSQL ledger ({@code PostgresLedger} of
   * minzheng-ledger-jdbc) in that database on a HikariCP pool of its own.
   *
   * @param properties the configuration
   * @return the ledger
   * @throws IllegalStateException naming the property, if the database ledger's classes are missing or its
   *     tables are absent and {@code minzheng.ledger.migrate} is false
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(Ledger.class)
  public Ledger minzhengLedger(MinzhengProperties properties) {
    MinzhengProperties.LedgerProperties l = properties.getLedger();
    if (l.getJdbcUrl() != null && !l.getJdbcUrl().isBlank()) {
      try {
        return DatabaseLedger.open(l);
      } catch (NoClassDefFoundError e) {
        throw new IllegalStateException("minzheng.ledger.jdbc-url is set, but " + e.getMessage() + " is missing: add"
            + " org.minzheng:minzheng-ledger-jdbc and com.zaxxer:HikariCP to the application", e);
      }
    }
    Path folder = l.getFolder();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("minzheng.ledger.folder: " + folder + " cannot be created: " + e.getMessage(), e);
    }
    return FileLedger.open(folder.resolve(l.getFileName()));
  }

  /** The health indicator, when Spring Boot's health support is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class HealthConfiguration {
    /**
     * @param registry the registry
     * @return the indicator, named {@code minzheng}
     */
    @Bean
    @ConditionalOnMissingBean(name = "minzhengHealthIndicator")
    MinzhengHealthIndicator minzhengHealthIndicator(StandardsRegistry registry) {
      return new MinzhengHealthIndicator(registry);
    }
  }
}
