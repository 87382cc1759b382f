package org.minzheng.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * Policy simulation on Apache Spark: every household of a data set under many scenarios (the installed
 * standards, or reforms laid over them) for every month of a range, in one pass over the data.
 *
 * <pre>{@code
 * Dataset<Row> households = spark.read().parquet("caseload.parquet");        // a column "household" of JSON
 * List<Scenario> scenarios = List.of(Scenario.baseline(), Scenario.of("urban-600", urban600Json));
 * Dataset<Row> totals = MinzhengSpark.totals(households, YearMonth.of(2020, 1), YearMonth.of(2020, 12),
 *     scenarios, Options.householdJson("household"));
 * totals.show();   // scenario, month, scheme, region, recipients, person_times, amount_fen, amount_yuan
 * }</pre>
 *
 * <p><b>On the driver</b>, before any task runs, the installed standards are loaded (through the
 * current thread's context class loader), each scenario's reform documents are read and applied, and
 * every scenario is checked to have standards for every declared county in every month; each
 * scenario's {@link ScenarioStamp} is recorded. Any problem throws {@link StandardsConfigurationException}
 * at once, listing all of them: a missing standards jar is never a run of error rows.
 *
 * <p><b>On each executor</b>, the first task builds the same calculators from the scenarios' text and
 * its own installed standards (through the task's context class loader, which sees jars shipped with
 * {@code --jars}), with explanations off and a clock fixed at the plan's "today", and keeps them for
 * the life of the JVM; if they give another stamp than the driver's, the task fails naming the
 * difference. Only text and dates travel to executors.
 *
 * <p>Results are entitlements (eligible results), not payments: enrollment plays no part, as in the
 * command line's {@code simulate}.
 *
 * @since 0.1
 */
public final class MinzhengSpark {
  /** The column that keeps a person table's row order through the shuffle that groups households. */
  private static final String ORDER = "__minzheng_row";

  /**
   * The result rows' schema. One row per scenario, month, household, scheme and beneficiary:
   * <ul>
   *   <li>{@code scenario}, {@code month} ({@code yyyy-MM}), {@code household_id}, {@code region} (GB/T 2260);
   *   <li>{@code scheme} (e.g. {@code DIBAO}), {@code beneficiary} ({@code HOUSEHOLD:id}, {@code PERSON:id},
   *       {@code CASE:id}), {@code outcome} ({@code ELIGIBLE}, {@code INELIGIBLE}, {@code UNDETERMINED});
   *   <li>{@code amount_fen}, the entitlement in fen, present exactly when eligible;
   *   <li>{@code persons}, the persons the benefit covers (a dibao household's members counted in the
   *       month less its extreme-poverty persons; a temporary-assistance case's persons; otherwise 1);
   *   <li>{@code stamp}, the SHA-256 of the parameters used ({@code Stamp.parameterHash()});
   *   <li>{@code error}: null on a result row. An error row has the problem here and as much of the
   *       rest as is known: a household that does not read has no scenario and month; a household that
   *       cannot be calculated for a scenario and month has those, and no scheme.
   * </ul>
   */
  public static final StructType RESULT_SCHEMA = new StructType()
      .add("scenario", DataTypes.StringType)
      .add("month", DataTypes.StringType)
      .add("household_id", DataTypes.StringType)
      .add("region", DataTypes.StringType)
      .add("scheme", DataTypes.StringType)
      .add("beneficiary", DataTypes.StringType)
      .add("outcome", DataTypes.StringType)
      .add("amount_fen", DataTypes.LongType)
      .add("persons", DataTypes.IntegerType)
      .add("stamp", DataTypes.StringType)
      .add("error", DataTypes.StringType);

  /** What each partition of {@link #totals(Dataset, YearMonth, YearMonth, List, Options)} sums before Spark adds them. */
  static final StructType PARTIAL_TOTALS_SCHEMA = new StructType()
      .add("scenario", DataTypes.StringType)
      .add("month", DataTypes.StringType)
      .add("scheme", DataTypes.StringType)
      .add("region", DataTypes.StringType)
      .add("recipients", DataTypes.LongType)
      .add("person_times", DataTypes.LongType)
      .add("amount_fen", DataTypes.LongType)
      .add("errors", DataTypes.LongType);

  private MinzhengSpark() {}

  /**
   * Every household under every scenario for every month from {@code from} to {@code to}: one pass
   * (a {@code mapPartitions}) over the households; a person table is first grouped by
   * {@code household_id} (one shuffle), keeping its row order within a household.
   *
   * @param households the households: a column of household JSON, or a person table (see {@link Options}), not null
   * @param from the first month, not null
   * @param to the last month, not before {@code from}, not null
   * @param scenarios the scenarios, with distinct names, not empty
   * @param options how to read and calculate, not null
   * @return the result rows, in {@link #RESULT_SCHEMA}; lazily computed, as Spark data sets are
   * @throws StandardsConfigurationException on the driver, at once, if no standards module is found, a
   *     reform document does not read or apply, or a scenario lacks standards for a county and month
   * @throws org.minzheng.household.InvalidInputException if a person table's columns are not the household CSV's
   * @throws IllegalArgumentException if a column is missing, the months are reversed, or scenario names repeat
   */
  public static Dataset<Row> results(Dataset<Row> households, YearMonth from, YearMonth to, List<Scenario> scenarios,
      Options options) {
    return pass(households, from, to, scenarios, options, false);
  }

  /** Checks the input and the scenarios on the driver, then maps each partition in one pass. */
  private static Dataset<Row> pass(Dataset<Row> households, YearMonth from, YearMonth to, List<Scenario> scenarios,
      Options options, boolean totals) {
    requireNonNull(households, "households");
    Options fixed = withToday(options);
    List<String> names = Arrays.asList(households.columns());
    Dataset<Row> input;
    int[] columns;
    if (fixed.householdColumn().isPresent()) {
      List<String> selected = new ArrayList<>();
      selected.add(fixed.householdColumn().get());
      fixed.temporaryAssistanceColumn().ifPresent(selected::add);
      for (String c : selected) {
        if (!names.contains(c)) {
          throw new IllegalArgumentException("the households have no column '" + c + "'; their columns are " + names);
        }
      }
      input = households.select(selected.stream().map(Column::new).toArray(Column[]::new));
      columns = selected.size() == 1 ? new int[] {0} : new int[] {0, 1};
    } else {
      if (fixed.temporaryAssistanceColumn().isPresent()) {
        throw new IllegalArgumentException("a temporary-assistance column is read with household JSON only");
      }
      HouseholdCsv.columnPositions(names, "households table");
      List<String> present = names.stream().map(String::strip).filter(HouseholdCsv.COLUMNS::contains).toList();
      input = households.select(present.stream().map(Column::new).toArray(Column[]::new))
          .withColumn(ORDER, monotonically_increasing_id())
          .repartition(col("household_id"))
          .sortWithinPartitions(col("household_id"), col(ORDER));
      columns = HouseholdCsv.columnPositions(present, "households table");
    }
    Plan plan = plan(from, to, scenarios, fixed, columns);
    return input.mapPartitions(new HouseholdPass(plan, totals),
        Encoders.row(totals ? PARTIAL_TOTALS_SCHEMA : RESULT_SCHEMA));
  }

  /**
   * Sums the results per scenario, month, scheme and region, as the command line's {@code simulate}
   * and the bureau's reports do: {@code recipients} (eligible beneficiaries), {@code person_times}
   * (persons those benefits cover), {@code amount_fen}, {@code errors} and {@code amount_yuan} (exact,
   * decimal(22,2)). A scheme and region with results but no eligible one has a row of zeros. Errors are
   * counted, not hidden: a household that could not be calculated for a scenario and month counts in
   * {@code errors} of a row with a null scheme (and one that could not be read, of a row with a null
   * scenario and month); {@link #results} names each household and its problem.
   *
   * @param results rows in {@link #RESULT_SCHEMA}, not null
   * @return one row per scenario, month, scheme and region, in that order
   */
  public static Dataset<Row> totals(Dataset<Row> results) {
    Column eligible = col("outcome").equalTo(lit("ELIGIBLE"));
    return finish(results.groupBy(col("scenario"), col("month"), col("scheme"), col("region"))
        .agg(count(when(eligible, lit(1))).as("recipients"),
            sum(when(eligible, col("persons")).otherwise(lit(0))).cast(DataTypes.LongType).as("person_times"),
            sum(when(eligible, col("amount_fen")).otherwise(lit(0L))).as("amount_fen"),
            count(col("error")).as("errors")));
  }

  /**
   * {@link #totals(Dataset) totals} of {@link #results results}, without a row per result: each
   * partition sums its households as it calculates them, and Spark adds the partitions' sums. Use it
   * when only the totals are wanted; with many scenarios and months it is several times cheaper.
   *
   * @param households the households, not null
   * @param from the first month, not null
   * @param to the last month, not null
   * @param scenarios the scenarios, not empty
   * @param options how to read and calculate, not null
   * @return one row per scenario, month, scheme and region, as {@link #totals(Dataset)} gives
   * @throws StandardsConfigurationException as {@link #results} does
   */
  public static Dataset<Row> totals(Dataset<Row> households, YearMonth from, YearMonth to, List<Scenario> scenarios,
      Options options) {
    return finish(pass(households, from, to, scenarios, options, true)
        .groupBy(col("scenario"), col("month"), col("scheme"), col("region"))
        .agg(sum(col("recipients")).as("recipients"), sum(col("person_times")).as("person_times"),
            sum(col("amount_fen")).as("amount_fen"), sum(col("errors")).as("errors")));
  }

  private static Dataset<Row> finish(Dataset<Row> sums) {
    return sums.withColumn("amount_yuan", col("amount_fen").cast(DataTypes.createDecimalType(22, 0))
            .divide(lit(100)).cast(DataTypes.createDecimalType(22, 2)))
        .orderBy(col("scenario"), col("month"), col("scheme"), col("region"));
  }

  /**
   * Checks the scenarios on the driver, as {@link #results} does before it runs, without data.
   *
   * @param from the first month, not null
   * @param to the last month, not null
   * @param scenarios the scenarios, not empty
   * @param options the options, not null
   * @return each scenario's stamp, in order
   * @throws StandardsConfigurationException listing every problem
   */
  public static List<ScenarioStamp> check(YearMonth from, YearMonth to, List<Scenario> scenarios, Options options) {
    return plan(from, to, scenarios, withToday(options), new int[] {0}).stamps();
  }

  /** The options with "today" fixed, to the driver's today if not given, so that every executor agrees. */
  private static Options withToday(Options options) {
    return requireNonNull(options, "options").today().isPresent() ? options
        : options.withToday(LocalDate.now(Calculators.ZONE));
  }

  private static Plan plan(YearMonth from, YearMonth to, List<Scenario> scenarios, Options options, int[] columns) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the last month " + to + " is before the first month " + from);
    }
    List<Scenario> list = List.copyOf(scenarios);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("no scenario given; Scenario.baseline() is the installed standards");
    }
    Set<String> seen = new HashSet<>();
    for (Scenario s : list) {
      if (!seen.add(s.name())) {
        throw new IllegalArgumentException("two scenarios are named " + s.name());
      }
    }
    Plan draft = new Plan(from, to, list, options, columns, List.of(), "");
    Calculators.Built built = Calculators.build(list, options, draft.today(), draft.months(),
        Thread.currentThread().getContextClassLoader());
    StringBuilder key = new StringBuilder(options.mode() + "|" + options.today().orElseThrow() + "|"
        + options.priceIndex().orElse("") + "|" + from + "|" + to);
    for (Scenario s : list) {
      key.append('|').append(s.name().length()).append(':').append(s.name());
      s.reformDocuments().forEach(d -> key.append('|').append(d.length()).append(':').append(d));
    }
    return new Plan(from, to, list, options, columns, built.stamps(), Calculators.sha256(key.toString()));
  }
}
