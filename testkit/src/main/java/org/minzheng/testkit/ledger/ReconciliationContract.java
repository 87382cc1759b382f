package org.minzheng.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PaidAmounts;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.Reconciliation;
import org.minzheng.report.ReportAggregator;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.testkit.Generator;
import org.minzheng.testkit.MinzhengGenerators;

/**
 * The law of rules.md §11 that every {@link Ledger} must keep under reconciliation: a new ledger
 * extends this class, says how to make a fresh ledger, and inherits the property.
 *
 * <p>The property: a small caseload (urban dibao couples, old-age allowance recipients) is paid for
 * January–June 2020; then a random sequence of steps — standards revisions (notices with random
 * publication dates superseding the base module or an earlier notice, raising or lowering the urban
 * standard from a random month), deaths, incomes, enrollment ends and households leaving — each
 * followed by a reconciliation of January–June at a random knowledge date and run month, booking
 * recoveries or holding them. After every reconciliation, for every pair-month whose entitlement is
 * determined: net paid = the entitlement as known on that date, or net paid exceeds it by no more than
 * what is waived plus what is held for review; and running the same reconciliation again records nothing.
 *
 * <p>{@link #forAll} runs the property over seeded examples with the test kit's own generators (no
 * property-testing library needed); a subclass may run it through QuickTheories instead, for shrinking.
 *
 * <pre>{@code
 * class JdbcLedgerReconciliationTest extends ReconciliationContract {
 *   protected Ledger newLedger(Path folder) { return JdbcLedger.open(dataSource); }
 * }
 * }</pre>
 *
 * @since 0.2
 */
public abstract class ReconciliationContract {
  private static final YearMonth JAN = YearMonth.of(2020, 1);
  private static final YearMonth JUN = YearMonth.of(2020, 6);
  private static final RegionCode CITY = RegionCode.of("410400");
  private static final RegionCode XINHUA = RegionCode.of("410402");
  private static final Clock CLOCK =
      Clock.fixed(LocalDate.of(2020, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static final LocalDate PAID_AS_OF = LocalDate.of(2020, 6, 30);
  private static final LegalBasis NOTICE = new LegalBasis("N", "测试通知", Optional.empty(), "测试用标准修订（非真实数据）",
      Optional.of("test revision, not real data"), Optional.empty(), Optional.empty());

  @TempDir
  Path temp;

  /**
   * @param folder an empty folder of this example's own, for a ledger that lives in files, not null
   * @return a fresh, empty ledger
   * @throws Exception if it cannot be made
   */
  protected abstract Ledger newLedger(Path folder) throws Exception;

  /**
   * Runs {@code law} over examples of {@code scenarios}: by default 40 seeded examples, naming the seed
   * of a failure. Override to run it through a property-testing library.
   *
   * @param scenarios the generator, not null
   * @param law the law, not null
   */
  protected void forAll(Generator<Scenario> scenarios, Consumer<Scenario> law) {
    for (long seed = 1; seed <= 40; seed++) {
      Scenario s = scenarios.generate(seed);
      try {
        law.accept(s);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + s + ": " + e.getMessage(), e);
      }
    }
  }

  /** One change to the world, followed by a reconciliation. */
  public enum Change {
    /** A notice supersedes the base module (or the last notice) for the urban standard. */
    REVISION,
    /** An elder dies. */
    DEATH,
    /** A couple gains income. */
    INCOME,
    /** An enrollment ends. */
    ENROLLMENT_END,
    /** A household leaves the caseload. */
    LEAVE
  }

  /**
   * A step: a change with its random parameters, then a reconciliation.
   *
   * @param change the change
   * @param target which household (index, modulo the caseload)
   * @param month a month of January–June (the revision's start, the last month enrolled, the month of death)
   * @param amountYuan the new urban standard, or the annual income
   * @param published the revision's publication date
   * @param knownOn the reconciliation's knowledge date
   * @param runMonth the reconciliation's run month
   * @param book whether the reconciliation books recoveries
   */
  public record Step(Change change, int target, YearMonth month, int amountYuan, LocalDate published, LocalDate knownOn,
      YearMonth runMonth, boolean book) {}

  /**
   * @param couples the number of dibao couples
   * @param elders the number of old-age allowance recipients
   * @param steps the steps
   */
  public record Scenario(int couples, int elders, List<Step> steps) {}

  /** @return the scenarios the property draws from */
  public static Generator<Scenario> scenarios() {
    return r -> {
      int couples = r.nextInt(1, 4);
      int elders = r.nextInt(1, 3);
      int n = r.nextInt(1, 6);
      List<Step> steps = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Change c = Change.values()[r.nextInt(0, Change.values().length)];
        LocalDate published = LocalDate.of(2020, 7, 1).plusDays(r.nextInt(0, 150));
        steps.add(new Step(c, r.nextInt(0, 8), JAN.plusMonths(r.nextInt(0, 6)), r.nextInt(300, 900), published,
            LocalDate.of(2020, 6, 30).plusDays(r.nextInt(0, 180)), YearMonth.of(2020, r.nextInt(7, 13)), r.nextBoolean()));
      }
      return new Scenario(couples, elders, steps);
    };
  }

  @Test
  void afterEveryReconciliationNetPaidEqualsTheEntitlementExceptWhatIsWaivedOrHeldAndARerunRecordsNothing() {
    forAll(scenarios(), this::check);
  }

  private void check(Scenario s) {
    Path folder;
    try {
      folder = Files.createTempDirectory(temp, "ledger");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StandardSet base = MinzhengGenerators.standardSets().generate(7);
    List<StandardSet> notices = new ArrayList<>();
    World w = new World(s.couples(), s.elders());
    try (Ledger ledger = open(folder)) {
      PayoutRun pay = PayoutRun.of(calculator(registry(base, notices), PAID_AS_OF));
      for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
        pay.pay(m, w.caseload(), ledger);
      }
      int revision = 0;
      for (Step step : s.steps()) {
        if (step.change() == Change.REVISION) {
          String supersedes = notices.isEmpty() ? base.moduleId() : notices.get(notices.size() - 1).moduleId();
          // a later notice is published later, so two notices of the same module never share a day
          LocalDate published = notices.isEmpty() ? step.published()
              : notices.get(notices.size() - 1).published().orElseThrow().plusDays(1 + step.published().getDayOfYear() % 20);
          notices.add(notice("revision-" + ++revision, supersedes, published, step.month(), step.amountYuan()));
        } else {
          w.apply(step);
        }
        LocalDate knownOn = step.knownOn();
        StandardsRegistry registry = registry(base, notices);
        Reconciliation rec = Reconciliation.of(calculator(registry, knownOn), registry);
        Reconciliation.Request req = new Reconciliation.Request(JAN, JUN, step.runMonth(), knownOn, step.book());
        Reconciliation.Report report = rec.reconcile(req, w.caseload(), ledger);
        checkInvariant(w, registry, knownOn, report, ledger);
        long lines = ledger.lineCount();
        Reconciliation.Report again = rec.reconcile(req, w.caseload(), ledger);
        assertEquals(lines, ledger.lineCount(), "re-running the reconciliation recorded lines");
        assertTrue(again.recorded().isEmpty(), "re-running the reconciliation recorded a run");
        assertEquals(report.heldAmount(), again.heldAmount(), "re-running changed what is held");
      }
    }
  }

  /**
   * The same payments, reconciliations (a notice raising the standard, a death, an income, a household
   * leaving, recoveries held and booked) and a waiver, recorded in the ledger under test and in a
   * {@link FileLedger}: both read back the same runs, lines, net paid and bureau report.
   */
  @Test
  void afterReconciliationsAndAWaiverEveryRunLineAndReportReadsBackEqualToAFileLedgers() throws java.io.IOException {
    Path folder = Files.createTempDirectory(temp, "ledger");
    Path reference = Files.createTempDirectory(temp, "reference");
    StandardSet base = MinzhengGenerators.standardSets().generate(7);
    List<StandardSet> notices = new ArrayList<>();
    notices.add(notice("revision-1", base.moduleId(), LocalDate.of(2020, 8, 20), YearMonth.of(2020, 3), 800));
    World w = new World(3, 2);
    List<Step> steps = List.of(
        new Step(Change.DEATH, 3, YearMonth.of(2020, 2), 0, null, LocalDate.of(2020, 8, 1), YearMonth.of(2020, 8), false),
        new Step(Change.REVISION, 0, null, 0, null, LocalDate.of(2020, 9, 1), YearMonth.of(2020, 9), false),
        new Step(Change.INCOME, 1, null, 500, null, LocalDate.of(2020, 9, 15), YearMonth.of(2020, 9), true),
        new Step(Change.LEAVE, 2, null, 0, null, LocalDate.of(2020, 10, 1), YearMonth.of(2020, 10), false));
    try (Ledger ledger = open(folder); FileLedger file = FileLedger.open(reference.resolve("reference.ledger"))) {
      PayoutRun pay = PayoutRun.of(calculator(registry(base, List.of()), PAID_AS_OF));
      for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
        assertEquals(pay.pay(m, w.caseload(), file).recorded(), pay.pay(m, w.caseload(), ledger).recorded(), "pay " + m);
      }
      List<Reconciliation.ReviewItem> held = List.of();
      for (Step step : steps) {
        if (step.change() != Change.REVISION) {
          w.apply(step);
        }
        StandardsRegistry registry = registry(base, step.knownOn().isBefore(LocalDate.of(2020, 8, 20)) ? List.of() : notices);
        Reconciliation rec = Reconciliation.of(calculator(registry, step.knownOn()), registry);
        Reconciliation.Request req = new Reconciliation.Request(JAN, JUN, step.runMonth(), step.knownOn(), step.book());
        Reconciliation.Report expected = rec.reconcile(req, w.caseload(), file);
        Reconciliation.Report actual = rec.reconcile(req, w.caseload(), ledger);
        assertEquals(expected, actual, "reconciliation as known on " + step.knownOn());
        held = actual.reviewItems();
      }
      assertTrue(!held.isEmpty(), "the scenario holds an overpayment for review");
      assertEquals(Reconciliation.waive(held, YearMonth.of(2020, 11), "家庭困难, 不予追回", file),
          Reconciliation.waive(held, YearMonth.of(2020, 11), "家庭困难, 不予追回", ledger), "waiver");
      assertEquals(file.runs(), ledger.runs());
      assertEquals(file.lineCount(), ledger.lineCount());
      List<PayoutLine> expectedLines = new ArrayList<>();
      file.forEachLine(expectedLines::add);
      List<PayoutLine> actualLines = new ArrayList<>();
      ledger.forEachLine(actualLines::add);
      assertEquals(expectedLines, actualLines);
      assertTrue(actualLines.stream().anyMatch(l -> l.kind() == PayoutKind.WAIVER), "a waiver is recorded");
      assertTrue(actualLines.stream().anyMatch(l -> l.stamp().knownOn().isPresent()), "a stamp names its knowledge date");
      assertEquals(ReportAggregator.of(file).build(), ReportAggregator.of(ledger).build(), "the bureau's report");
      for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
        PaidAmounts expectedPaid = file.paidFor(m);
        PaidAmounts actualPaid = ledger.paidFor(m);
        assertEquals(expectedPaid.size(), actualPaid.size(), "pairs paid for " + m);
        for (PayoutLine l : expectedLines) {
          assertEquals(expectedPaid.paid(l.scheme(), l.beneficiary()), actualPaid.paid(l.scheme(), l.beneficiary()),
              m + " " + l.idempotencyKey());
        }
      }
    }
  }

  /**
   * A waiver of one household's held items (since 0.4) records WAIVER lines for exactly those items'
   * held months, and nothing for another household; the other household's items stay held. A
   * household, or a household and scheme, with nothing held is refused naming it, and nothing is
   * recorded. Waiving the same again records nothing.
   */
  @Test
  void aHouseholdWaiverWaivesExactlyItsHeldItemsAndNamesAHouseholdWithNone() throws java.io.IOException {
    Path folder = Files.createTempDirectory(temp, "ledger");
    StandardsRegistry registry = registry(MinzhengGenerators.standardSets().generate(7), List.of());
    World w = new World(3, 2);
    try (Ledger ledger = open(folder)) {
      PayoutRun pay = PayoutRun.of(calculator(registry, PAID_AS_OF));
      for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
        pay.pay(m, w.caseload(), ledger);
      }
      // couple C0 leaves the caseload, elder E0 (index 3) died in February: both overpaid, both held
      w.apply(new Step(Change.LEAVE, 0, null, 0, null, null, null, false));
      w.apply(new Step(Change.DEATH, 3, YearMonth.of(2020, 2), 0, null, null, null, false));
      LocalDate knownOn = LocalDate.of(2020, 8, 1);
      Reconciliation rec = Reconciliation.of(calculator(registry, knownOn), registry);
      Reconciliation.Request req = new Reconciliation.Request(JAN, JUN, YearMonth.of(2020, 8), knownOn, false);
      Reconciliation.Report report = rec.reconcile(req, w.caseload(), ledger);
      List<Reconciliation.ReviewItem> c0 = report.reviewItems().stream()
          .filter(i -> i.householdId().equals(HouseholdId.of("C0"))).toList();
      List<Reconciliation.ReviewItem> e0 = report.reviewItems().stream()
          .filter(i -> i.householdId().equals(HouseholdId.of("E0"))).toList();
      assertTrue(!c0.isEmpty() && !e0.isEmpty(), "both households are held: " + report.reviewItems());

      long lines = ledger.lineCount();
      IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Reconciliation.waive(report, Reconciliation.WaiverScope.household(HouseholdId.of("C1")), "x", ledger));
      assertEquals("waiver: household C1 has no overpayment held for review in 2020-01..2020-06", none.getMessage());
      IllegalArgumentException wrongScheme = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Reconciliation.waive(report, Reconciliation.WaiverScope.household(HouseholdId.of("C0"))
              .scheme(Scheme.OLD_AGE_ALLOWANCE), "x", ledger));
      assertEquals("waiver: household C0, scheme OLD_AGE_ALLOWANCE has no overpayment held for review in 2020-01..2020-06",
          wrongScheme.getMessage());
      assertEquals(lines, ledger.lineCount(), "a refused waiver recorded lines");

      Optional<org.minzheng.payout.RecordedRun> run = Reconciliation.waive(report,
          Reconciliation.WaiverScope.household(HouseholdId.of("C0")).scheme(Scheme.DIBAO), "家庭困难, 不予追回", ledger);
      List<String> expected = new ArrayList<>();
      for (Reconciliation.ReviewItem i : c0) {
        for (Reconciliation.HeldMonth h : i.held()) {
          expected.add(i.scheme() + "|" + i.beneficiary() + "|" + h.period() + "|" + h.open().negated());
        }
      }
      List<String> waived = new ArrayList<>();
      ledger.forEachLine(l -> {
        if (l.kind() == PayoutKind.WAIVER) {
          waived.add(l.scheme() + "|" + l.beneficiary() + "|" + l.period() + "|" + l.amount());
          assertTrue(l.corrects().endsWith(" waived: 家庭困难, 不予追回"), l.corrects());
        }
      });
      assertEquals(expected, waived, "the waiver lines");
      assertEquals(expected.size(), run.orElseThrow().lines());

      Reconciliation.Report after = rec.reconcile(req, w.caseload(), ledger);
      assertEquals(e0, after.reviewItems(), "only the other household stays held");
      assertEquals(Optional.empty(), Reconciliation.waive(report, Reconciliation.WaiverScope.household(HouseholdId.of("C0")),
          "家庭困难, 不予追回", ledger), "the same waiver again");
    }
  }

  private Ledger open(Path folder) {
    try {
      return newLedger(folder);
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a ledger in " + folder, e);
    }
  }

  private static StandardsRegistry registry(StandardSet base, List<StandardSet> notices) {
    StandardsRegistry.Builder b = StandardsRegistry.builder().add(base);
    notices.forEach(b::add);
    return b.build();
  }

  private static BenefitCalculator calculator(StandardsRegistry registry, LocalDate knownOn) {
    return BenefitCalculator.builder(registry).clock(CLOCK).knowledgeDate(knownOn).explanations(false).build();
  }

  private static StandardSet notice(String id, String supersedes, LocalDate published, YearMonth from, int urbanYuan) {
    LocalDate start = from.atDay(1);
    return StandardSet.builder(id, "1").title("test revision").published(published).supersedes(supersedes)
        .addRegion(new RegionInfo(CITY, "平顶山市", "Pingdingshan City"))
        .addClaim(new Claim(CITY, Scheme.DIBAO, start, Optional.empty()))
        .addValue(CITY, new ParameterValue<>(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(urbanYuan), start,
            Optional.empty(), NOTICE, org.minzheng.standard.Status.ASSUMPTION, org.minzheng.standard.Status.ASSUMPTION,
            Optional.empty(), published), id)
        .build();
  }

  /** The §11 invariant, checked against an entitlement computed here from the calculator and the caseload. */
  private static void checkInvariant(World w, StandardsRegistry registry, LocalDate knownOn, Reconciliation.Report report,
      Ledger ledger) {
    Map<String, Long> held = new HashMap<>();
    for (Reconciliation.ReviewItem i : report.reviewItems()) {
      for (Reconciliation.HeldMonth h : i.held()) {
        held.merge(i.scheme() + "|" + i.beneficiary() + "|" + h.period(), h.open().fen(), Long::sum);
      }
    }
    Map<String, Long> waived = new HashMap<>();
    ledger.forEachLine(l -> {
      if (l.kind() == PayoutKind.WAIVER) {
        waived.merge(l.scheme() + "|" + l.beneficiary() + "|" + l.period(), -l.amount().fen(), Long::sum);
      }
    });
    BenefitCalculator calc = calculator(registry, knownOn);
    for (YearMonth m = JAN; !m.isAfter(JUN); m = m.plusMonths(1)) {
      var paid = ledger.paidFor(m);
      for (EnrolledHousehold eh : w.everyone()) {
        HouseholdResult r = calc.calculate(eh.household(), m, knownOn);
        for (Enrollment e : eh.enrollments()) {
          Optional<Long> owed = w.present(eh) ? owed(eh.household(), e, r, m) : Optional.of(0L);
          if (owed.isEmpty()) {
            continue; // undetermined: neither paid nor recovered
          }
          long p = paid.paid(e.scheme(), e.beneficiary()).fen();
          String key = e.scheme() + "|" + e.beneficiary() + "|" + m;
          long slack = waived.getOrDefault(key, 0L) + held.getOrDefault(key, 0L);
          boolean ok = p == owed.get() || (p > owed.get() && p - owed.get() <= slack);
          assertTrue(ok, key + ": net paid " + Money.ofFen(p) + ", owed as known on " + knownOn + " " + Money.ofFen(owed.get())
              + ", waived + held " + Money.ofFen(slack));
        }
      }
    }
  }

  /** The entitlement of rules.md §11 for an enrollment in a month; empty when undetermined. */
  private static Optional<Long> owed(Household h, Enrollment e, HouseholdResult r, YearMonth m) {
    if (!e.isActiveIn(m)) {
      return Optional.of(0L);
    }
    if (e.beneficiary().kind() == Beneficiary.Kind.PERSON) {
      Optional<Person> p = h.members().stream().filter(x -> x.id().value().equals(e.beneficiary().id())).findFirst();
      if (p.isEmpty() || !p.get().countsIn(m)) {
        return Optional.of(0L);
      }
    }
    for (SchemeResult s : r.results()) {
      if (s.scheme() == e.scheme() && s.beneficiary().equals(e.beneficiary())) {
        return s.outcome() == Outcome.UNDETERMINED ? Optional.empty() : Optional.of(s.amountOrZero().fen());
      }
    }
    return Optional.empty(); // no result: left as it is
  }

  /** The caseload, changed step by step; households that left are kept aside for the invariant. */
  private static final class World {
    final List<EnrolledHousehold> households = new ArrayList<>();
    final List<Boolean> present = new ArrayList<>();

    World(int couples, int elders) {
      for (int i = 0; i < couples; i++) {
        Household h = new Household.Builder().id(HouseholdId.of("C" + i)).region(XINHUA).residenceType(ResidenceType.URBAN)
            .assetsWithinLimits(true).addMember(person("197001" + String.format("%02d", i + 1), 0, false))
            .addMember(person("197203" + String.format("%02d", i + 1), 0, false)).build();
        add(h, List.of(Enrollment.of(Scheme.DIBAO, Beneficiary.household(h.id().value()), h.id(), JAN)));
      }
      for (int i = 0; i < elders; i++) {
        Person p = person("193503" + String.format("%02d", i + 1), 0, true);
        Household h = new Household.Builder().id(HouseholdId.of("E" + i)).region(XINHUA).residenceType(ResidenceType.URBAN)
            .assetsWithinLimits(true).addMember(p).build();
        add(h, List.of(Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(p.id().value()), h.id(), JAN)));
      }
    }

    private void add(Household h, List<Enrollment> enrollments) {
      households.add(new EnrolledHousehold(h, enrollments));
      present.add(true);
    }

    private static Person person(String birthYmd, long annualWages, boolean elder) {
      String first17 = "410402" + birthYmd + (elder ? "001" : "002");
      Person.Builder b = new Person.Builder().id(ResidentId.parse(first17 + ResidentId.checkCharacter(first17)))
          .hukouRegion(XINHUA).hasCapableSupporter(true);
      if (annualWages > 0) {
        b.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(annualWages)));
      }
      return b.build();
    }

    void apply(Step step) {
      int i = step.target() % households.size();
      EnrolledHousehold eh = households.get(i);
      Household h = eh.household();
      switch (step.change()) {
        case DEATH -> {
          Person p = h.members().get(0);
          Person dead = new Person.Builder().from(p).dateOfDeath(step.month().atDay(15)).build();
          households.set(i, new EnrolledHousehold(new Household.Builder().from(h).members(List.of(dead)).build(),
              eh.enrollments()));
        }
        case INCOME -> {
          Person p = h.members().get(0);
          Person earning = new Person.Builder().from(p).incomes(List.of(new IncomeItem(IncomeCategory.WAGES,
              Money.ofYuan(step.amountYuan() * 12L)))).build();
          List<Person> members = new ArrayList<>(h.members());
          members.set(0, earning);
          households.set(i, new EnrolledHousehold(new Household.Builder().from(h).members(members).build(),
              eh.enrollments()));
        }
        case ENROLLMENT_END -> households.set(i, new EnrolledHousehold(h, eh.enrollments().stream()
            .map(e -> e.endMonth().isPresent() ? e : e.endingAfter(step.month())).toList()));
        case LEAVE -> present.set(i, false);
        default -> throw new AssertionError(step.change());
      }
    }

    boolean present(EnrolledHousehold eh) {
      return present.get(households.indexOf(eh));
    }

    List<EnrolledHousehold> everyone() {
      return households;
    }

    List<EnrolledHousehold> caseload() {
      List<EnrolledHousehold> out = new ArrayList<>();
      for (int i = 0; i < households.size(); i++) {
        if (present.get(i)) {
          out.add(households.get(i));
        }
      }
      return out;
    }
  }
}
