package org.minzheng.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.json.MinzhengJson;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.MinzhengException;
import org.minzheng.standard.Scheme;

/**
 * One partition's pass: each household is read once and calculated under every scenario for every
 * month; its result rows (or error rows) are produced before the next household is read.
 */
final class HouseholdPass implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Plan plan;
  private final boolean totals;

  /**
   * @param plan the checked plan
   * @param totals false: a row per result ({@link MinzhengSpark#RESULT_SCHEMA}); true: the partition's
   *     sums per scenario, month, scheme and region ({@link MinzhengSpark#PARTIAL_TOTALS_SCHEMA}),
   *     produced without a row per result
   */
  HouseholdPass(Plan plan, boolean totals) {
    this.plan = plan;
    this.totals = totals;
  }

  /** Where a result or error goes: a row, or a partition's sums. */
  interface Sink {
    void add(String scenario, String month, String household, String region, String scheme, String beneficiary,
        String outcome, Long amountFen, Integer persons, String stamp, String error);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Pass pass = new Pass(input);
    if (!totals) {
      return pass;
    }
    Totals sums = new Totals();
    pass.sink = sums;
    while (pass.readNext()) {
      // everything goes to the sums
    }
    return sums.rows();
  }

  /** Sums per scenario, month, scheme and region, as {@link MinzhengSpark#totals(org.apache.spark.sql.Dataset)} does. */
  static final class Totals implements Sink {
    private record Key(String scenario, String month, String scheme, String region) {}

    private final Map<Key, long[]> sums = new HashMap<>();

    @Override
    public void add(String scenario, String month, String household, String region, String scheme,
        String beneficiary, String outcome, Long amountFen, Integer persons, String stamp, String error) {
      long[] t = sums.computeIfAbsent(new Key(scenario, month, scheme, region), k -> new long[4]);
      if (error != null) {
        t[3]++;
      } else if ("ELIGIBLE".equals(outcome)) {
        t[0]++;
        t[1] += persons;
        t[2] = Math.addExact(t[2], amountFen);
      }
    }

    Iterator<Row> rows() {
      List<Row> rows = new ArrayList<>(sums.size());
      sums.forEach((k, t) -> rows.add(RowFactory.create(k.scenario(), k.month(), k.scheme(), k.region(), t[0], t[1],
          t[2], t[3])));
      return rows.iterator();
    }
  }

  /** One partition's households, read one at a time; in results mode, also the iterator of result rows. */
  private final class Pass implements Iterator<Row> {
    private final Iterator<Row> input;
    private final BenefitCalculator[] calculators = Calculators.of(plan);
    private final List<YearMonth> months = plan.months();
    private final String[] monthText = months.stream().map(YearMonth::toString).toArray(String[]::new);
    private final ArrayDeque<Row> out = new ArrayDeque<>();
    private Sink sink = (scenario, month, household, region, scheme, beneficiary, outcome, amountFen, persons, stamp,
        error) -> out.add(RowFactory.create(scenario, month, household, region, scheme, beneficiary, outcome,
            amountFen, persons, stamp, error));
    private Row lookahead; // the next person row, for a person table

    Pass(Iterator<Row> input) {
      this.input = input;
    }

    /** Reads and calculates the next household into the sink; false if there is none. */
    boolean readNext() {
      if (lookahead == null && !input.hasNext()) {
        return false;
      }
      if (plan.personTable()) {
        personRows();
      } else {
        jsonRow(input.next());
      }
      return true;
    }

    @Override
    public boolean hasNext() {
      while (out.isEmpty() && readNext()) {
        // read until a household gives a row
      }
      return !out.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.poll();
    }

    private void jsonRow(Row row) {
      String json = row.isNullAt(0) ? null : row.getString(0);
      if (json == null) {
        error(null, null, "the household column is null");
        return;
      }
      Household h;
      try {
        h = MinzhengJson.mapper().readValue(json, Household.class);
      } catch (IOException | RuntimeException e) {
        error(idOf(json), null, "the household JSON is invalid: " + e.getMessage());
        return;
      }
      TemporaryAssistanceCase c = null;
      if (plan.columns().length > 1 && !row.isNullAt(1)) {
        try {
          c = MinzhengJson.mapper().readValue(row.getString(1), TemporaryAssistanceCase.class);
        } catch (IOException | RuntimeException e) {
          error(h.id().value(), h.region().code(), "the temporary-assistance case JSON is invalid: "
              + e.getMessage());
        }
      }
      calculate(h, c);
    }

    private void personRows() {
      int idAt = plan.columns()[HouseholdCsv.COLUMNS.indexOf("household_id")];
      List<String[]> rows = new ArrayList<>();
      Row first = lookahead != null ? lookahead : input.next();
      lookahead = null;
      String id = text(first.get(idAt));
      rows.add(cells(first));
      while (input.hasNext()) {
        Row r = input.next();
        if (id.equals(text(r.get(idAt)))) {
          rows.add(cells(r));
        } else {
          lookahead = r;
          break;
        }
      }
      Household h;
      try {
        h = HouseholdCsv.household(rows, "households table, household " + id, 1);
      } catch (MinzhengException | IllegalArgumentException e) {
        error(id.isEmpty() ? null : id, null, e.getMessage());
        return;
      }
      calculate(h, null);
    }

    private String[] cells(Row r) {
      int[] at = plan.columns();
      String[] cells = new String[at.length];
      for (int i = 0; i < at.length; i++) {
        cells[i] = at[i] < 0 ? "" : text(r.get(at[i]));
      }
      return cells;
    }

    private void calculate(Household h, TemporaryAssistanceCase c) {
      String id = h.id().value();
      String region = h.region().code();
      for (int s = 0; s < calculators.length; s++) {
        String scenario = plan.scenarios().get(s).name();
        for (int m = 0; m < monthText.length; m++) {
          HouseholdResult r;
          try {
            r = calculators[s].calculate(h, months.get(m));
          } catch (MinzhengException | IllegalArgumentException e) {
            sink.add(scenario, monthText[m], id, region, null, null, null, null, null, null, e.getMessage());
            continue;
          }
          String stamp = r.stamp().parameterHash();
          int counted = -1;
          for (SchemeResult x : r.results()) {
            int persons = 1;
            if (x.beneficiary().kind() == Beneficiary.Kind.HOUSEHOLD) {
              counted = counted < 0 ? householdPersons(h, r, months.get(m)) : counted;
              persons = counted;
            }
            result(scenario, monthText[m], id, region, x, persons, stamp);
          }
        }
        if (c != null && !c.approvalDate().isBefore(plan.from().atDay(1))
            && !c.approvalDate().isAfter(plan.to().atEndOfMonth())) {
          try {
            SchemeResult x = calculators[s].calculate(c);
            result(scenario, x.month().toString(), id, c.region().code(), x, c.persons(),
                calculators[s].stamp(c).parameterHash());
          } catch (MinzhengException | IllegalArgumentException e) {
            sink.add(scenario, YearMonth.from(c.approvalDate()).toString(), id, c.region().code(),
                Scheme.TEMPORARY_ASSISTANCE.name(), "CASE:" + c.id(), null, null, null, null, e.getMessage());
          }
        }
      }
    }

    private void error(String household, String region, String problem) {
      sink.add(null, null, household, region, null, null, null, null, null, null, problem);
    }

    private void result(String scenario, String month, String household, String region, SchemeResult x,
        int persons, String stamp) {
      sink.add(scenario, month, household, region, x.scheme().name(), x.beneficiary().toString(),
          x.outcome().name(), x.amount().map(a -> a.fen()).orElse(null), persons, stamp, null);
    }
  }

  /**
   * Persons a household benefit covers, as a payout run counts them (rules.md §1): the members who
   * count in the month, less those supported as extreme-poverty persons, at least 1.
   */
  static int householdPersons(Household h, HouseholdResult r, YearMonth month) {
    int n = 0;
    for (Person p : h.members()) {
      if (p.countsIn(month)) {
        n++;
      }
    }
    for (SchemeResult x : r.results()) {
      if (x.scheme() == Scheme.EXTREME_POVERTY && x.isEligible() && x.beneficiary().kind() == Beneficiary.Kind.PERSON
          && h.members().stream().anyMatch(p -> p.id().value().equals(x.beneficiary().id()) && p.countsIn(month))) {
        n--;
      }
    }
    return Math.max(1, n);
  }

  /** A cell as text: numbers in plain notation, dates ISO, null empty. */
  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return cell.toString();
  }

  /** The {@code id} of household JSON that did not read, if the text is JSON at all. */
  private static String idOf(String json) {
    try {
      JsonNode id = MinzhengJson.mapper().readTree(json).get("id");
      return id != null && id.isTextual() ? id.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
