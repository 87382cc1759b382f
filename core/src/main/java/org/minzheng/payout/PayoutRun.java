package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.minzheng.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * Turns entitlements into payout lines and records them in a {@link Ledger}, one run at a time.
 *
 * <p>{@link #pay} makes the monthly run: for each enrolled household of a stream it calculates the
 * month (once, and only if an enrollment is active that month) and produces a
 * {@link PayoutKind#REGULAR} line for each enrolled (scheme, beneficiary) pair whose result is
 * {@code ELIGIBLE} (0.00 included: the pair is still a recipient). Nothing is paid for an
 * {@code INELIGIBLE} or {@code UNDETERMINED} result, for a month outside the enrollment, or for a
 * person who died before the month (payment stops from the month after death, as it stops from the
 * month after the enrollment's last month). Centralized extreme-poverty support is paid to the
 * institution the result names as payee.
 *
 * <p>{@link #recompute} recalculates a past month (with, say, a registry whose standard was raised
 * retroactively) and, per pair, compares the new amount with the net the ledger has recorded for
 * that month: a rise gives a {@link PayoutKind#BACK_PAY} line for exactly the difference, a fall a
 * {@link PayoutKind#RECOVERY} line (negative), no change nothing. A pair that is now ineligible is
 * counted as {@link RunSummary#needsReview()}, not recovered automatically.
 *
 * <p>A run is atomic: it writes inside one ledger transaction and commits at the end; an exception
 * from the calculation, the sink or the ledger aborts it, so nothing of it is recorded. Households
 * are read one at a time from the {@code Iterable}, so a run over a million households holds one
 * household at a time plus the ledger's key index.
 *
 * <pre>{@code
 * PayoutRun run = PayoutRun.of(calculator);
 * try (FileLedger ledger = FileLedger.open(Path.of("payouts.ledger"))) {
 *   RunSummary s = run.pay(YearMonth.of(2020, 1), enrolledHouseholds, ledger);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe if its calculation is.
 *
 * @since 0.1
 */
public final class PayoutRun {
  private final HouseholdCalculation calculation;

  /**
   * What a run calls for each household: normally {@link BenefitCalculator#calculate(Household, YearMonth)}.
   *
   * @since 0.1
   */
  @FunctionalInterface
  public interface HouseholdCalculation {
    /**
     * @param household the household, not null
     * @param month the month, not null
     * @return every scheme's result for the household and month
     */
    HouseholdResult calculate(Household household, YearMonth month);
  }

  private PayoutRun(HouseholdCalculation calculation) {
    this.calculation = calculation;
  }

  /**
   * @param calculator the calculator, not null
   * @return a run that calculates with {@code calculator}
   */
  public static PayoutRun of(BenefitCalculator calculator) {
    requireNonNull(calculator, "calculator");
    return new PayoutRun(calculator::calculate);
  }

  /**
   * @param calculation what to call for each household (a calculator, or a wrapper around one), not null
   * @return a run that calculates with {@code calculation}
   */
  public static PayoutRun of(HouseholdCalculation calculation) {
    return new PayoutRun(requireNonNull(calculation, "calculation"));
  }

  /**
   * Makes and records the monthly run of {@code month}.
   *
   * @param month the benefit month, not null
   * @param households the enrolled households, read once, not null
   * @param ledger the ledger, not null
   * @return what the run did
   * @throws IllegalStateException if the ledger has a transaction open
   * @throws RuntimeException whatever the calculation or ledger throws; nothing of the run is then recorded
   */
  public RunSummary pay(YearMonth month, Iterable<EnrolledHousehold> households, Ledger ledger) {
    return pay(month, households, ledger, l -> { });
  }

  /**
   * Makes and records the monthly run of {@code month}, handing each newly recorded line to
   * {@code sink} as it is added (before the run commits: if the run fails, discard what the sink got).
   *
   * @param month the benefit month, not null
   * @param households the enrolled households, read once, not null
   * @param ledger the ledger, not null
   * @param sink receives each line new to the ledger, not null
   * @return what the run did
   * @throws IllegalStateException if the ledger has a transaction open
   * @throws RuntimeException whatever the calculation, the sink or the ledger throws; nothing of the run is then recorded
   */
  public RunSummary pay(YearMonth month, Iterable<EnrolledHousehold> households, Ledger ledger,
      Consumer<? super PayoutLine> sink) {
    requireNonNull(month, "month");
    return execute(new RunHeader(RunKind.REGULAR, month, month), households, ledger, sink, null);
  }

  /**
   * Recalculates a past month and records back pay and recoveries for the differences with what the
   * ledger has recorded for it.
   *
   * @param period the benefit month to correct, not null
   * @param runMonth the month the corrections are paid in, not before {@code period}, not null
   * @param households the enrolled households to recalculate, read once, not null
   * @param ledger the ledger, not null
   * @return what the run did
   * @throws IllegalStateException if the ledger has no regular run for {@code period} (pay it first) or a transaction open
   * @throws IllegalArgumentException if {@code runMonth} is before {@code period}
   * @throws RuntimeException whatever the calculation or ledger throws; nothing of the run is then recorded
   */
  public RunSummary recompute(YearMonth period, YearMonth runMonth, Iterable<EnrolledHousehold> households, Ledger ledger) {
    return recompute(period, runMonth, households, ledger, l -> { });
  }

  /**
   * As {@link #recompute(YearMonth, YearMonth, Iterable, Ledger)}, handing each new line to {@code sink}.
   *
   * @param period the benefit month to correct, not null
   * @param runMonth the month the corrections are paid in, not null
   * @param households the enrolled households to recalculate, read once, not null
   * @param ledger the ledger, not null
   * @param sink receives each line new to the ledger, not null
   * @return what the run did
   * @throws IllegalStateException if the ledger has no regular run for {@code period} or a transaction open
   */
  public RunSummary recompute(YearMonth period, YearMonth runMonth, Iterable<EnrolledHousehold> households, Ledger ledger,
      Consumer<? super PayoutLine> sink) {
    requireNonNull(period, "period");
    requireNonNull(ledger, "ledger");
    RunHeader header = new RunHeader(RunKind.RECOMPUTE, period, requireNonNull(runMonth, "runMonth"));
    checkState(ledger.hasRegularRun(period), "ledger has no regular run for %s to correct; pay the month first", period);
    return execute(header, households, ledger, sink, ledger.paidFor(period));
  }

  private RunSummary execute(RunHeader header, Iterable<EnrolledHousehold> households, Ledger ledger,
      Consumer<? super PayoutLine> sink, PaidAmounts paid) {
    requireNonNull(households, "households");
    requireNonNull(ledger, "ledger");
    requireNonNull(sink, "sink");
    YearMonth month = header.period();
    Counts c = new Counts();
    try (Ledger.Transaction tx = ledger.begin(header)) {
      for (EnrolledHousehold eh : households) {
        c.households++;
        List<Enrollment> enrollments = eh.enrollments();
        boolean any = false;
        for (Enrollment e : enrollments) {
          if (e.isActiveIn(month)) {
            any = true;
            break;
          }
        }
        if (!any) {
          continue;
        }
        Household h = eh.household();
        HouseholdResult r = calculation.calculate(h, month);
        c.calculated++;
        for (Enrollment e : enrollments) {
          if (!e.isActiveIn(month)) {
            continue;
          }
          PayoutLine line = paid == null ? regularLine(header, h, r, e, c) : correctionLine(header, h, r, e, paid, c);
          if (line == null) {
            continue;
          }
          c.produced++;
          if (tx.add(line)) {
            c.recorded++;
            c.fen = Math.addExact(c.fen, line.amount().fen());
            sink.accept(line);
          } else {
            c.duplicates++;
          }
        }
      }
      Optional<RecordedRun> recorded = tx.commit();
      return new RunSummary(header, c.households, c.calculated, c.produced, c.recorded, c.duplicates, c.ineligible,
          c.undetermined, c.unmatched, c.needsReview, Money.ofFen(c.fen), recorded);
    }
  }

  private static final class Counts {
    long households;
    long calculated;
    long produced;
    long recorded;
    long duplicates;
    long ineligible;
    long undetermined;
    long unmatched;
    long needsReview;
    long fen;
  }

  /** The result for the enrollment's pair, or null (counted) if it is not payable. */
  private static SchemeResult payable(Household h, YearMonth month, HouseholdResult r, Enrollment e, Counts c) {
    Beneficiary b = e.beneficiary();
    if (b.kind() == Beneficiary.Kind.PERSON) {
      Person p = member(h, b.id());
      if (p == null) {
        c.unmatched++;
        return null;
      }
      if (!p.countsIn(month)) { // died before the month (or not yet born): nothing from the month after death
        c.ineligible++;
        return null;
      }
    }
    SchemeResult s = find(r, e.scheme(), b);
    if (s == null) {
      c.unmatched++;
      return null;
    }
    return s;
  }

  private static PayoutLine regularLine(RunHeader header, Household h, HouseholdResult r, Enrollment e, Counts c) {
    SchemeResult s = payable(h, header.period(), r, e, c);
    if (s == null) {
      return null;
    }
    if (s.outcome() != Outcome.ELIGIBLE) {
      if (s.outcome() == Outcome.INELIGIBLE) {
        c.ineligible++;
      } else {
        c.undetermined++;
      }
      return null;
    }
    return new PayoutLine(header.runMonth(), header.period(), e.scheme(), e.beneficiary(), s.payee().orElseThrow(),
        h.id(), h.region(), PayoutKind.REGULAR, s.amount().orElseThrow(), persons(h, r, s), r.stamp());
  }

  private static PayoutLine correctionLine(RunHeader header, Household h, HouseholdResult r, Enrollment e,
      PaidAmounts paid, Counts c) {
    SchemeResult s = payable(h, header.period(), r, e, c);
    if (s == null) {
      return null;
    }
    if (s.outcome() == Outcome.UNDETERMINED) {
      c.undetermined++;
      return null;
    }
    Money before = paid.paid(e.scheme(), e.beneficiary());
    if (s.outcome() == Outcome.INELIGIBLE) {
      c.ineligible++;
      if (!before.isZero()) {
        c.needsReview++;
      }
      return null;
    }
    Money diff = s.amount().orElseThrow().minus(before);
    if (diff.isZero()) {
      return null;
    }
    PayoutKind kind = diff.isPositive() ? PayoutKind.BACK_PAY : PayoutKind.RECOVERY;
    return new PayoutLine(header.runMonth(), header.period(), e.scheme(), e.beneficiary(), s.payee().orElseThrow(),
        h.id(), h.region(), kind, diff, persons(h, r, s), r.stamp());
  }

  private static Person member(Household h, String residentId) {
    for (Person p : h.members()) {
      if (p.id().value().equals(residentId)) {
        return p;
      }
    }
    return null;
  }

  private static SchemeResult find(HouseholdResult r, Scheme scheme, Beneficiary b) {
    for (SchemeResult s : r.results()) {
      if (s.scheme() == scheme && s.beneficiary().equals(b)) {
        return s;
      }
    }
    return null;
  }

  /**
   * Persons a payment covers: for a household beneficiary (dibao) the members counted in the month,
   * less those supported as extreme-poverty persons (rules.md §1), at least 1; otherwise 1.
   */
  private static int persons(Household h, HouseholdResult r, SchemeResult s) {
    if (s.beneficiary().kind() != Beneficiary.Kind.HOUSEHOLD) {
      return 1;
    }
    int n = 0;
    for (Person p : h.members()) {
      if (!p.countsIn(r.month())) {
        continue;
      }
      SchemeResult ep = find(r, Scheme.EXTREME_POVERTY, Beneficiary.person(p.id().value()));
      if (ep == null || !ep.isEligible()) {
        n++;
      }
    }
    return Math.max(1, n);
  }

  @Override
  public String toString() {
    return "PayoutRun[" + calculation + "]";
  }
}
