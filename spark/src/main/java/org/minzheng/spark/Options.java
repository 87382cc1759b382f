package org.minzheng.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.ResolutionMode;

/**
 * How {@link MinzhengSpark} reads the households and calculates. Immutable; each {@code with}
 * method returns a changed copy.
 *
 * <pre>{@code
 * Options.householdJson("household")                 // a column of household JSON, as `calc` reads it
 *     .withTemporaryAssistanceColumn("ta_case")      // optional: a case's JSON, or null
 *     .withPriceIndex(priceIndexJson)                // optional: the CPI series for the price subsidy
 *     .withToday(LocalDate.of(2021, 1, 15));         // the fixed "today" (default: the driver's, once)
 * Options.personTable();                             // one row per person, the household CSV's columns
 * }</pre>
 *
 * @since 0.1
 */
public final class Options implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The column of household JSON; null: the input is a person table. */
  private final String householdColumn;
  /** The column of temporary-assistance cases as JSON, or null. */
  private final String casesColumn;
  /** The price index series as JSON, or null. */
  private final String priceIndexJson;
  /** The day the calculators take as today. */
  private final LocalDate today;
  /** How parameters resolve (strict or with fallbacks). */
  private final ResolutionMode mode;

  private Options(String householdColumn, String casesColumn, String priceIndexJson, LocalDate today,
      ResolutionMode mode) {
    this.householdColumn = householdColumn;
    this.casesColumn = casesColumn;
    this.priceIndexJson = priceIndexJson;
    this.today = today;
    this.mode = mode;
  }

  /**
   * Households as JSON text (the format of {@code minzheng calc} and {@code MinzhengJson}), one a row.
   *
   * @param column the column holding the JSON, not null
   * @return the options
   */
  public static Options householdJson(String column) {
    return new Options(requireNonNull(column, "column"), null, null, null, ResolutionMode.STRICT);
  }

  /**
   * Households as a flat table, one row per person, with the columns of the household CSV
   * ({@code docs/household-csv.md}); a household's rows are found by {@code household_id} and kept in
   * the table's order. Cells may be text or typed (numbers, booleans, dates); each is read as its text.
   *
   * @return the options
   */
  public static Options personTable() {
    return new Options(null, null, null, null, ResolutionMode.STRICT);
  }

  /**
   * @param column a column holding a temporary-assistance case of the household as JSON, or null;
   *     the case is costed in its approval month if that month is simulated (JSON input only), not null
   * @return a copy with the column
   */
  public Options withTemporaryAssistanceColumn(String column) {
    return new Options(householdColumn, requireNonNull(column, "column"), priceIndexJson, today, mode);
  }

  /**
   * @param json the price-index series for the price subsidy as JSON ({@code PriceIndexSeries}), not null
   * @return a copy with the series
   */
  public Options withPriceIndex(String json) {
    return new Options(householdColumn, casesColumn, requireNonNull(json, "json"), today, mode);
  }

  /**
   * @param day what "today" is on every executor (birth dates after it are invalid), not null
   * @return a copy with the day
   */
  public Options withToday(LocalDate day) {
    return new Options(householdColumn, casesColumn, priceIndexJson, requireNonNull(day, "day"), mode);
  }

  /**
   * @param resolution strict (default) or lenient, not null
   * @return a copy with the mode
   */
  public Options withMode(ResolutionMode resolution) {
    return new Options(householdColumn, casesColumn, priceIndexJson, today, requireNonNull(resolution, "resolution"));
  }

  /** @return the column of household JSON, or empty for a person table */
  public Optional<String> householdColumn() {
    return Optional.ofNullable(householdColumn);
  }

  /** @return the column of temporary-assistance case JSON, if any */
  public Optional<String> temporaryAssistanceColumn() {
    return Optional.ofNullable(casesColumn);
  }

  /** @return the price-index series JSON, if any */
  public Optional<String> priceIndex() {
    return Optional.ofNullable(priceIndexJson);
  }

  /** @return the fixed "today", if given */
  public Optional<LocalDate> today() {
    return Optional.ofNullable(today);
  }

  /** @return strict or lenient resolution */
  public ResolutionMode mode() {
    return mode;
  }

  @Override
  public String toString() {
    return "Options[" + (householdColumn == null ? "person table" : "household JSON in " + householdColumn)
        + (casesColumn == null ? "" : ", cases in " + casesColumn) + (priceIndexJson == null ? "" : ", price index")
        + (today == null ? "" : ", today " + today) + ", " + mode + "]";
  }
}
