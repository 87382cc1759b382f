package org.minzheng.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything an executor needs, checked on the driver: the months, the scenarios (as text), the
 * options with "today" fixed, where the input's columns are, and each scenario's stamp as the driver
 * computed it. Only strings, dates and numbers: nothing of minzheng needs to be serializable.
 *
 * @param from the first month, not null
 * @param to the last month, not null
 * @param scenarios the scenarios, not null
 * @param options the options, with {@link Options#today()} present
 * @param columns for a person table, each household CSV column's position in the input row or -1; for
 *     JSON input, the household column at 0 and the case column at 1 (or absent)
 * @param stamps each scenario's stamp, in scenario order
 * @param key identifies the scenarios' standards for the per-JVM cache of calculators
 */
record Plan(YearMonth from, YearMonth to, List<Scenario> scenarios, Options options, int[] columns,
    List<ScenarioStamp> stamps, String key) implements Serializable {
  private static final long serialVersionUID = 1L;

  LocalDate today() {
    return options.today().orElseThrow();
  }

  boolean personTable() {
    return options.householdColumn().isEmpty();
  }

  /** The simulated months, in order. */
  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
