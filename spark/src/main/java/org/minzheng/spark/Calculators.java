package org.minzheng.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.io.ByteSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.MinzhengJson;
import org.minzheng.reform.ReformOverlay;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.MinzhengException;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * Builds a plan's calculators from the scenarios' text and the installed standards, checks them, and
 * keeps them per JVM: an executor builds them once (≈ 0.3 s) and every later task of the same
 * scenarios reuses them.
 */
final class Calculators {
  /** The zone of the fixed clock: the standards are Chinese, so is the day. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Plan key → one calculator per scenario. Calculators are immutable and thread-safe. */
  private static final Map<String, BenefitCalculator[]> CACHE = new ConcurrentHashMap<>();

  private Calculators() {}

  /** The calculators and the stamps they give. */
  record Built(BenefitCalculator[] calculators, List<ScenarioStamp> stamps) {}

  /**
   * The plan's calculators, built on first use in this JVM through the current thread's context class
   * loader (in a Spark task, the one that sees the jars shipped with the job).
   *
   * @throws StandardsConfigurationException if no standards module is installed or a scenario's standards are incomplete
   * @throws IllegalStateException if this JVM's standards give other stamps than the driver's
   */
  static BenefitCalculator[] of(Plan plan) {
    return CACHE.computeIfAbsent(plan.key(), k -> checked(plan, Thread.currentThread().getContextClassLoader()));
  }

  /** Builds the plan's calculators through {@code loader} and checks their stamps against the driver's. */
  static BenefitCalculator[] checked(Plan plan, ClassLoader loader) {
    Built built = build(plan.scenarios(), plan.options(), plan.today(), plan.months(), loader);
    if (!built.stamps().equals(plan.stamps())) {
      List<String> differences = new ArrayList<>();
      for (int i = 0; i < plan.stamps().size(); i++) {
        ScenarioStamp driver = plan.stamps().get(i);
        ScenarioStamp here = built.stamps().get(i);
        if (!driver.equals(here)) {
          differences.add("scenario " + driver.scenario() + ": the driver used " + driver.modules() + " (digest "
              + driver.digest() + "), this executor finds " + here.modules() + " (digest " + here.digest() + ")");
        }
      }
      throw new IllegalStateException("the standards installed on this executor differ from the driver's: "
          + String.join("; ", differences) + ". Ship the same standards jars to the driver and the executors"
          + " (spark-submit --jars, or spark.jars).");
    }
    return built.calculators();
  }

  /**
   * Builds each scenario's calculator and checks that its standards cover every declared county in
   * every month, recording the stamps.
   *
   * @throws StandardsConfigurationException listing every problem: no standards module found, a reform
   *     document that does not read or apply, a county and month without standards
   */
  static Built build(List<Scenario> scenarios, Options options, LocalDate today, List<YearMonth> months,
      ClassLoader loader) {
    StandardsRegistry installed = StandardsRegistry.loadInstalled(options.mode(), loader);
    PriceIndexSeries series = options.priceIndex().map(Calculators::priceIndex).orElse(null);
    Clock clock = Clock.fixed(today.atStartOfDay(ZONE).toInstant(), ZONE);
    List<String> problems = new ArrayList<>();
    BenefitCalculator[] calculators = new BenefitCalculator[scenarios.size()];
    List<ScenarioStamp> stamps = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      Scenario scenario = scenarios.get(s);
      StandardsRegistry registry = installed;
      try {
        List<String> documents = scenario.reformDocuments();
        for (int d = 0; d < documents.size(); d++) {
          String name = "scenario " + scenario.name() + ", reform document " + (d + 1);
          registry = ReformOverlay.read(name, ByteSource.wrap(documents.get(d).getBytes(UTF_8))).applyTo(registry);
        }
      } catch (StandardsConfigurationException e) {
        e.problems().forEach(p -> problems.add("scenario " + scenario.name() + ": " + p));
        stamps.add(new ScenarioStamp(scenario.name(), Map.of(), ""));
        continue;
      }
      BenefitCalculator.Builder b = BenefitCalculator.builder(registry).clock(clock).explanations(false);
      if (series != null) {
        b.priceIndex(series);
      }
      calculators[s] = b.build();
      stamps.add(stamp(scenario, registry, calculators[s], months, problems));
    }
    if (!problems.isEmpty()) {
      throw new StandardsConfigurationException(problems);
    }
    return new Built(calculators, List.copyOf(stamps));
  }

  private static ScenarioStamp stamp(Scenario scenario, StandardsRegistry registry, BenefitCalculator calculator,
      List<YearMonth> months, List<String> problems) {
    Map<String, String> modules = new TreeMap<>();
    StringBuilder text = new StringBuilder();
    List<RegionCode> counties = registry.regions().stream().map(RegionInfo::code)
        .filter(r -> r.level() == RegionCode.Level.COUNTY).toList();
    if (counties.isEmpty()) {
      problems.add("scenario " + scenario.name() + ": the standards " + registry + " declare no county");
    }
    for (YearMonth month : months) {
      for (RegionCode county : counties) {
        try {
          Stamp st = calculator.stamp(county, month);
          modules.putAll(st.modules());
          text.append(county).append(' ').append(month).append(' ').append(st.parameterHash()).append('\n');
        } catch (MinzhengException | IllegalArgumentException e) {
          problems.add("scenario " + scenario.name() + ": the standards are incomplete for region " + county
              + " in " + month + ": " + e.getMessage());
        }
      }
    }
    return new ScenarioStamp(scenario.name(), modules, sha256(text.toString()));
  }

  private static PriceIndexSeries priceIndex(String json) {
    try {
      return MinzhengJson.mapper().readValue(json, PriceIndexSeries.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the price-index series is not valid: " + e.getMessage(), e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every Java platform", e);
    }
  }
}
