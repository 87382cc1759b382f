package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.minzheng.scheme.BatchError;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
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
 * <p>{@link #payCases} pays approved temporary-assistance cases as {@link PayoutKind#ONE_OFF} lines,
 * idempotent by case id.
 *
 * <p>A run is atomic: it writes inside one ledger transaction and commits at the end; an exception
 * from the calculation, the sink or the ledger aborts it, so nothing of it is recorded. Households
 * are read one at a time from the {@code Iterable}, so a run over a million households holds one
 * household at a time plus the ledger's key index. A run made {@link #of(BenefitCalculator) from a
 * calculator} calculates through {@link BenefitCalculator#calculateEach}, resolving the standards
 * once per region; a regular run uses its payout form ({@link BenefitCalculator.PayoutSink}), which
 * records no explanation (lines keep none) and makes no result object for an ineligible outcome, and a
 * recomputation its object form (with batch explanations as the calculator was built).
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
  private final BenefitCalculator calculator; // null for a run made from a HouseholdCalculation

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

  private PayoutRun(HouseholdCalculation calculation, BenefitCalculator calculator) {
    this.calculation = calculation;
    this.calculator = calculator;
  }

  /**
   * @param calculator the calculator, not null
   * @return a run that calculates with {@code calculator}
   */
  public static PayoutRun of(BenefitCalculator calculator) {
    requireNonNull(calculator, "calculator");
    return new PayoutRun(calculator::calculate, calculator);
  }

  /**
   * @param calculation what to call for each household (a calculator, or a wrapper around one), not null
   * @return a run that calculates with {@code calculation}
   */
  public static PayoutRun of(HouseholdCalculation calculation) {
    return new PayoutRun(requireNonNull(calculation, "calculation"), null);
  }

  /**
   * Makes and records the monthly run of {@code month}.
   *
   * @param month the benefit month, not null
   * @param households the enrolled households, read once, not null
   * @param ledger the ledger, not null
   * @return what the run did
   * @throws IllegalStateException if the ledger has a transaction open
   * @throws DuplicatePayoutException if the households would pay one beneficiary twice for a scheme
   *     (a household listed twice, a person in two households); nothing of the run is then recorded
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

  /**
   * Pays approved temporary-assistance cases (临时救助, rules.md §3): one {@link PayoutKind#ONE_OFF}
   * line per case, to the case's household, for the persons the case names. The line's beneficiary is
   * the case ({@code CASE:id}), so its idempotency key depends only on the case id and its approval
   * month: paying the same cases again records nothing new. The stamp is the one
   * {@link BenefitCalculator#stamp(TemporaryAssistanceCase)} gives for the case.
   *
   * @param month the run month; every case must be approved in it, not null
   * @param cases the approved cases, read once, not null
   * @param ledger the ledger, not null
   * @return what the run did; its households and calculated counts are cases read and calculated
   * @throws IllegalStateException if this run was made from a {@link HouseholdCalculation} (it cannot
   *     calculate cases) or the ledger has a transaction open
   * @throws IllegalArgumentException if a case is approved in another month; nothing of the run is then recorded
   * @throws RuntimeException whatever the calculation or ledger throws; nothing of the run is then recorded
   * @since 0.1
   */
  public RunSummary payCases(YearMonth month, Iterable<TemporaryAssistanceCase> cases, Ledger ledger) {
    return payCases(month, cases, ledger, l -> { });
  }

  /**
   * As {@link #payCases(YearMonth, Iterable, Ledger)}, handing each new line to {@code sink}.
   *
   * @param month the run month; every case must be approved in it, not null
   * @param cases the approved cases, read once, not null
   * @param ledger the ledger, not null
   * @param sink receives each line new to the ledger, not null
   * @return what the run did
   * @throws IllegalStateException if this run was made from a {@link HouseholdCalculation} or the ledger has a transaction open
   * @throws IllegalArgumentException if a case is approved in another month
   * @since 0.1
   */
  public RunSummary payCases(YearMonth month, Iterable<TemporaryAssistanceCase> cases, Ledger ledger,
      Consumer<? super PayoutLine> sink) {
    requireNonNull(month, "month");
    requireNonNull(cases, "cases");
    requireNonNull(ledger, "ledger");
    requireNonNull(sink, "sink");
    checkState(calculator != null, "this payout run calculates with %s, which cannot calculate temporary-assistance cases;"
        + " make it with PayoutRun.of(BenefitCalculator)", calculation);
    RunHeader header = new RunHeader(RunKind.ONE_OFF, month, month);
    Counts c = new Counts();
    Map<CaseStampKey, Stamp> stamps = new HashMap<>();
    try (Ledger.Transaction tx = ledger.begin(header)) {
      for (TemporaryAssistanceCase k : cases) {
        c.households++;
        checkArgument(YearMonth.from(k.approvalDate()).equals(month),
            "temporary-assistance case %s: approvalDate %s is not in the run month %s", k.id(), k.approvalDate(), month);
        SchemeResult s = calculator.calculate(k);
        c.calculated++;
        if (s.outcome() != Outcome.ELIGIBLE) {
          if (s.outcome() == Outcome.INELIGIBLE) {
            c.ineligible++;
          } else {
            c.undetermined++;
          }
          continue;
        }
        // the stamp depends on the standards in force on the approval day and the residence type only
        Stamp stamp = stamps.computeIfAbsent(new CaseStampKey(k.region(), k.approvalDate(), k.residenceType()),
            x -> calculator.stamp(k));
        record(new PayoutLine(month, month, Scheme.TEMPORARY_ASSISTANCE, s.beneficiary(), s.payee().orElseThrow(),
            k.householdId(), k.region(), PayoutKind.ONE_OFF, s.amount().orElseThrow(), k.persons(), stamp), tx, sink, c);
      }
      return c.summary(header, tx.commit());
    }
  }

  private record CaseStampKey(RegionCode region, LocalDate date, ResidenceType residenceType) {}

  private RunSummary execute(RunHeader header, Iterable<EnrolledHousehold> households, Ledger ledger,
      Consumer<? super PayoutLine> sink, PaidAmounts paid) {
    requireNonNull(households, "households");
    requireNonNull(ledger, "ledger");
    requireNonNull(sink, "sink");
    YearMonth month = header.period();
    Counts c = new Counts();
    try (Ledger.Transaction tx = ledger.begin(header)) {
      Pass pass = new Pass(header, tx, sink, paid, c);
      if (calculator != null) {
        streamed(month, households, pass);
      } else {
        for (EnrolledHousehold eh : households) {
          c.households++;
          if (anyActive(eh, month)) {
            pass.handle(eh, calculation.calculate(eh.household(), month));
          }
        }
      }
      return c.summary(header, tx.commit());
    }
  }

  private static boolean anyActive(EnrolledHousehold eh, YearMonth month) {
    for (Enrollment e : eh.enrollments()) {
      if (e.isActiveIn(month)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Calculates through {@link BenefitCalculator#calculateEach}, which resolves the standards once per
   * region and reuses its scratch state for the whole run instead of once per household. Its results
   * come back in input order, one per household handed out; a household it reports as an error is
   * calculated again on its own, so the run fails with the very exception a single calculation throws.
   */
  private void streamed(YearMonth month, Iterable<EnrolledHousehold> households, Pass pass) {
    ArrayDeque<EnrolledHousehold> handedOut = new ArrayDeque<>(4);
    Iterable<Household> active = Selected.of(households, eh -> {
      pass.c.households++;
      return anyActive(eh, month);
    }, handedOut);
    try {
      if (pass.paid == null) {
        regular(month, active, handedOut, pass);
        return;
      }
      calculator.calculateEach(active, month, new BenefitCalculator.BatchSink() {
        @Override
        public void result(HouseholdResult result) {
          try {
            pass.handle(handedOut.remove(), result);
          } catch (RuntimeException e) {
            throw new Escape(e); // past the calculator's own catch of IllegalArgumentException
          }
        }

        @Override
        public void error(BatchError error) {
          failed(handedOut.remove(), month, error);
        }
      });
    } catch (Escape e) {
      throw (RuntimeException) e.getCause();
    }
  }

  /**
   * A regular run through the payout form ({@link BenefitCalculator.PayoutSink}): each result arrives
   * as primitives into the pass's scratch arrays, so an ineligible outcome allocates nothing.
   */
  private void regular(YearMonth month, Iterable<Household> active, ArrayDeque<EnrolledHousehold> handedOut, Pass pass) {
    calculator.calculateEach(active, month, new BenefitCalculator.PayoutSink() {
      @Override
      public void result(int household, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee,
          int persons) {
        pass.add(scheme, beneficiary, outcome, fen, payee, persons);
      }

      @Override
      public void householdDone(int household, String householdId, Stamp stamp) {
        try {
          pass.handleLoaded(handedOut.remove(), stamp);
        } catch (RuntimeException e) {
          throw new Escape(e); // past the calculator's own catch of IllegalArgumentException
        }
      }

      @Override
      public void error(BatchError error) {
        failed(handedOut.remove(), month, error);
      }
    });
  }

  /** Fails the run with the very exception a single calculation of the household throws. */
  private void failed(EnrolledHousehold eh, YearMonth month, BatchError error) {
    RuntimeException thrown;
    try {
      calculator.calculate(eh.household(), month);
      thrown = new IllegalStateException("household " + error.householdId() + " could not be calculated for " + month
          + ": " + String.join("; ", error.problems()));
    } catch (org.minzheng.standard.MinzhengException | IllegalArgumentException e) {
      thrown = e;
    } catch (RuntimeException e) {
      // an overflow or a defect: stop the run with the household's error, never a bare ArithmeticException
      thrown = new org.minzheng.household.InvalidInputException(error.problems());
    }
    throw new Escape(thrown);
  }

  /** Carries an exception of the run through {@link BenefitCalculator#calculateEach}. */
  private static final class Escape extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Escape(RuntimeException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private static void record(PayoutLine line, Ledger.Transaction tx, Consumer<? super PayoutLine> sink, Counts c) {
    c.produced++;
    if (tx.add(line)) {
      c.recorded++;
      c.fen = Math.addExact(c.fen, line.amount().fen());
      sink.accept(line);
    } else {
      c.duplicates++;
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

    RunSummary summary(RunHeader header, Optional<RecordedRun> recorded) {
      return new RunSummary(header, households, calculated, produced, this.recorded, duplicates, ineligible, undetermined,
          unmatched, needsReview, Money.ofFen(fen), recorded);
    }
  }

  /**
   * One run's state: what each household's results are turned into, with scratch space reused household
   * to household. A household's results are held as parallel arrays (scheme, beneficiary, outcome, fen,
   * payee, persons), filled from a {@link HouseholdResult} or, in the payout form, from primitives.
   */
  private static final class Pass {
    final RunHeader header;
    final YearMonth month;
    final Ledger.Transaction tx;
    final Consumer<? super PayoutLine> sink;
    final PaidAmounts paid;
    final Counts c;
    final int monthStart;
    final int monthEnd;
    boolean[] counted = new boolean[8];
    Household h;
    Stamp stamp;
    int size;
    Scheme[] scheme = new Scheme[16];
    Beneficiary[] beneficiary = new Beneficiary[16];
    Outcome[] outcome = new Outcome[16];
    long[] fen = new long[16];
    Beneficiary[] payee = new Beneficiary[16];
    int[] persons = new int[16]; // 0: not given, counted here when needed
    /** The results of the current household when given as a {@link HouseholdResult}, else null. */
    List<SchemeResult> results;

    Pass(RunHeader header, Ledger.Transaction tx, Consumer<? super PayoutLine> sink, PaidAmounts paid, Counts c) {
      this.header = header;
      this.month = header.period();
      this.tx = tx;
      this.sink = sink;
      this.paid = paid;
      this.c = c;
      this.monthStart = ymd(month.atDay(1));
      this.monthEnd = ymd(month.atEndOfMonth());
    }

    /** Adds one result of the current household. */
    void add(Scheme s, Beneficiary b, Outcome o, long amountFen, Beneficiary to, int coveredPersons) {
      if (size == scheme.length) {
        int n = size * 2;
        scheme = Arrays.copyOf(scheme, n);
        beneficiary = Arrays.copyOf(beneficiary, n);
        outcome = Arrays.copyOf(outcome, n);
        fen = Arrays.copyOf(fen, n);
        payee = Arrays.copyOf(payee, n);
        persons = Arrays.copyOf(persons, n);
      }
      scheme[size] = s;
      beneficiary[size] = b;
      outcome[size] = o;
      fen[size] = amountFen;
      payee[size] = to;
      persons[size] = coveredPersons;
      size++;
    }

    void handle(EnrolledHousehold eh, HouseholdResult result) {
      for (SchemeResult s : result.results()) {
        add(s.scheme(), s.beneficiary(), s.outcome(), s.amountOrZero().fen(), s.payee().orElse(null), 0);
      }
      results = result.results();
      try {
        handleLoaded(eh, result.stamp());
      } finally {
        results = null;
      }
    }

    /** Turns the results added since the last household into lines for the household's active enrollments. */
    void handleLoaded(EnrolledHousehold eh, Stamp householdStamp) {
      try {
        c.calculated++;
        h = eh.household();
        stamp = householdStamp;
        List<Person> members = h.members();
        if (counted.length < members.size()) {
          counted = new boolean[members.size()];
        }
        for (int i = 0; i < members.size(); i++) {
          counted[i] = countsIn(members.get(i));
        }
        for (Enrollment e : eh.enrollments()) {
          if (!e.isActiveIn(month)) {
            continue;
          }
          PayoutLine line = paid == null ? regularLine(e) : correctionLine(e);
          if (line != null) {
            record(line, tx, sink, c);
          }
        }
      } finally {
        Arrays.fill(beneficiary, 0, size, null); // keep no household's objects past it
        Arrays.fill(payee, 0, size, null);
        size = 0;
      }
    }

    /** {@link Person#countsIn} on yyyymmdd ints: born by the month's end, alive on its first day. */
    private boolean countsIn(Person p) {
      String id = p.id().value();
      int birth = 0;
      for (int i = 6; i < 14; i++) {
        birth = birth * 10 + (id.charAt(i) - '0');
      }
      return birth <= monthEnd && (p.dateOfDeath().isEmpty() || ymd(p.dateOfDeath().get()) >= monthStart);
    }

    private static int ymd(LocalDate d) {
      return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** The position of the result for the enrollment's pair, or -1 (counted) if it is not payable. */
    private int payable(Enrollment e) {
      Beneficiary b = e.beneficiary();
      if (b.kind() == Beneficiary.Kind.PERSON) {
        int i = member(b.id());
        if (i < 0) {
          c.unmatched++;
          return -1;
        }
        if (!counted[i]) { // died before the month (or not yet born): nothing from the month after death
          c.ineligible++;
          return -1;
        }
      }
      int j = find(e.scheme(), b);
      if (j < 0) {
        c.unmatched++;
      }
      return j;
    }

    private PayoutLine regularLine(Enrollment e) {
      int j = payable(e);
      if (j < 0) {
        return null;
      }
      if (outcome[j] != Outcome.ELIGIBLE) {
        if (outcome[j] == Outcome.INELIGIBLE) {
          c.ineligible++;
        } else {
          c.undetermined++;
        }
        return null;
      }
      return new PayoutLine(header.runMonth(), header.period(), e.scheme(), e.beneficiary(), requireNonNull(payee[j]),
          h.id(), h.region(), PayoutKind.REGULAR, Money.ofFen(fen[j]), persons(j), stamp);
    }

    private PayoutLine correctionLine(Enrollment e) {
      int j = payable(e);
      if (j < 0) {
        return null;
      }
      if (outcome[j] == Outcome.UNDETERMINED) {
        c.undetermined++;
        return null;
      }
      Money before = paid.paid(e.scheme(), e.beneficiary());
      if (outcome[j] == Outcome.INELIGIBLE) {
        c.ineligible++;
        if (!before.isZero()) {
          c.needsReview++;
        }
        return null;
      }
      Money diff = Money.ofFen(fen[j]).minus(before);
      if (diff.isZero()) {
        return null;
      }
      PayoutKind kind = diff.isPositive() ? PayoutKind.BACK_PAY : PayoutKind.RECOVERY;
      return new PayoutLine(header.runMonth(), header.period(), e.scheme(), e.beneficiary(), requireNonNull(payee[j]),
          h.id(), h.region(), kind, diff, persons(j), stamp);
    }

    private int member(String residentId) {
      List<Person> members = h.members();
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).id().value().equals(residentId)) {
          return i;
        }
      }
      return -1;
    }

    private int find(Scheme s, Beneficiary b) {
      for (int j = 0; j < size; j++) {
        if (scheme[j] == s && beneficiary[j].equals(b)) {
          return j;
        }
      }
      return -1;
    }

    /**
     * Persons a payment covers: for a household beneficiary (dibao) the members counted in the month,
     * less the extreme-poverty persons (rules.md §1) — by status: an UNDETERMINED extreme-poverty result
     * missing only the member's self-care assessment is an extreme-poverty person (rules.md §0) —, at
     * least 1; otherwise 1. The payout form gives it (dibao's rule says whom it counted); a
     * {@link HouseholdResult} does not, so it is counted here.
     */
    /** Whether result {@code x} (an extreme-poverty result) misses only its member's self-care assessment. */
    private boolean onlySelfCareMissing(int x) {
      SchemeResult r = results == null ? null : results.get(x);
      if (r == null || r.missingFacts().isEmpty()) {
        return false;
      }
      String fact = "members[" + beneficiary[x].id() + "].selfCare";
      return r.missingFacts().stream().allMatch(f -> f.code().equals(fact));
    }

    private int persons(int j) {
      if (beneficiary[j].kind() != Beneficiary.Kind.HOUSEHOLD) {
        return 1;
      }
      if (persons[j] == 0) {
        int n = 0;
        List<Person> members = h.members();
        for (int i = 0; i < members.size(); i++) {
          if (counted[i]) {
            n++;
          }
        }
        for (int x = 0; x < size; x++) {
          if (scheme[x] == Scheme.EXTREME_POVERTY && beneficiary[x].kind() == Beneficiary.Kind.PERSON
              && (outcome[x] == Outcome.ELIGIBLE || outcome[x] == Outcome.UNDETERMINED && onlySelfCareMissing(x))) {
            int i = member(beneficiary[x].id());
            if (i >= 0 && counted[i]) {
              n--;
            }
          }
        }
        persons[j] = Math.max(1, n);
      }
      return persons[j];
    }
  }

  @Override
  public String toString() {
    return "PayoutRun[" + calculation + "]";
  }
}
