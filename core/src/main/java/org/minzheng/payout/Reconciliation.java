package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.Person;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.internal.payout.Fingerprints;
import org.minzheng.internal.payout.LongHashSet;
import org.minzheng.internal.payout.LongLongMap;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RecoveryPolicy;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * Reconciliation (rules.md §11): for benefit months M1..M2 as known on a knowledge date K, in a run
 * month R, compares each (beneficiary, scheme) pair's entitlement with its net paid and records the
 * differences, in one ledger transaction (all or nothing, also when the process is killed).
 *
 * <ul>
 *   <li><b>Entitlement</b> for a pair and month: the scheme's amount as known on K; 0 when the result
 *       is INELIGIBLE, the person is not counted in the month (died before it), the enrollment is not
 *       active in the month (ended, or not yet begun), or the household is no longer in the caseload.
 *   <li><b>Net paid</b>: the sum of every money-moving ledger line of the pair and month, whatever
 *       run recorded it; <b>waived</b>: the sum forgiven by {@link PayoutKind#WAIVER} lines.
 *   <li>Owed more than paid: one {@link PayoutKind#BACK_PAY} line of the difference. Paid more than
 *       owed, less what was waived: one {@link PayoutKind#RECOVERY} line when the region's
 *       {@code payout.recoveryPolicy} is {@code AUTOMATIC} or the caller books recoveries; otherwise a
 *       {@link ReviewItem} held for review, listed again by every reconciliation until booked or waived
 *       ({@link #waive}).
 *   <li>UNDETERMINED entitlements are neither paid nor recovered: listed with their missing facts.
 * </ul>
 * A correction line's key says what it corrects ({@link PayoutLine#corrects()}: the number of
 * corrections before it, the net paid it found and the entitlement it brings the month to), so the
 * same reconciliation run again records nothing (nothing differs any more), and a second
 * reconciliation on new knowledge in the same run month records exactly the new difference.
 *
 * <p>Temporary-assistance cases (one-off payments, rules.md §3) are reconciled when the caller gives
 * them ({@link #reconcile(Request, Iterable, Iterable, Ledger)}): a case's entitlement is its amount as
 * known on K for its approval month, and a case paid but no longer given is a withdrawn case. Without
 * them, case payments are left as they are: a caseload of households says nothing about cases.
 *
 * <p>Invariant after a reconciliation as known on K, for every pair-month of M1..M2 whose entitlement
 * is determined: net paid = entitlement, or net paid &gt; entitlement by no more than what is waived
 * plus what is held for review.
 *
 * <p>Memory: about 30 bytes per pair paid (net paid, and pairs seen) of one benefit month at a time
 * for a ledger of more than two million lines, which is read once per month through
 * {@link Ledger#forEachLineOf} (a {@link FileLedger} then reads only the runs that can hold the month's
 * lines and parses only those lines); a smaller ledger is read once for the whole range. The ledger is
 * read once more for a month with pairs gone from the caseload; the caseload is read once per month.
 *
 * @since 0.2
 */
public final class Reconciliation {
  /** The most undetermined items a report lists (it counts them all). */
  public static final int UNDETERMINED_LISTED = 1000;

  /** A ledger of at most this many lines is read once for the whole range, a larger one once per month. */
  static final long LINES_READ_AT_ONCE = 2_000_000;

  private final BenefitCalculator calculator;
  private final StandardsRegistry registry;
  private final long linesReadAtOnce;

  private Reconciliation(BenefitCalculator calculator, StandardsRegistry registry, long linesReadAtOnce) {
    this.calculator = calculator;
    this.registry = registry;
    this.linesReadAtOnce = linesReadAtOnce;
  }

  /** @return this reconciliation reading ledgers of more than {@code lines} lines month by month (for tests) */
  Reconciliation withLinesReadAtOnce(long lines) {
    return new Reconciliation(calculator, registry, lines);
  }

  /**
   * @param calculator the calculator (its clock and price index), not null
   * @param registry the standards the calculator reads, for {@code payout.recoveryPolicy}, not null
   * @return a reconciliation
   */
  public static Reconciliation of(BenefitCalculator calculator, StandardsRegistry registry) {
    return new Reconciliation(requireNonNull(calculator, "calculator"), requireNonNull(registry, "registry"),
        LINES_READ_AT_ONCE);
  }

  /**
   * What to reconcile.
   *
   * @param from the first benefit month, not null
   * @param through the last benefit month, not before {@code from}, not null
   * @param runMonth the month the corrections are paid in, not before {@code through}, not null
   * @param knownOn the knowledge date K, not null
   * @param bookRecoveries book every overpayment as a recovery, whatever the recovery policy
   *     (a caseworker's decision on the held items)
   */
  public record Request(YearMonth from, YearMonth through, YearMonth runMonth, LocalDate knownOn, boolean bookRecoveries) {
    /**
     * Checks the months.
     *
     * @param from the first benefit month, not null
     * @param through the last benefit month, not before {@code from}, not null
     * @param runMonth the month the corrections are paid in, not before {@code through}, not null
     * @param knownOn the knowledge date K, not null
     * @param bookRecoveries book every overpayment as a recovery, whatever the recovery policy (a caseworker's decision on the held items)
     * @throws IllegalArgumentException naming the month that is wrong
     */
    public Request {
      requireNonNull(from, "from");
      requireNonNull(through, "through");
      requireNonNull(runMonth, "runMonth");
      requireNonNull(knownOn, "knownOn");
      checkArgument(!through.isBefore(from), "reconciliation: through %s is before from %s", through, from);
      checkArgument(!runMonth.isBefore(through),
          "reconciliation: run month %s is before %s, a month it corrects (corrections are paid in or after the month they correct)",
          runMonth, through);
    }
  }

  /**
   * An overpayment held for a caseworker's decision, or an entitlement that cannot be determined.
   *
   * @param beneficiary the beneficiary, not null
   * @param scheme the scheme, not null
   * @param householdId the beneficiary's household, not null
   * @param months the benefit months, ascending, not empty
   * @param amount for a held overpayment, the total to recover (positive); zero for an undetermined item
   * @param reason why (ineligible since M, died on D, enrollment ended, household left the caseload,
   *     amount lowered; or the missing facts), not blank
   * @param held the held months with what each was found to have paid and to owe, for {@link #waive}
   */
  public record ReviewItem(Beneficiary beneficiary, Scheme scheme, HouseholdId householdId, List<YearMonth> months,
      Money amount, String reason, List<HeldMonth> held) {
    /**
     * Copies the lists.
     *
     * @param beneficiary the beneficiary, not null
     * @param scheme the scheme, not null
     * @param householdId the beneficiary's household, not null
     * @param months the benefit months, ascending, not empty
     * @param amount for a held overpayment, the total to recover (positive); zero for an undetermined item
     * @param reason why (ineligible since M, died on D, enrollment ended, household left the caseload, amount lowered; or the missing facts), not blank
     * @param held the held months with what each was found to have paid and to owe, for {@link #waive}
     */
    public ReviewItem {
      requireNonNull(beneficiary, "beneficiary");
      requireNonNull(scheme, "scheme");
      requireNonNull(householdId, "householdId");
      months = List.copyOf(months);
      requireNonNull(amount, "amount");
      requireNonNull(reason, "reason");
      held = List.copyOf(held);
    }
  }

  /**
   * One month of a held overpayment.
   *
   * @param period the benefit month, not null
   * @param paidFen the net paid found, in fen
   * @param owedFen the entitlement, in fen
   * @param open the amount held (positive), not null
   * @param corrections the number of correction lines recorded for the pair-month before
   * @param payee who was paid, not null
   * @param region the household's region, not null
   * @param stamp the stamp of the calculation (or of the last line) behind it, not null
   */
  public record HeldMonth(YearMonth period, long paidFen, long owedFen, Money open, long corrections, Beneficiary payee,
      RegionCode region, Stamp stamp) {}

  /**
   * What a reconciliation did.
   *
   * @param request what was reconciled, not null
   * @param backPayLines back-pay lines recorded
   * @param backPayAmount their sum, not null
   * @param recoveryLines recovery lines recorded
   * @param recoveryAmount their sum (negative or zero), not null
   * @param alreadyRecorded lines produced whose key a previous run had recorded (a run repeated after a crash)
   * @param reviewItems overpayments held for review, one per (beneficiary, scheme) and reason
   * @param undetermined entitlements that need facts, one per (beneficiary, scheme) and missing facts;
   *     at most {@link #UNDETERMINED_LISTED} of them, so that a caseload without a fact everybody needs
   *     (a price index) does not fill the memory
   * @param undeterminedMonths the pair-months whose entitlement is undetermined, all of them
   * @param unmatched enrollments for which the calculation gave no result (left as they are)
   * @param recorded the run as the ledger recorded it; empty if nothing was new
   */
  public record Report(Request request, long backPayLines, Money backPayAmount, long recoveryLines,
      Money recoveryAmount, long alreadyRecorded, List<ReviewItem> reviewItems, List<ReviewItem> undetermined,
      long undeterminedMonths, long unmatched, Optional<RecordedRun> recorded) {
    /**
     * Copies the lists.
     *
     * @param request what was reconciled, not null
     * @param backPayLines back-pay lines recorded
     * @param backPayAmount their sum, not null
     * @param recoveryLines recovery lines recorded
     * @param recoveryAmount their sum (negative or zero), not null
     * @param alreadyRecorded lines produced whose key a previous run had recorded (a run repeated after a crash)
     * @param reviewItems overpayments held for review, one per (beneficiary, scheme) and reason
     * @param undetermined entitlements that need facts, one per (beneficiary, scheme) and missing facts; at most {@link #UNDETERMINED_LISTED} of them, so that a caseload without a fact everybody needs (a price index) does not fill the memory
     * @param undeterminedMonths the pair-months whose entitlement is undetermined, all of them
     * @param unmatched enrollments for which the calculation gave no result (left as they are)
     * @param recorded the run as the ledger recorded it; empty if nothing was new
     */
    public Report {
      reviewItems = List.copyOf(reviewItems);
      undetermined = List.copyOf(undetermined);
    }

    /** @return the total held for review (positive) */
    public Money heldAmount() {
      return reviewItems.stream().map(ReviewItem::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * The items this reconciliation holds for review that a waiver of {@code scope} covers.
     *
     * @param scope which items, not null
     * @return the items {@code scope} covers, in the order of {@link #reviewItems()}; empty only for
     *     {@link WaiverScope#all()} when nothing is held
     * @throws IllegalArgumentException if {@code scope} names a household, scheme or beneficiary and no
     *     held item matches it; the message names them and the months reconciled
     * @since 0.4
     */
    public List<ReviewItem> heldFor(WaiverScope scope) {
      requireNonNull(scope, "scope");
      List<ReviewItem> covered = reviewItems.stream().filter(scope::covers).toList();
      String months = request.from().equals(request.through()) ? request.from().toString()
          : request.from() + ".." + request.through();
      checkArgument(!covered.isEmpty() || scope.isAll(), "waiver: %s has no overpayment held for review in %s%s", scope,
          months, reviewItems.isEmpty() ? " (nothing is held)" : "");
      return covered;
    }
  }

  /**
   * Which held items a waiver covers: all of them, or those of one household, narrowed if wished to
   * one scheme and one beneficiary (a member, for a per-person scheme).
   *
   * <pre>{@code
   * Reconciliation.waive(report, WaiverScope.household(HouseholdId.of("410402-000123")).scheme(Scheme.DIBAO),
   *     "moved away; not recovered (decision 2020-11)", ledger);
   * }</pre>
   *
   * @param household the household whose items are covered; empty for every household
   * @param scheme the scheme whose items are covered; empty for every scheme
   * @param beneficiary the beneficiary whose items are covered; empty for every beneficiary
   * @since 0.4
   */
  public record WaiverScope(Optional<HouseholdId> household, Optional<Scheme> scheme, Optional<Beneficiary> beneficiary) {
    /**
     * Checks the fields.
     *
     * @param household the household whose items are covered; empty for every household
     * @param scheme the scheme whose items are covered; empty for every scheme
     * @param beneficiary the beneficiary whose items are covered; empty for every beneficiary
     */
    public WaiverScope {
      requireNonNull(household, "household");
      requireNonNull(scheme, "scheme");
      requireNonNull(beneficiary, "beneficiary");
    }

    /** @return the scope of every held item */
    public static WaiverScope all() {
      return new WaiverScope(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param household the household, not null
     * @return the scope of the household's held items, every scheme and beneficiary
     */
    public static WaiverScope household(HouseholdId household) {
      return new WaiverScope(Optional.of(requireNonNull(household, "household")), Optional.empty(), Optional.empty());
    }

    /**
     * @param scheme the scheme, not null
     * @return this scope narrowed to the scheme's items
     */
    public WaiverScope scheme(Scheme scheme) {
      return new WaiverScope(household, Optional.of(requireNonNull(scheme, "scheme")), beneficiary);
    }

    /**
     * @param beneficiary the beneficiary, not null
     * @return this scope narrowed to the beneficiary's items
     */
    public WaiverScope beneficiary(Beneficiary beneficiary) {
      return new WaiverScope(household, scheme, Optional.of(requireNonNull(beneficiary, "beneficiary")));
    }

    /** @return true if this scope covers every held item */
    public boolean isAll() {
      return household.isEmpty() && scheme.isEmpty() && beneficiary.isEmpty();
    }

    /**
     * @param item a held item, not null
     * @return true if this scope covers it
     */
    public boolean covers(ReviewItem item) {
      return household.map(item.householdId()::equals).orElse(true) && scheme.map(s -> s == item.scheme()).orElse(true)
          && beneficiary.map(item.beneficiary()::equals).orElse(true);
    }

    /** @return e.g. {@code household 410402-000123, scheme DIBAO}, for messages */
    @Override
    public String toString() {
      if (isAll()) {
        return "the reconciliation";
      }
      List<String> parts = new ArrayList<>(3);
      household.ifPresent(h -> parts.add("household " + h.value()));
      scheme.ifPresent(s -> parts.add("scheme " + s));
      beneficiary.ifPresent(b -> parts.add("beneficiary " + b));
      return String.join(", ", parts);
    }
  }

  /**
   * Reconciles, recording the corrections in one transaction.
   *
   * @param request what to reconcile, not null
   * @param caseload the enrolled households as known on K, iterated once per month, not null
   * @param ledger the ledger, not null
   * @return what was recorded and what is held
   * @throws org.minzheng.standard.StandardNotFoundException if K is before the publication of the standards a month needs
   * @throws RuntimeException whatever the calculation or ledger throws; nothing is then recorded
   */
  public Report reconcile(Request request, Iterable<EnrolledHousehold> caseload, Ledger ledger) {
    return reconcile(request, caseload, null, ledger);
  }

  /**
   * Reconciles households and temporary-assistance cases, recording the corrections in one transaction.
   *
   * @param request what to reconcile, not null
   * @param caseload the enrolled households as known on K, iterated once per month, not null
   * @param cases every temporary-assistance case as known on K (those approved outside the months are
   *     ignored), iterated once per month, not null
   * @param ledger the ledger, not null
   * @return what was recorded and what is held
   * @throws org.minzheng.standard.StandardNotFoundException if K is before the publication of the standards a month needs
   * @throws RuntimeException whatever the calculation or ledger throws; nothing is then recorded
   */
  public Report reconcile(Request request, Iterable<EnrolledHousehold> caseload, Iterable<TemporaryAssistanceCase> cases,
      Ledger ledger) {
    requireNonNull(request, "request");
    requireNonNull(caseload, "caseload");
    requireNonNull(ledger, "ledger");
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = request.from(); !m.isAfter(request.through()); m = m.plusMonths(1)) {
      months.add(m);
    }
    Pass pass = new Pass(request);
    RunHeader header = new RunHeader(RunKind.RECOMPUTE, request.from(), request.runMonth());
    try (Ledger.Transaction tx = ledger.begin(header)) {
      pass.tx = tx;
      // A small ledger is read once for the whole range; a large one month by month, so that memory
      // holds one month's paid pairs, not the range's.
      boolean oneRead = ledger.lineCount() <= linesReadAtOnce;
      Map<YearMonth, MonthState> all = oneRead ? read(ledger, months) : Map.of();
      for (YearMonth m : months) {
        MonthState s = oneRead ? all.get(m) : read(ledger, List.of(m)).get(m);
        pass.month(m, s, caseload);
        if (cases != null) {
          pass.cases(m, s, cases);
        }
        pass.gone(m, s, ledger, cases != null);
        if (oneRead) {
          all.put(m, null); // done: let it go
        }
      }
      Optional<RecordedRun> recorded = tx.commit();
      return pass.report(recorded);
    }
  }

  /**
   * Records a caseworker's decision not to recover held overpayments: one {@link PayoutKind#WAIVER}
   * line per held month, with the reason, in one transaction. A waiver moves no money; the next
   * reconciliation no longer holds what it waived.
   *
   * @param items held items from the latest reconciliation, not null
   * @param runMonth the month of the decision, not before any held month, not null
   * @param reason why the bureau does not recover, not blank
   * @param ledger the ledger, not null
   * @return the recorded run, or empty if every waiver was already recorded
   * @throws IllegalArgumentException if the reason is blank or contains '|' or a line break
   */
  public static Optional<RecordedRun> waive(List<ReviewItem> items, YearMonth runMonth, String reason, Ledger ledger) {
    requireNonNull(items, "items");
    requireNonNull(runMonth, "runMonth");
    requireNonNull(reason, "reason");
    requireNonNull(ledger, "ledger");
    checkArgument(!reason.isBlank(), "waiver: the reason is blank");
    YearMonth first = items.stream().flatMap(i -> i.held().stream()).map(HeldMonth::period).min(YearMonth::compareTo)
        .orElse(runMonth);
    try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.RECOMPUTE, first, runMonth))) {
      for (ReviewItem i : items) {
        for (HeldMonth h : i.held()) {
          tx.add(new PayoutLine(runMonth, h.period(), i.scheme(), i.beneficiary(), h.payee(), i.householdId(), h.region(),
              PayoutKind.WAIVER, h.open().negated(), 1, h.stamp(),
              corrects(h.corrections(), h.paidFen(), h.owedFen()) + " waived: " + reason.strip()));
        }
      }
      return tx.commit();
    }
  }

  /**
   * Waives the items a reconciliation holds that {@code scope} covers, in its run month: one
   * {@link PayoutKind#WAIVER} line per held month of exactly those items, with the reason, in one
   * transaction ({@link #waive(List, YearMonth, String, Ledger)}).
   *
   * @param report the latest reconciliation of the months, not null
   * @param scope which held items, not null
   * @param reason why the bureau does not recover, not blank
   * @param ledger the ledger the reconciliation recorded in, not null
   * @return the recorded run, or empty if there was nothing to waive ({@link WaiverScope#all()} with
   *     nothing held) or every waiver was already recorded
   * @throws IllegalArgumentException if {@code scope} names a household, scheme or beneficiary with no
   *     held item (naming them, nothing recorded), or the reason is blank or contains '|' or a line break
   * @since 0.4
   */
  public static Optional<RecordedRun> waive(Report report, WaiverScope scope, String reason, Ledger ledger) {
    requireNonNull(report, "report");
    return waive(report.heldFor(scope), report.request().runMonth(), reason, ledger);
  }

  /** The net paid, waived and correction counts of some benefit months, per pair: one pass over the ledger. */
  private static Map<YearMonth, MonthState> read(Ledger ledger, List<YearMonth> months) {
    Map<YearMonth, MonthState> states = new java.util.HashMap<>();
    months.forEach(m -> states.put(m, new MonthState()));
    ledger.forEachLineOf(states.keySet(), l -> {
      MonthState s = states.get(l.period());
      if (s != null) {
        long pk = Fingerprints.ofPair(l.scheme(), l.beneficiary());
        if (l.kind().movesMoney()) {
          s.paid.add(pk, l.amount().fen());
        } else {
          s.waived.add(pk, -l.amount().fen());
        }
        if (l.kind().isCorrection()) {
          s.corrections.add(pk, 1);
        }
        if (l.beneficiary().kind() == Beneficiary.Kind.CASE) {
          s.casePairs.add(pk);
        }
      }
    });
    return states;
  }

  static String corrects(long corrections, long paidFen, long owedFen) {
    return "g" + corrections + " " + paidFen + ">" + owedFen;
  }

  /** Per benefit month: net paid, waived and correction counts per pair, and the pairs the caseload covered. */
  private static final class MonthState {
    final LongLongMap paid = new LongLongMap();
    final LongLongMap waived = new LongLongMap();
    final LongLongMap corrections = new LongLongMap();
    final LongHashSet seen = new LongHashSet();
    /** Pairs whose beneficiary is a temporary-assistance case. */
    final LongHashSet casePairs = new LongHashSet();
  }

  /** A difference whose line needs the pair's last ledger line (payee, region, stamp): the pair is gone. */
  private record Gone(YearMonth month, long pairKey, long paid, long waived, long corrections) {}

  private final class Pass {
    final Request request;
    Ledger.Transaction tx;
    long backPayLines;
    long backPayFen;
    long recoveryLines;
    long recoveryFen;
    long already;
    long unmatched;
    long undeterminedMonths;
    final Map<String, ItemBuilder> held = new LinkedHashMap<>();
    final Map<String, ItemBuilder> undetermined = new LinkedHashMap<>();
    final Map<RegionCode, RecoveryPolicy> policies = new java.util.HashMap<>();

    Pass(Request request) {
      this.request = request;
    }

    void month(YearMonth m, MonthState s, Iterable<EnrolledHousehold> caseload) {
      ArrayDeque<EnrolledHousehold> handedOut = new ArrayDeque<>(4);
      Iterable<Household> relevant = Selected.of(caseload, eh -> relevant(eh, m, s), handedOut);
      calculator.calculateEach(relevant, m, request.knownOn(), new BenefitCalculator.BatchSink() {
        @Override
        public void result(HouseholdResult result) {
          household(handedOut.remove(), result, m, s);
        }

        @Override
        public void error(BatchError error) {
          EnrolledHousehold eh = handedOut.remove();
          // A household that cannot be calculated is not guessed at: the run fails naming it, and records nothing.
          calculator.calculate(eh.household(), m, request.knownOn());
          throw new IllegalStateException("household " + error.householdId() + " could not be calculated for " + m
              + ": " + String.join("; ", error.problems()));
        }
      });
    }

    private boolean relevant(EnrolledHousehold eh, YearMonth m, MonthState s) {
      for (Enrollment e : eh.enrollments()) {
        if (e.isActiveIn(m) || s.paid.containsKey(Fingerprints.ofPair(e.scheme(), e.beneficiary()))) {
          return true;
        }
      }
      return false;
    }

    private void household(EnrolledHousehold eh, HouseholdResult r, YearMonth m, MonthState s) {
      Household h = eh.household();
      for (Enrollment e : eh.enrollments()) {
        long pk = Fingerprints.ofPair(e.scheme(), e.beneficiary());
        if (!s.seen.add(pk)) {
          continue; // a second enrollment of the same pair: the first decided
        }
        long paid = s.paid.get(pk, 0);
        long waived = s.waived.get(pk, 0);
        long corrections = s.corrections.get(pk, 0);
        SchemeResult found = find(r, e.scheme(), e.beneficiary());
        long owed;
        String reason;
        Beneficiary payee = found != null && found.payee().isPresent() ? found.payee().get() : e.beneficiary();
        Person person = e.beneficiary().kind() == Beneficiary.Kind.PERSON ? member(h, e.beneficiary().id()) : null;
        if (!e.isActiveIn(m)) {
          owed = 0;
          reason = m.isBefore(e.startMonth()) ? "not enrolled until " + e.startMonth()
              : "enrollment ended after " + e.endMonth().orElseThrow();
        } else if (e.beneficiary().kind() == Beneficiary.Kind.PERSON && person == null) {
          owed = 0;
          reason = "no longer a member of household " + h.id().value();
        } else if (person != null && !person.countsIn(m)) {
          owed = 0;
          reason = person.dateOfDeath().filter(d -> d.isBefore(m.atDay(1))).map(d -> "died on " + d)
              .orElse("not counted in " + m);
        } else if (found == null) {
          unmatched++;
          continue;
        } else if (found.outcome() == Outcome.UNDETERMINED) {
          undeterminedMonths++;
          item(undetermined, e.beneficiary(), e.scheme(), h.id(), m, Money.ZERO,
              "missing facts: " + found.missingFacts().stream().map(Reason::code).collect(Collectors.joining(", ")), null);
          continue;
        } else if (found.outcome() == Outcome.INELIGIBLE) {
          owed = 0;
          reason = "ineligible since " + m + ": " + found.reasons().stream().map(Reason::code)
              .collect(Collectors.joining(", "));
        } else {
          owed = found.amount().orElseThrow().fen();
          reason = "amount lowered";
        }
        int persons = found != null && found.outcome() == Outcome.ELIGIBLE ? persons(h, r, found, m) : 1;
        settle(m, e.scheme(), e.beneficiary(), payee, h.id(), h.region(), persons, r.stamp(), paid, waived, corrections,
            owed, reason);
      }
    }

    void settle(YearMonth m, Scheme scheme, Beneficiary b, Beneficiary payee, HouseholdId hid, RegionCode region,
        int persons, Stamp stamp, long paid, long waived, long corrections, long owed, String reason) {
      if (owed > paid) {
        line(new PayoutLine(request.runMonth(), m, scheme, b, payee, hid, region, PayoutKind.BACK_PAY,
            Money.ofFen(owed - paid), persons, stamp, corrects(corrections, paid, owed)));
        return;
      }
      long open = paid - owed - waived;
      if (open <= 0) {
        return;
      }
      if (request.bookRecoveries() || policy(region) == RecoveryPolicy.AUTOMATIC) {
        line(new PayoutLine(request.runMonth(), m, scheme, b, payee, hid, region, PayoutKind.RECOVERY,
            Money.ofFen(-open), persons, stamp, corrects(corrections, paid, owed)));
      } else {
        item(held, b, scheme, hid, m, Money.ofFen(open), reason,
            new HeldMonth(m, paid, owed, Money.ofFen(open), corrections, payee, region, stamp));
      }
    }

    private RecoveryPolicy policy(RegionCode region) {
      return policies.computeIfAbsent(region, r -> registry.findRegion(r).isEmpty() ? RecoveryPolicy.REVIEW
          : registry.findParameter(Parameters.RECOVERY_POLICY, r, request.runMonth().atDay(1), request.knownOn())
              .map(p -> p.value()).orElse(RecoveryPolicy.REVIEW));
    }

    private void line(PayoutLine l) {
      if (!tx.add(l)) {
        already++;
        return;
      }
      if (l.kind() == PayoutKind.BACK_PAY) {
        backPayLines++;
        backPayFen = Math.addExact(backPayFen, l.amount().fen());
      } else {
        recoveryLines++;
        recoveryFen = Math.addExact(recoveryFen, l.amount().fen());
      }
    }

    private void item(Map<String, ItemBuilder> into, Beneficiary b, Scheme scheme, HouseholdId hid, YearMonth m,
        Money amount, String reason, HeldMonth month) {
      String reasonKey = reason.startsWith("ineligible since ") ? "ineligible" : reason;
      String key = b + "|" + scheme + "|" + reasonKey;
      if (into == undetermined && into.size() >= UNDETERMINED_LISTED && !into.containsKey(key)) {
        return; // counted, not listed
      }
      ItemBuilder ib = into.computeIfAbsent(key, k -> new ItemBuilder(b, scheme, hid, reason));
      ib.months.add(m);
      ib.amount = ib.amount.plus(amount);
      if (month != null) {
        ib.held.add(month);
      }
    }

    /** The cases approved in month {@code m}: entitlement as known on K against net paid. */
    void cases(YearMonth m, MonthState s, Iterable<TemporaryAssistanceCase> cases) {
      for (TemporaryAssistanceCase c : cases) {
        if (!YearMonth.from(c.approvalDate()).equals(m)) {
          continue;
        }
        SchemeResult r = calculator.calculate(c, request.knownOn());
        long pk = Fingerprints.ofPair(Scheme.TEMPORARY_ASSISTANCE, r.beneficiary());
        if (!s.seen.add(pk)) {
          continue; // a case given twice: the first decided
        }
        long paid = s.paid.get(pk, 0);
        if (r.outcome() == Outcome.UNDETERMINED) {
          undeterminedMonths++;
          item(undetermined, r.beneficiary(), Scheme.TEMPORARY_ASSISTANCE, c.householdId(), m, Money.ZERO,
              "missing facts: " + r.missingFacts().stream().map(Reason::code).collect(Collectors.joining(", ")), null);
          continue;
        }
        long owed = r.outcome() == Outcome.ELIGIBLE ? r.amount().orElseThrow().fen() : 0;
        if (owed == paid) {
          continue; // nothing to correct: no stamp to compute
        }
        String reason = r.outcome() == Outcome.ELIGIBLE ? "amount lowered"
            : "ineligible since " + m + ": " + r.reasons().stream().map(Reason::code).collect(Collectors.joining(", "));
        Beneficiary payee = r.payee().orElse(Beneficiary.household(c.householdId().value()));
        settle(m, Scheme.TEMPORARY_ASSISTANCE, r.beneficiary(), payee, c.householdId(), c.region(), c.persons(),
            calculator.stamp(c, request.knownOn()), paid, s.waived.get(pk, 0), s.corrections.get(pk, 0), owed, reason);
      }
    }

    /**
     * Pairs paid for a month that the caseload no longer has: the household left the caseload (or, when
     * cases are reconciled, the case was withdrawn). Case pairs are left alone when no cases were given.
     */
    void gone(YearMonth month, MonthState s, Ledger ledger, boolean casesGiven) {
      LongHashSet wanted = new LongHashSet();
      List<Gone> gone = new ArrayList<>();
      s.paid.forEach((pk, paid) -> {
        if (!casesGiven && s.casePairs.contains(pk)) {
          return;
        }
        if (!s.seen.contains(pk) && paid - s.waived.get(pk, 0) > 0) {
          gone.add(new Gone(month, pk, paid, s.waived.get(pk, 0), s.corrections.get(pk, 0)));
          wanted.add(pk);
        }
      });
      if (gone.isEmpty()) {
        return;
      }
      Map<Long, PayoutLine> last = new java.util.HashMap<>();
      ledger.forEachLineOf(java.util.Set.of(month), l -> {
        if (l.kind().movesMoney()) {
          long pk = Fingerprints.ofPair(l.scheme(), l.beneficiary());
          if (wanted.contains(pk)) {
            last.put(pk, l);
          }
        }
      });
      for (Gone g : gone) {
        PayoutLine l = last.get(g.pairKey());
        if (l == null) {
          continue; // only waivers and lines netting to nothing: nothing to recover
        }
        settle(g.month(), l.scheme(), l.beneficiary(), l.payee(), l.householdId(), l.region(), l.persons(), l.stamp(),
            g.paid(), g.waived(), g.corrections(), 0,
            l.beneficiary().kind() == Beneficiary.Kind.CASE ? "case withdrawn" : "household left the caseload");
      }
    }

    Report report(Optional<RecordedRun> recorded) {
      return new Report(request, backPayLines, Money.ofFen(backPayFen), recoveryLines, Money.ofFen(recoveryFen), already,
          held.values().stream().map(ItemBuilder::build).toList(),
          undetermined.values().stream().map(ItemBuilder::build).toList(), undeterminedMonths, unmatched, recorded);
    }
  }

  private static final class ItemBuilder {
    final Beneficiary beneficiary;
    final Scheme scheme;
    final HouseholdId householdId;
    final String reason;
    final List<YearMonth> months = new ArrayList<>();
    final List<HeldMonth> held = new ArrayList<>();
    Money amount = Money.ZERO;

    ItemBuilder(Beneficiary beneficiary, Scheme scheme, HouseholdId householdId, String reason) {
      this.beneficiary = beneficiary;
      this.scheme = scheme;
      this.householdId = householdId;
      this.reason = reason;
    }

    ReviewItem build() {
      return new ReviewItem(beneficiary, scheme, householdId, months, amount, reason, held);
    }
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

  /** Persons a payment covers: a household's counted members less its extreme-poverty persons, at least 1; else 1. */
  private static int persons(Household h, HouseholdResult r, SchemeResult s, YearMonth m) {
    if (s.beneficiary().kind() != Beneficiary.Kind.HOUSEHOLD) {
      return 1;
    }
    int n = 0;
    for (Person p : h.members()) {
      if (p.countsIn(m)) {
        n++;
      }
    }
    for (SchemeResult x : r.results()) {
      if (x.scheme() == Scheme.EXTREME_POVERTY && x.isEligible() && x.beneficiary().kind() == Beneficiary.Kind.PERSON) {
        Person p = member(h, x.beneficiary().id());
        if (p != null && p.countsIn(m)) {
          n--;
        }
      }
    }
    return Math.max(1, n);
  }
}
