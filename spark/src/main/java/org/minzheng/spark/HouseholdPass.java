package org.minzheng.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

  HouseholdPass(Plan plan) {
    this.plan = plan;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    BenefitCalculator[] calculators = Calculators.of(plan);
    List<YearMonth> months = plan.months();
    String[] monthText = months.stream().map(YearMonth::toString).toArray(String[]::new);
    return new Iterator<>() {
      private final ArrayDeque<Row> out = new ArrayDeque<>();
      private Row lookahead; // the next person row, for a person table

      @Override
      public boolean hasNext() {
        while (out.isEmpty() && (lookahead != null || input.hasNext())) {
          if (plan.personTable()) {
            personRows();
          } else {
            jsonRow(input.next());
          }
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
          out.add(error(null, null, "the household column is null"));
          return;
        }
        Household h;
        try {
          h = MinzhengJson.mapper().readValue(json, Household.class);
        } catch (IOException | RuntimeException e) {
          out.add(error(idOf(json), null, "the household JSON is invalid: " + e.getMessage()));
          return;
        }
        TemporaryAssistanceCase c = null;
        if (plan.columns().length > 1 && !row.isNullAt(1)) {
          try {
            c = MinzhengJson.mapper().readValue(row.getString(1), TemporaryAssistanceCase.class);
          } catch (IOException | RuntimeException e) {
            out.add(error(h.id().value(), h.region().code(), "the temporary-assistance case JSON is invalid: "
                + e.getMessage()));
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
          out.add(error(id.isEmpty() ? null : id, null, e.getMessage()));
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
              out.add(RowFactory.create(scenario, monthText[m], id, region, null, null, null, null, null, null,
                  e.getMessage()));
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
              out.add(row(scenario, monthText[m], id, region, x, persons, stamp));
            }
          }
          if (c != null && !c.approvalDate().isBefore(plan.from().atDay(1))
              && !c.approvalDate().isAfter(plan.to().atEndOfMonth())) {
            try {
              SchemeResult x = calculators[s].calculate(c);
              out.add(row(scenario, x.month().toString(), id, c.region().code(), x, c.persons(),
                  calculators[s].stamp(c).parameterHash()));
            } catch (MinzhengException | IllegalArgumentException e) {
              out.add(RowFactory.create(scenario, YearMonth.from(c.approvalDate()).toString(), id, c.region().code(),
                  Scheme.TEMPORARY_ASSISTANCE.name(), "CASE:" + c.id(), null, null, null, null, e.getMessage()));
            }
          }
        }
      }

      private Row error(String household, String region, String problem) {
        return RowFactory.create(null, null, household, region, null, null, null, null, null, null, problem);
      }
    };
  }

  private static Row row(String scenario, String month, String household, String region, SchemeResult x, int persons,
      String stamp) {
    return RowFactory.create(scenario, month, household, region, x.scheme().name(), x.beneficiary().toString(),
        x.outcome().name(), x.amount().map(a -> a.fen()).orElse(null), persons, stamp, null);
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
