package org.minzheng.spark.example;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.io.ByteSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.MinzhengJson;
import org.minzheng.reform.ReformOverlay;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.spark.MinzhengSpark;
import org.minzheng.spark.Options;
import org.minzheng.spark.Scenario;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * A national-simulation run on one machine: generates N synthetic households as Parquet (the
 * Pingdingshan sample caseload's proportions, in chunks of its generator with different seeds), costs
 * the baseline and ten reforms over the twelve months of 2020 in one Spark pass, prints the cost
 * table, and measures households per second per core against a plain single-threaded loop over the
 * same households and scenarios.
 *
 * <pre>{@code
 * spark/national-simulation.sh 1000000        # N households (default 1,000,000)
 * }</pre>
 *
 * <p>The standards are Pingdingshan's (standards-2020), standing in for a national set of modules;
 * the reforms are illustrative, not policy.
 */
public final class NationalSimulation {
  static final YearMonth FROM = YearMonth.of(2020, 1);
  static final YearMonth TO = YearMonth.of(2020, 12);
  static final LocalDate TODAY = LocalDate.of(2021, 1, 15);
  static final long SEED = 20201127L;
  /** Households in the seed caseload at scale 1 (about 1,557 at scale 0.01). */
  static final double HOUSEHOLDS_AT_SCALE_ONE = 155_700;
  static final int CHUNK = 25_000;

  private NationalSimulation() {}

  /**
   * @param args N households (default 1,000,000), the output folder (default a temporary folder), and
   *     the number of households for the plain loop (default 20,000)
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("minzheng-national");
    int loopHouseholds = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("minzheng national simulation")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", Integer.toString(2 * cores))
        .config("spark.local.dir", dir.resolve("spark-tmp").toString())
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, n, dir, loopHouseholds, cores);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, long n, Path dir, int loopHouseholds, int cores) throws IOException {
    String parquet = dir.resolve("households.parquet").toString();
    long t0 = System.nanoTime();
    generate(spark, n, parquet);
    Dataset<Row> households = spark.read().parquet(parquet);
    long count = households.count();
    double generateSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("generated %,d households as Parquet in %.1f s: %s%n", count, generateSeconds, parquet);

    List<Scenario> scenarios = scenarios();
    Options options = Options.householdJson("household").withTemporaryAssistanceColumn("ta_case")
        .withPriceIndex(priceIndex()).withToday(TODAY);
    long t1 = System.nanoTime();
    long cpu1 = processCpuNanos();
    List<Row> totals = MinzhengSpark.totals(households, FROM, TO, scenarios, options).collectAsList();
    double sparkSeconds = (System.nanoTime() - t1) / 1e9;
    double sparkCpuSeconds = (processCpuNanos() - cpu1) / 1e9;

    System.out.println();
    System.out.print(costTable(totals, scenarios, count));
    System.out.println();

    List<Row> sample = households.limit(loopHouseholds).collectAsList();
    double[] loop = plainLoop(sample, scenarios);
    double sparkPerCore = count / sparkSeconds / cores;
    double sparkPerCpu = count / sparkCpuSeconds;
    System.out.printf("Spark local[%d]: %,d households x %d scenarios x 12 months in %.1f s = %,.0f households/s,"
        + " %,.0f households/s per core; %.0f CPU s = %,.0f households per CPU second%n", cores, count,
        scenarios.size(), sparkSeconds, count / sparkSeconds, sparkPerCore, sparkCpuSeconds, sparkPerCpu);
    System.out.printf("plain loop, 1 thread: %,d households x %d scenarios x 12 months: %,.0f households/s,"
        + " %,.0f households per CPU second (Spark / plain loop, per CPU second: %.2f)%n", sample.size(),
        scenarios.size(), loop[0], loop[1], sparkPerCpu / loop[1]);
    System.out.printf("load average while measuring: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
  }

  /** Writes about {@code n} households as Parquet: columns household (JSON) and ta_case (JSON or null). */
  static void generate(SparkSession spark, long n, String parquet) {
    int chunks = (int) Math.max(1, (n + CHUNK - 1) / CHUNK);
    double scale = (double) n / chunks / HOUSEHOLDS_AT_SCALE_ONE;
    StructType schema = new StructType().add("household", DataTypes.StringType).add("ta_case", DataTypes.StringType);
    MapPartitionsFunction<Long, Row> chunk = ids -> {
      List<Row> rows = new ArrayList<>();
      while (ids.hasNext()) {
        long id = ids.next();
        Iterator<CaseloadHousehold> it = PingdingshanCaseload.of(SEED + id, scale).iterator();
        while (it.hasNext()) {
          CaseloadHousehold h = it.next();
          rows.add(RowFactory.create(MinzhengJson.mapper().writeValueAsString(h.household()),
              h.temporaryAssistance().isPresent()
                  ? MinzhengJson.mapper().writeValueAsString(h.temporaryAssistance().get()) : null));
        }
      }
      return rows.iterator();
    };
    spark.range(0, chunks, 1, chunks).as(Encoders.LONG()).mapPartitions(chunk, Encoders.row(schema))
        .write().mode(SaveMode.Overwrite).parquet(parquet);
  }

  /** The baseline and ten reforms, one of them two documents together. */
  static List<Scenario> scenarios() {
    String urban600 = reform("urban-600", "DIBAO", "dibao.standard.urban", "YUAN_PER_PERSON_MONTH", "\"value\": \"600.00\"");
    String rural4500 = reform("rural-4500", "DIBAO", "dibao.standard.rural", "YUAN_PER_PERSON_MONTH",
        "\"perYear\": \"4500.00\"");
    return List.of(Scenario.baseline(),
        Scenario.of("urban-600", urban600),
        Scenario.of("urban-620", reform("urban-620", "DIBAO", "dibao.standard.urban", "YUAN_PER_PERSON_MONTH",
            "\"value\": \"620.00\"")),
        Scenario.of("urban-650", reform("urban-650", "DIBAO", "dibao.standard.urban", "YUAN_PER_PERSON_MONTH",
            "\"value\": \"650.00\"")),
        Scenario.of("rural-4500", rural4500),
        Scenario.of("rural-4800", reform("rural-4800", "DIBAO", "dibao.standard.rural", "YUAN_PER_PERSON_MONTH",
            "\"perYear\": \"4800.00\"")),
        Scenario.of("urban-600+rural-4500", urban600, rural4500),
        Scenario.of("ep-multiplier-1.5", reform("ep-multiplier-1.5", "EXTREME_POVERTY",
            "extremePoverty.basicMultiplier", "RATIO", "\"value\": \"1.5\"")),
        Scenario.of("ep-care-up", reform("ep-care-up", "EXTREME_POVERTY", "extremePoverty.care",
            "YUAN_PER_PERSON_MONTH", "\"value\": {\"SELF_CARE\": \"80.00\", \"PARTIAL\": \"300.00\", \"FULL\": \"600.00\"}")),
        Scenario.of("old-age-double", reform("old-age-double", "OLD_AGE_ALLOWANCE", "oldAge.bands",
            "YUAN_PER_PERSON_MONTH", "\"value\": [{\"minAge\": 80, \"amount\": \"100.00\"}, {\"minAge\": 90, \"amount\":"
                + " \"200.00\"}, {\"minAge\": 100, \"amount\": \"600.00\"}]")),
        Scenario.of("disability-80", reform("disability-living-80", "DISABILITY_LIVING_SUBSIDY",
            "disabilityLiving.amount", "YUAN_PER_PERSON_MONTH", "\"value\": \"80.00\""),
            reform("disability-nursing-80", "DISABILITY_NURSING_SUBSIDY", "disabilityNursing.amount",
                "YUAN_PER_PERSON_MONTH", "\"value\": \"80.00\"")));
  }

  /** A reform document: one city-wide value from 2020-01-01. */
  static String reform(String module, String scheme, String parameter, String unit, String value) {
    return """
        {"format": "minzheng-standards/1", "module": "%s", "version": "1", "title": "%s (illustrative reform)",
         "sources": {"R1": {"documentNumber": "-", "title": "改革测算方案 (非已发布标准)",
           "titleEnglish": "Reform scenario for costing, not an adopted standard", "url": null, "published": null}},
         "regions": [{"code": "410400", "name": "平顶山市", "nameEnglish": "Pingdingshan City"}],
         "claims": [{"region": "410400", "schemes": ["%s"], "effectiveFrom": "2020-01-01", "effectiveUntil": null}],
         "parameters": [{"region": "410400", "id": "%s", "unit": "%s", "values": [
           {%s, "effectiveFrom": "2020-01-01", "status": "ASSUMPTION", "source": "R1"}]}]}
        """.formatted(module, module, scheme, parameter, unit, value);
  }

  static String priceIndex() throws IOException {
    Path sample = Path.of("examples/samples/price-index-2020.json");
    return Files.readString(Files.exists(sample) ? sample : Path.of("../examples/samples/price-index-2020.json"));
  }

  /** The cost table: per scenario, the year's entitlements and the change against the baseline. */
  static String costTable(List<Row> totals, List<Scenario> scenarios, long households) {
    Map<String, long[]> byScenario = new LinkedHashMap<>();
    scenarios.forEach(s -> byScenario.put(s.name(), new long[4]));
    long errors = 0;
    for (Row r : totals) {
      errors += r.<Long>getAs("errors");
      long[] t = byScenario.get(r.<String>getAs("scenario"));
      if (t == null) {
        continue;
      }
      t[0] += r.<Long>getAs("amount_fen");
      if ("2020-12".equals(r.getAs("month")) && "DIBAO".equals(r.getAs("scheme"))) {
        t[1] += r.<Long>getAs("recipients");
        t[2] += r.<Long>getAs("person_times");
      }
    }
    long base = byScenario.get("baseline")[0];
    StringBuilder sb = new StringBuilder(String.format("Entitlements of %,d synthetic households, 2020-01 to 2020-12"
        + " (yuan; every scheme; errors: %,d)%n", households, errors));
    sb.append(String.format("%-22s %20s %18s %8s %16s %16s%n", "scenario", "year total", "change", "change",
        "dibao hh (Dec)", "dibao persons"));
    byScenario.forEach((name, t) -> sb.append(String.format("%-22s %20s %18s %7.2f%% %,16d %,16d%n", name,
        yuan(t[0]), yuan(t[0] - base), base == 0 ? 0.0 : 100.0 * (t[0] - base) / base, t[1], t[2])));
    return sb.toString();
  }

  static String yuan(long fen) {
    return String.format("%,d.%02d", fen / 100, Math.abs(fen % 100));
  }

  /**
   * The same work without Spark, one thread: parse each household's JSON once, calculate it under
   * every scenario for every month, sum per scenario, month, scheme and region.
   *
   * @return households per second and households per CPU second of the thread, measured after a
   *     warm-up over a quarter of the sample
   */
  static double[] plainLoop(List<Row> sample, List<Scenario> scenarios) throws IOException {
    StandardsRegistry installed = StandardsRegistry.loadInstalled();
    Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    PriceIndexSeries series = MinzhengJson.mapper().readValue(priceIndex(), PriceIndexSeries.class);
    List<BenefitCalculator> calculators = new ArrayList<>();
    for (Scenario s : scenarios) {
      StandardsRegistry r = installed;
      for (String d : s.reformDocuments()) {
        r = ReformOverlay.read(s.name(), ByteSource.wrap(d.getBytes(UTF_8))).applyTo(r);
      }
      calculators.add(BenefitCalculator.builder(r).clock(clock).explanations(false).priceIndex(series).build());
    }
    loop(sample.subList(0, sample.size() / 4), calculators);
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    loop(sample, calculators);
    return new double[] {sample.size() / ((System.nanoTime() - t) / 1e9),
        sample.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9)};
  }

  /** CPU time of this JVM (driver and local executors), from the platform's bean. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Map<String, long[]> loop(List<Row> rows, List<BenefitCalculator> calculators) throws IOException {
    Map<String, long[]> sums = new HashMap<>();
    for (Row row : rows) {
      Household h = MinzhengJson.mapper().readValue(row.getString(0), Household.class);
      for (int s = 0; s < calculators.size(); s++) {
        for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
          HouseholdResult r = calculators.get(s).calculate(h, m);
          for (SchemeResult x : r.results()) {
            long[] t = sums.computeIfAbsent(s + "|" + m + "|" + x.scheme() + "|" + h.region(), k -> new long[2]);
            if (x.isEligible()) {
              t[0]++;
              t[1] += x.amountOrZero().fen();
            }
          }
        }
      }
    }
    return sums;
  }
}
