package org.minzheng.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.examples.ReformCosting;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.json.MinzhengJson;
import org.minzheng.reform.ReformOverlay;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * minzheng in Spark {@code local[2]} on the sample caseload (about 1,500 households), baseline and the
 * urban-600 reform over the twelve months of 2020: the totals equal the command line's
 * {@code simulate} (ReformCosting) and a plain loop's, a person table gives the same as household
 * JSON, bad households arrive as error rows, and missing standards stop the run on the driver.
 */
class MinzhengSparkTest {
  static final YearMonth FROM = YearMonth.of(2020, 1);
  static final YearMonth TO = YearMonth.of(2020, 12);
  static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);
  static final LocalDate TODAY = LocalDate.of(2021, 1, 15);
  static final StructType JSON_INPUT = new StructType().add("household", DataTypes.StringType)
      .add("ta_case", DataTypes.StringType);

  static SparkSession spark;
  static List<CaseloadHousehold> caseload;
  static String reform;
  static String priceIndex;
  static Options options;
  static List<Scenario> scenarios;
  static Map<String, long[]> sparkTotals;

  @BeforeAll
  static void start(@TempDir Path tmp) throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("minzheng-spark-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.local.dir", tmp.resolve("spark").toString())
        .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
        .getOrCreate();
    caseload = PingdingshanCaseload.sample().stream().toList();
    reform = Files.readString(Path.of("../examples/samples/reform-urban-600.json"));
    priceIndex = Files.readString(Path.of("../examples/samples/price-index-2020.json"));
    options = Options.householdJson("household").withTemporaryAssistanceColumn("ta_case")
        .withPriceIndex(priceIndex).withToday(TODAY);
    scenarios = List.of(Scenario.baseline(), Scenario.of("urban-600", reform));
    sparkTotals = collect(MinzhengSpark.totals(jsonInput(caseload), FROM, TO, scenarios, options), r -> true);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static Dataset<Row> jsonInput(List<CaseloadHousehold> households) throws JsonProcessingException {
    List<Row> rows = new ArrayList<>();
    for (CaseloadHousehold h : households) {
      rows.add(RowFactory.create(MinzhengJson.mapper().writeValueAsString(h.household()),
          h.temporaryAssistance().isPresent()
              ? MinzhengJson.mapper().writeValueAsString(h.temporaryAssistance().get()) : null));
    }
    return spark.createDataFrame(rows, JSON_INPUT).repartition(3);
  }

  /** Totals rows as scenario|month|scheme|region → {recipients, person_times, amount_fen, errors}. */
  static Map<String, long[]> collect(Dataset<Row> totals, Predicate<String> keep) {
    Map<String, long[]> m = new TreeMap<>();
    for (Row r : totals.collectAsList()) {
      String key = r.getAs("scenario") + "|" + r.getAs("month") + "|" + r.getAs("scheme") + "|" + r.getAs("region");
      if (keep.test(key)) {
        m.put(key, new long[] {r.<Long>getAs("recipients"), r.<Long>getAs("person_times"), r.<Long>getAs("amount_fen"),
            r.<Long>getAs("errors")});
      }
    }
    return m;
  }

  static BenefitCalculator calculator(StandardsRegistry registry) throws IOException {
    return BenefitCalculator.builder(registry).explanations(false)
        .clock(java.time.Clock.fixed(TODAY.atStartOfDay(Calculators.ZONE).toInstant(), Calculators.ZONE))
        .priceIndex(MinzhengJson.mapper().readValue(priceIndex, PriceIndexSeries.class)).build();
  }

  static StandardsRegistry reformRegistry(StandardsRegistry baseline) {
    return ReformOverlay.read("urban-600", com.google.common.io.ByteSource.wrap(reform.getBytes(
        java.nio.charset.StandardCharsets.UTF_8))).applyTo(baseline);
  }

  @Test
  void septemberTotalsEqualSimulatesReformCosting() throws IOException {
    StandardsRegistry baseline = StandardsRegistry.loadInstalled();
    ReformCosting costing = ReformCosting.of(calculator(baseline), calculator(reformRegistry(baseline)), SEPTEMBER);
    for (CaseloadHousehold h : caseload) {
      costing.add(h.household(), h.temporaryAssistance()
          .filter(c -> YearMonth.from(c.approvalDate()).equals(SEPTEMBER)).stream().toList());
    }
    Map<String, long[]> expected = new TreeMap<>();
    for (ReformCosting.Line l : costing.result().lines()) {
      String at = "|" + SEPTEMBER + "|" + l.scheme() + "|" + l.region().code();
      expected.put("baseline" + at, new long[] {l.baselineRecipients(), l.baselineAmount().fen()});
      expected.put("urban-600" + at, new long[] {l.reformRecipients(), l.reformAmount().fen()});
    }
    Map<String, long[]> actual = new TreeMap<>();
    sparkTotals.forEach((k, v) -> {
      if (k.contains("|" + SEPTEMBER + "|")) {
        actual.put(k, new long[] {v[0], v[2]});
      }
    });
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
    // The reform costs something: otherwise this test could not tell the scenarios apart.
    assertThat(costing.result().reformTotal()).isGreaterThan(costing.result().baselineTotal());
  }

  @Test
  void everyMonthsTotalsEqualAPlainLoop() throws IOException {
    StandardsRegistry baseline = StandardsRegistry.loadInstalled();
    Map<String, BenefitCalculator> calculators = Map.of("baseline", calculator(baseline),
        "urban-600", calculator(reformRegistry(baseline)));
    Map<String, long[]> expected = new TreeMap<>();
    calculators.forEach((scenario, calc) -> {
      for (CaseloadHousehold h : caseload) {
        for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
          HouseholdResult r = calc.calculate(h.household(), m);
          for (SchemeResult s : r.results()) {
            add(expected, scenario + "|" + m + "|" + s.scheme() + "|" + h.household().region().code(), s);
          }
        }
        h.temporaryAssistance().ifPresent(c -> add(expected, scenario + "|" + YearMonth.from(c.approvalDate()) + "|"
            + "TEMPORARY_ASSISTANCE|" + c.region().code(), calc.calculate(c)));
      }
    });
    Map<String, long[]> actual = new TreeMap<>();
    sparkTotals.forEach((k, v) -> actual.put(k, new long[] {v[0], v[2]}));
    assertThat(actual).containsOnlyKeys(expected.keySet());
    expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
    assertThat(actual.keySet()).anyMatch(k -> k.startsWith("urban-600|2020-12|DIBAO"));
  }

  private static void add(Map<String, long[]> totals, String key, SchemeResult s) {
    long[] t = totals.computeIfAbsent(key, k -> new long[2]);
    if (s.isEligible()) {
      t[0]++;
      t[1] += s.amountOrZero().fen();
    }
  }

  @Test
  void aPersonTableWithTheCsvColumnsGivesTheSameTotalsAsHouseholdJson(@TempDir Path tmp) throws IOException {
    Path csv = tmp.resolve("persons.csv");
    try (Writer w = Files.newBufferedWriter(csv)) {
      HouseholdCsv.write(caseload.stream().map(CaseloadHousehold::household).toList(), w);
    }
    Dataset<Row> persons = spark.read().option("header", "true").csv(csv.toString());
    Map<String, long[]> fromTable = collect(MinzhengSpark.totals(persons, FROM, TO, scenarios,
        Options.personTable().withPriceIndex(priceIndex).withToday(TODAY)), k -> true);
    Map<String, long[]> fromJson = new TreeMap<>(sparkTotals);
    fromJson.keySet().removeIf(k -> k.contains("|TEMPORARY_ASSISTANCE|")); // cases are not in a person table
    assertThat(fromTable).containsOnlyKeys(fromJson.keySet());
    fromJson.forEach((k, v) -> assertThat(fromTable.get(k)).as(k).containsExactly(v));
  }

  @Test
  void theOnePassTotalsEqualTheTotalsOfTheResultRows() throws IOException {
    Dataset<Row> results = MinzhengSpark.results(jsonInput(caseload), FROM, TO, scenarios, options);
    Map<String, long[]> ofResults = collect(MinzhengSpark.totals(results), k -> true);
    assertThat(ofResults).containsOnlyKeys(sparkTotals.keySet());
    sparkTotals.forEach((k, v) -> assertThat(ofResults.get(k)).as(k).containsExactly(v));
    assertThat(results.where(col("error").isNotNull()).count()).isZero();
    assertThat(results.select("stamp").distinct().count()).isGreaterThan(1); // stamps differ by scenario and year
  }

  @Test
  void personTimesCountADibaoHouseholdsMembers() {
    long[] dibao = sparkTotals.entrySet().stream().filter(e -> e.getKey().startsWith("baseline|2020-09|DIBAO|"))
        .map(Map.Entry::getValue).reduce(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    long[] oldAge = sparkTotals.entrySet().stream().filter(e -> e.getKey().startsWith("baseline|2020-09|OLD_AGE"))
        .map(Map.Entry::getValue).reduce(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    assertThat(dibao[1]).isGreaterThan(dibao[0]); // households of several persons
    assertThat(oldAge[1]).isEqualTo(oldAge[0]).isPositive(); // one person each
  }

  @Test
  void badHouseholdsArriveAsErrorRowsNamingTheHouseholdAndTheProblem() throws IOException {
    Household good = caseload.get(0).household();
    String unknownRegion = MinzhengJson.mapper().writeValueAsString(good)
        .replace("\"" + good.region().code() + "\"", "\"110101\"").replace(good.id().value(), "h-beijing");
    Dataset<Row> input = spark.createDataFrame(List.of(
        RowFactory.create(MinzhengJson.mapper().writeValueAsString(good), null),
        RowFactory.create("{\"id\": \"h-broken\", \"members\": 7}", null),
        RowFactory.create(unknownRegion, null)), JSON_INPUT);
    List<Row> rows = MinzhengSpark.results(input, SEPTEMBER, SEPTEMBER, scenarios, options).collectAsList();

    List<Row> errors = rows.stream().filter(r -> r.getAs("error") != null).toList();
    assertThat(errors).filteredOn(r -> "h-broken".equals(r.getAs("household_id"))).singleElement()
        .satisfies(r -> assertThat(r.<String>getAs("error")).startsWith("the household JSON is invalid"));
    assertThat(errors).filteredOn(r -> "h-beijing".equals(r.getAs("household_id"))).hasSize(2)
        .allSatisfy(r -> assertThat(r.<String>getAs("error")).contains("110101"))
        .extracting(r -> r.<String>getAs("scenario")).containsExactlyInAnyOrder("baseline", "urban-600");
    assertThat(rows).filteredOn(r -> good.id().value().equals(r.getAs("household_id")))
        .isNotEmpty().allSatisfy(r -> assertThat(r.<String>getAs("error")).isNull())
        .allSatisfy(r -> assertThat(r.<String>getAs("stamp")).hasSize(64));

    Map<String, long[]> totals = collect(MinzhengSpark.totals(input, SEPTEMBER, SEPTEMBER, scenarios, options),
        k -> k.contains("null"));
    assertThat(totals).containsOnlyKeys("null|null|null|null", "baseline|2020-09|null|110101",
        "urban-600|2020-09|null|110101");
    assertThat(totals.values()).allSatisfy(t -> assertThat(t).containsExactly(0, 0, 0, 1));

    Dataset<Row> persons = spark.createDataFrame(List.of(RowFactory.create("h-rurl", "410402", "RURL",
        "410402198001010014")), new StructType().add("household_id", DataTypes.StringType)
        .add("region", DataTypes.StringType).add("residence_type", DataTypes.StringType)
        .add("resident_id", DataTypes.StringType));
    List<Row> csvErrors = MinzhengSpark.results(persons, SEPTEMBER, SEPTEMBER, scenarios,
        Options.personTable().withToday(TODAY)).collectAsList();
    assertThat(csvErrors).singleElement().satisfies(r -> {
      assertThat(r.<String>getAs("household_id")).isEqualTo("h-rurl");
      assertThat(r.<String>getAs("error")).isEqualTo("households table, household h-rurl row 1, column residence_type: "
          + "'RURL': not one of [URBAN, RURAL]");
    });
  }

  @Test
  void noStandardsModuleStopsTheRunOnTheDriverBeforeAnyTask() throws IOException {
    Dataset<Row> input = jsonInput(caseload.subList(0, 10));
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(ClassLoader.getPlatformClassLoader()); // sees the JDK only, like a bare executor
    try {
      assertThatThrownBy(() -> MinzhengSpark.results(input, FROM, TO, scenarios, options))
          .isInstanceOf(StandardsConfigurationException.class)
          .hasMessageContaining("no standards module found");
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void monthsWithoutStandardsAreAnErrorNamingScenarioRegionAndMonth() {
    assertThatThrownBy(() -> MinzhengSpark.check(YearMonth.of(2018, 12), YearMonth.of(2019, 1), scenarios, options))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("scenario baseline: the standards are incomplete for region 410402 in 2018-12")
        .hasMessageNotContaining("in 2019-01");
    assertThatThrownBy(() -> MinzhengSpark.check(FROM, TO, List.of(Scenario.of("bad", "{\"module\": 3}")), options))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("scenario bad:");
  }

  @Test
  void anExecutorWhoseStandardsDifferFromTheDriversRefusesToCalculate() {
    List<ScenarioStamp> driver = MinzhengSpark.check(FROM, TO, scenarios, options);
    assertThat(driver.get(1).modules()).containsKey("standards-2020+reform-urban-600");
    assertThat(driver.get(0).digest()).isNotEqualTo(driver.get(1).digest());
    List<ScenarioStamp> other = List.of(driver.get(0), new ScenarioStamp("urban-600", driver.get(1).modules(), "0"));
    Plan plan = new Plan(FROM, TO, scenarios, options, new int[] {0, 1}, other, "test");
    assertThatThrownBy(() -> Calculators.checked(plan, Thread.currentThread().getContextClassLoader()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scenario urban-600: the driver used")
        .hasMessageNotContaining("scenario baseline");
    assertThatThrownBy(() -> Calculators.checked(plan, ClassLoader.getPlatformClassLoader()))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("no standards module found");
    assertThat(Calculators.checked(new Plan(FROM, TO, scenarios, options, new int[] {0, 1}, driver, "test"),
        Thread.currentThread().getContextClassLoader())).hasSize(2);
  }
}
