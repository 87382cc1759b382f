package org.minzheng.examples;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * Costs a reform: each household (with the temporary-assistance cases approved in the month) is
 * calculated under the baseline and under the reform for one month, and the entitlements are compared,
 * per scheme and county, and per household.
 *
 * <pre>{@code
 * StandardsRegistry baseline = StandardsRegistry.loadInstalled();
 * StandardsRegistry reform = ReformOverlay.read("urban-600.json", bytes).applyTo(baseline);
 * ReformCosting costing = ReformCosting.of(BenefitCalculator.builder(baseline).build(),
 *     BenefitCalculator.builder(reform).build(), YearMonth.of(2020, 9));
 * households.forEach(costing::add);
 * ReformCosting.Result r = costing.result();
 * }</pre>
 *
 * <p>Amounts are the month's entitlements (eligible results), not payments: enrollment plays no part.
 * Not thread-safe.
 *
 * @since 0.1
 */
public final class ReformCosting {
  private final BenefitCalculator baseline;
  private final BenefitCalculator reform;
  private final YearMonth month;
  private final Map<Key, long[]> cells = new TreeMap<>();
  private long households;
  private long gaining;
  private long losing;
  private long newlyEligibleHouseholds;

  private record Key(Scheme scheme, RegionCode region) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = scheme.compareTo(o.scheme);
      return c != 0 ? c : region.compareTo(o.region);
    }
  }

  // cell indices
  private static final int BASE_RECIPIENTS = 0;
  private static final int REFORM_RECIPIENTS = 1;
  private static final int BASE_FEN = 2;
  private static final int REFORM_FEN = 3;
  private static final int NEWLY = 4;
  private static final int NO_LONGER = 5;

  private ReformCosting(BenefitCalculator baseline, BenefitCalculator reform, YearMonth month) {
    this.baseline = requireNonNull(baseline, "baseline");
    this.reform = requireNonNull(reform, "reform");
    this.month = requireNonNull(month, "month");
  }

  /**
   * @param baseline calculates with the adopted standards, not null
   * @param reform calculates with the reform, not null
   * @param month the month costed, not null
   * @return an empty costing
   */
  public static ReformCosting of(BenefitCalculator baseline, BenefitCalculator reform, YearMonth month) {
    return new ReformCosting(baseline, reform, month);
  }

  /**
   * Calculates one household under both standards and adds the difference.
   *
   * @param household the household, not null
   * @throws org.minzheng.household.InvalidInputException if the household cannot be calculated
   */
  public void add(Household household) {
    add(household, List.of());
  }

  /**
   * Calculates one household and its temporary-assistance cases under both standards and adds the
   * difference. Temporary assistance is one-off: pass the cases approved in the costed month (their
   * amount follows the dibao standard in force on the approval date, rules.md §3); whether the
   * household gains or loses is judged on the monthly entitlements and these cases together.
   *
   * @param household the household, not null
   * @param cases the household's temporary-assistance cases to cost, not null, possibly empty
   * @throws org.minzheng.household.InvalidInputException if the household cannot be calculated
   */
  public void add(Household household, List<TemporaryAssistanceCase> cases) {
    requireNonNull(cases, "cases");
    HouseholdResult b = baseline.calculate(household, month);
    HouseholdResult r = reform.calculate(household, month);
    Map<String, SchemeResult> before = new HashMap<>();
    for (SchemeResult s : b.results()) {
      before.put(s.scheme() + "|" + s.beneficiary(), s);
    }
    List<SchemeResult> afterResults = new ArrayList<>(r.results());
    Money baseTotal = b.total();
    Money reformTotal = r.total();
    for (TemporaryAssistanceCase c : cases) { // a case's beneficiary is the case itself (CASE:id)
      SchemeResult cb = baseline.calculate(c);
      SchemeResult cr = reform.calculate(c);
      before.put(cb.scheme() + "|" + cb.beneficiary(), cb);
      afterResults.add(cr);
      baseTotal = baseTotal.plus(cb.amountOrZero());
      reformTotal = reformTotal.plus(cr.amountOrZero());
    }
    households++;
    int cmp = reformTotal.compareTo(baseTotal);
    if (cmp > 0) {
      gaining++;
    } else if (cmp < 0) {
      losing++;
    }
    boolean newly = false;
    for (SchemeResult after : afterResults) {
      SchemeResult prior = before.remove(after.scheme() + "|" + after.beneficiary());
      long[] c = cells.computeIfAbsent(new Key(after.scheme(), household.region()), k -> new long[6]);
      boolean wasEligible = prior != null && prior.isEligible();
      if (wasEligible) {
        c[BASE_RECIPIENTS]++;
        c[BASE_FEN] = Math.addExact(c[BASE_FEN], prior.amountOrZero().fen());
      }
      if (after.isEligible()) {
        c[REFORM_RECIPIENTS]++;
        c[REFORM_FEN] = Math.addExact(c[REFORM_FEN], after.amountOrZero().fen());
        if (!wasEligible) {
          c[NEWLY]++;
          newly = true;
        }
      } else if (wasEligible) {
        c[NO_LONGER]++;
      }
    }
    for (SchemeResult gone : before.values()) { // a result the reform no longer gives at all
      if (gone.isEligible()) {
        long[] c = cells.computeIfAbsent(new Key(gone.scheme(), household.region()), k -> new long[6]);
        c[BASE_RECIPIENTS]++;
        c[BASE_FEN] = Math.addExact(c[BASE_FEN], gone.amountOrZero().fen());
        c[NO_LONGER]++;
      }
    }
    if (newly) {
      newlyEligibleHouseholds++;
    }
  }

  /** @return the comparison so far */
  public Result result() {
    List<Line> lines = new ArrayList<>();
    cells.forEach((k, c) -> lines.add(new Line(k.scheme(), k.region(), c[BASE_RECIPIENTS], c[REFORM_RECIPIENTS],
        Money.ofFen(c[BASE_FEN]), Money.ofFen(c[REFORM_FEN]), c[NEWLY], c[NO_LONGER])));
    return new Result(month, lines, households, gaining, losing, households - gaining - losing, newlyEligibleHouseholds);
  }

  /**
   * One scheme in one county.
   *
   * @param scheme the scheme, not null
   * @param region the county, not null
   * @param baselineRecipients eligible beneficiaries under the baseline
   * @param reformRecipients eligible beneficiaries under the reform
   * @param baselineAmount the month's entitlements under the baseline, not null
   * @param reformAmount the month's entitlements under the reform, not null
   * @param newlyEligible beneficiaries eligible under the reform only
   * @param noLongerEligible beneficiaries eligible under the baseline only
   * @since 0.1
   */
  public record Line(Scheme scheme, RegionCode region, long baselineRecipients, long reformRecipients,
      Money baselineAmount, Money reformAmount, long newlyEligible, long noLongerEligible) {
    /** @return reform minus baseline */
    public Money difference() {
      return reformAmount.minus(baselineAmount);
    }
  }

  /**
   * The comparison.
   *
   * @param month the month costed, not null
   * @param lines per scheme and county, in scheme then region order
   * @param households households calculated
   * @param gaining households whose total entitlement rises
   * @param losing households whose total entitlement falls
   * @param unchanged households whose total is the same
   * @param newlyEligible households with at least one beneficiary eligible under the reform only
   * @since 0.1
   */
  public record Result(YearMonth month, List<Line> lines, long households, long gaining, long losing, long unchanged,
      long newlyEligible) {
    /** Copies the list. */
    public Result {
      lines = List.copyOf(lines);
    }

    /**
     * @param scheme a scheme, not null
     * @return the scheme's lines summed over every county, labelled with the first county's city
     */
    public Line total(Scheme scheme) {
      long br = 0;
      long rr = 0;
      Money ba = Money.ZERO;
      Money ra = Money.ZERO;
      long n = 0;
      long x = 0;
      RegionCode region = null;
      for (Line l : lines) {
        if (l.scheme() == scheme) {
          br += l.baselineRecipients();
          rr += l.reformRecipients();
          ba = ba.plus(l.baselineAmount());
          ra = ra.plus(l.reformAmount());
          n += l.newlyEligible();
          x += l.noLongerEligible();
          region = region == null ? l.region().parent().orElse(l.region()) : region;
        }
      }
      return new Line(scheme, region == null ? RegionCode.of("410400") : region, br, rr, ba, ra, n, x);
    }

    /** @return the baseline total over every scheme and county */
    public Money baselineTotal() {
      return lines.stream().map(Line::baselineAmount).reduce(Money.ZERO, Money::plus);
    }

    /** @return the reform total over every scheme and county */
    public Money reformTotal() {
      return lines.stream().map(Line::reformAmount).reduce(Money.ZERO, Money::plus);
    }
  }
}
