package org.minzheng.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.Reconciliation;
import org.minzheng.report.Report;
import org.minzheng.report.ReportAggregator;
import org.minzheng.report.ReportLevel;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code minzheng reconcile}: benefit months already paid, recomputed as known on a date, with the
 * differences recorded as back pay and recoveries in the payroll's ledger, and overpayments held for
 * review listed by name (rules.md §11).
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = {"Recompute paid months --from..--through as known on --as-of (default today) and record the",
        "differences in --out's ledger in --run-month: back pay (补发) where more is owed, recoveries (追回) where",
        "less is owed and the recovery policy (payout.recoveryPolicy) is AUTOMATIC or --book-recoveries is given;",
        "other overpayments are held for review and listed, with the reason, until booked or waived.",
        "Running it again with the same knowledge records nothing. With --waive --reason TEXT, the overpayments",
        "it holds are waived (not recovered): one WAIVER line per held month, with the reason, in --run-month;",
        "with --household ID (and --scheme S), only that household's (and scheme's) held overpayments.",
        "Writes report.csv and report.json into --out (the ledger's figures, with the items held for review in",
        "--run-month) and the held items to review.json, which payroll reads to report them too.",
        "With --ledger jdbc:postgresql://…, the ledger is the PostgreSQL one payroll --ledger records in."})
final class ReconcileCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  StandardsOptions standards = new StandardsOptions();

  @Mixin
  LedgerOptions ledgerOptions = new LedgerOptions();

  @Option(names = "--out", paramLabel = "DIR",
      description = {"The payroll's folder: its ledger payouts.ledger is read and written.",
          "Required unless --ledger names a PostgreSQL ledger."})
  String out;

  @Option(names = "--caseload", paramLabel = "FILE",
      description = "Households as known now (as payroll reads them); default the embedded synthetic sample.")
  String caseload;

  @Option(names = "--households", paramLabel = "N", description = "A synthetic caseload of about N households.")
  Long households;

  @Option(names = "--from", paramLabel = "yyyy-MM", description = "First benefit month (default January of --through's year).")
  YearMonth from;

  @Option(names = "--through", paramLabel = "yyyy-MM", required = true, description = "Last benefit month.")
  YearMonth through;

  @Option(names = "--run-month", paramLabel = "yyyy-MM", required = true,
      description = "The month the corrections are paid in; not before --through.")
  YearMonth runMonth;

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
      description = "The knowledge date: only standards published by then are used (default today).")
  LocalDate asOf;

  @Option(names = "--book-recoveries", description = "Book every overpayment as a recovery line instead of holding it.")
  boolean bookRecoveries;

  @Option(names = "--waive",
      description = {"Waive every overpayment held for review in --from..--through after reconciling: the bureau",
          "decided not to recover it. Needs --reason. A waiver moves no money; later reconciliations no longer hold it."})
  boolean waive;

  @Option(names = "--household", paramLabel = "ID",
      description = {"With --waive: waive only this household's held overpayments (an error naming it if it has none",
          "in --from..--through; the reconciliation is recorded all the same)."})
  String household;

  @Option(names = "--scheme", paramLabel = "SCHEME",
      description = {"With --waive --household: waive only the household's held overpayments of this scheme",
          "by name (DIBAO, EXTREME_POVERTY, OLD_AGE_ALLOWANCE, …, or a scheme module's)."})
  String scheme;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "Why the held overpayments are waived (with --waive), recorded on every waiver line.")
  String reason;

  @Option(names = "--price-index", paramLabel = "FILE|sample|none", defaultValue = "sample",
      description = "CPI series for the price subsidy, as payroll used it (default sample).")
  String priceIndex;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--on-error", paramLabel = "stop", defaultValue = "stop",
      description = {"What a household that cannot be reconciled (an unreadable line or rows, an unknown region code,",
          "invalid input) does: stop, the only choice, ends the run with one line naming the file, line or rows,",
          "household and the problem, and records nothing. skip is refused: a household left out of a reconciliation",
          "would look like one that left the caseload, and everything paid to it would be held for recovery."})
  Rejects.Mode onError = Rejects.Mode.stop;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    YearMonth first = from != null ? from : YearMonth.of(through.getYear(), 1);
    if (first.isAfter(through)) {
      throw new ParameterException(spec.commandLine(), "--from " + first + " is after --through " + through);
    }
    if (runMonth.isBefore(through)) {
      throw new ParameterException(spec.commandLine(), "--run-month " + runMonth + " is before --through " + through
          + ", a month it corrects: corrections are paid in or after the month they correct");
    }
    if (caseload != null && households != null) {
      throw new ParameterException(spec.commandLine(), "give --caseload or --households, not both");
    }
    if (onError == Rejects.Mode.skip) {
      throw new ParameterException(spec.commandLine(), "--on-error skip is not offered by reconcile: a household left out "
          + "of a reconciliation looks like a household that left the caseload, so everything paid to it would be held "
          + "for recovery (or recovered, with --book-recoveries); run with --on-error stop, which names the bad household, "
          + "and correct it or take it out of the caseload");
    }
    checkWaiver();
    if (out == null && !ledgerOptions.database()) {
      throw new ParameterException(spec.commandLine(), "give --out DIR (the payroll's folder and its ledger) or --ledger URL");
    }
    Path ledgerFile = out == null ? null : Inputs.resolve(context, out).resolve("payouts.ledger");
    if (!ledgerOptions.database() && !Files.isRegularFile(ledgerFile)) {
      throw new CliException("--out " + out + ": no ledger " + ledgerFile.getFileName() + " there; run payroll with --out "
          + out + " first");
    }
    Caseloads.Source source = caseload != null ? Caseloads.file(context, caseload)
        : households != null ? Caseloads.synthetic(households) : Caseloads.sample();
    StandardsRegistry registry = standards.registry(root);
    // read after the standards load, not as the option is parsed: a scheme module's schemes are defined then
    if (scheme != null && Scheme.find(scheme.strip()).isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--scheme '" + scheme.strip() + "' is not a scheme; defined: "
          + Scheme.all().stream().map(Scheme::name).toList());
    }
    LocalDate knownOn = asOf != null ? asOf : LocalDate.now(context.clock());
    BenefitCalculator.Builder b = BenefitCalculator.builder(registry).clock(context.clock()).explanations(false);
    PriceIndexSeries series = PayrollCommand.priceIndex(context, priceIndex);
    if (series != null) {
      b.priceIndex(series);
    }
    Reconciliation.Request request = new Reconciliation.Request(first, through, runMonth, knownOn, bookRecoveries);
    Reconciliation.Report r;
    List<Reconciliation.ReviewItem> held;
    List<Reconciliation.ReviewItem> waived = List.of();
    Report report;
    Map<PayoutKind, long[]> byKind = new EnumMap<>(PayoutKind.class);
    try (Ledger ledger = ledgerOptions.open(ledgerFile)) {
      // the caseload's temporary-assistance cases are reconciled with its households: their amounts follow
      // the dibao standard on the approval date, so a retroactive notice changes them too. Cases are few
      // (about one household in a hundred): read them in one pass, not once per reconciled month.
      List<TemporaryAssistanceCase> cases = java.util.stream.StreamSupport
          .stream(source.households().spliterator(), false)
          .flatMap(ch -> ch.temporaryAssistance().stream()).toList();
      BenefitCalculator calculator = b.build();
      try {
        r = Reconciliation.of(calculator, registry).reconcile(request, Caseloads.enrolled(source.households()), cases, ledger);
      } catch (RuntimeException e) { // a household that cannot be calculated: name it by its file and line or rows
        throw Caseloads.located(source.households(), ch -> problem(ch, first, through, knownOn, registry, calculator), e);
      }
      held = r.reviewItems();
      if (waive) {
        waived = heldToWaive(r);
        if (!waived.isEmpty()) {
          Reconciliation.waive(waived, runMonth, reason, ledger);
          List<Reconciliation.ReviewItem> done = waived;
          held = held.stream().filter(i -> !done.contains(i)).toList(); // the next reconciliation will not list them
        }
      }
      ReportAggregator agg = new ReportAggregator();
      ledger.forEachLine(l -> {
        agg.accept(l);
        long[] a = byKind.computeIfAbsent(l.kind(), k -> new long[2]);
        a[0]++;
        a[1] += l.amount().fen();
      });
      held.forEach(i -> agg.held(i, runMonth));
      report = agg.build();
    }
    // the reports and the held items go to --out; with a database ledger and no --out, only to the output
    Path dir = ledgerFile == null ? null : ledgerFile.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
      PayrollCommand.writeReports(report, dir);
      Review.write(dir, new Review(runMonth, knownOn, held.stream().map(ReconcileCommand::item).toList()));
    }
    String shownLedger = ledgerOptions.describe(ledgerFile == null ? "" : PayrollCommand.shown(context, ledgerFile));
    Output o = new Output(first, through, runMonth, knownOn, shownLedger, r.backPayLines(),
        r.backPayAmount(), r.recoveryLines(), r.recoveryAmount(), r.alreadyRecorded(), r.reviewItems().size(),
        r.heldAmount(), r.reviewItems().stream().map(ReconcileCommand::item).toList(),
        r.undetermined().stream().map(ReconcileCommand::item).toList(), r.undeterminedMonths(), totals(byKind),
        waived.size(), waived.stream().map(Reconciliation.ReviewItem::amount).reduce(Money.ZERO, Money::plus),
        waived.isEmpty() ? null : reason.strip(), rows(report, runMonth),
        dir == null ? null : PayrollCommand.shown(context, dir.resolve("report.csv")),
        dir == null ? null : PayrollCommand.shown(context, dir.resolve("report.json")));
    if (format == Format.json) {
      spec.commandLine().getOut().println(MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      spec.commandLine().getOut().print(render(o));
    }
    return 0;
  }

  /**
   * The held items {@code --waive} covers: all, or {@code --household}'s (of {@code --scheme}).
   *
   * @throws CliException naming the household (and scheme) when none of its overpayments is held
   */
  private List<Reconciliation.ReviewItem> heldToWaive(Reconciliation.Report r) {
    Reconciliation.WaiverScope scope = household == null ? Reconciliation.WaiverScope.all()
        : Reconciliation.WaiverScope.household(HouseholdId.of(household.strip()));
    if (scheme != null) {
      scope = scope.scheme(Scheme.valueOf(scheme.strip()));
    }
    try {
      return r.heldFor(scope);
    } catch (IllegalArgumentException e) {
      List<String> households = r.reviewItems().stream().map(i -> i.householdId().value()).distinct().toList();
      throw new CliException(e.getMessage().replaceFirst("^waiver: ", "")
          + (households.isEmpty() ? "" : "; households held: " + String.join(", ", households.subList(0,
              Math.min(10, households.size()))) + (households.size() > 10 ? ", …" : ""))
          + ". The reconciliation is recorded (" + r.backPayLines() + " back-pay and " + r.recoveryLines()
          + " recovery lines); nothing is waived");
    }
  }

  /** @return what keeps {@code ch} from being calculated for a month of {@code from..through} as known on a day, or null */
  private static String problem(org.minzheng.testkit.CaseloadHousehold ch, YearMonth from, YearMonth through,
      LocalDate knownOn, StandardsRegistry registry, BenefitCalculator calculator) {
    String unknown = PayrollCommand.unknownRegion(ch, registry);
    if (unknown != null) {
      return unknown;
    }
    for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
      try {
        calculator.calculate(ch.household(), m, knownOn);
      } catch (RuntimeException e) {
        return m + ": " + Caseloads.problems(e);
      }
    }
    return null;
  }

  /** {@code --waive} needs a reason the ledger can record, and something to waive. */
  private void checkWaiver() {
    if (reason != null && !waive) {
      throw new ParameterException(spec.commandLine(), "--reason is the reason of a waiver: give it with --waive");
    }
    if (household != null && !waive) {
      throw new ParameterException(spec.commandLine(), "--household chooses whose overpayments are waived: give it with --waive");
    }
    if (scheme != null && household == null) {
      throw new ParameterException(spec.commandLine(), "--scheme narrows a household's waiver: give it with --waive --household ID");
    }
    if (household != null && household.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--household is blank: give the household's id");
    }
    if (!waive) {
      return;
    }
    if (reason == null || reason.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--waive needs --reason TEXT: a waiver is recorded with its reason");
    }
    if (reason.indexOf('|') >= 0 || reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
      throw new ParameterException(spec.commandLine(), "--reason '" + reason.strip()
          + "' contains '|' or a line break, which a ledger line cannot hold");
    }
    if (bookRecoveries) {
      throw new ParameterException(spec.commandLine(),
          "give --waive or --book-recoveries, not both: booking recovers every overpayment, so nothing is held to waive");
    }
  }

  /**
   * One held or undetermined item.
   *
   * @param region the household's region (of its first held month; empty for an undetermined item)
   */
  record Item(String beneficiary, String scheme, String household, List<YearMonth> months, Money amount, String reason,
      String region) {}

  /** The items a reconciliation left held, as review.json holds them for payroll's report. */
  record Review(YearMonth runMonth, LocalDate asOf, List<Item> items) {
    static final String FILE = "review.json";

    static void write(Path dir, Review review) throws java.io.IOException {
      Path tmp = dir.resolve(FILE + ".tmp");
      Files.writeString(tmp, MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(review));
      Files.move(tmp, dir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** @return the review of the latest reconciliation in {@code dir}, if there is one */
    static java.util.Optional<Review> read(Path dir) throws java.io.IOException {
      Path f = dir.resolve(FILE);
      if (!Files.isRegularFile(f)) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(MinzhengJson.mapper().readValue(f.toFile(), Review.class));
      } catch (java.io.IOException e) {
        throw new CliException(f + ": not the review a reconciliation writes: " + e.getMessage());
      }
    }

    /** Adds the items to a report, in the reconciliation's run month. */
    void addTo(ReportAggregator agg) {
      for (Item i : items) {
        agg.held(org.minzheng.standard.Scheme.valueOf(i.scheme()), org.minzheng.standard.RegionCode.of(i.region()),
            i.amount(), runMonth);
      }
    }
  }

  /** The run month's figures per scheme, city totals: regular, back pay and recovery apart, and the held items. */
  record MonthRow(String scheme, String city, Money regular, Money backPay, Money recovery, long heldItems,
      Money heldAmount) {}

  /** The ledger's lines by kind after the reconciliation. */
  record KindTotal(String kind, long lines, Money amount) {}

  /** What the JSON output holds. */
  record Output(YearMonth from, YearMonth through, YearMonth runMonth, LocalDate asOf, String ledger, long backPayLines,
      Money backPayAmount, long recoveryLines, Money recoveryAmount, long alreadyRecorded, long heldItems,
      Money heldAmount, List<Item> reviewItems, List<Item> undetermined, long undeterminedMonths,
      List<KindTotal> ledgerTotals, long waivedItems, Money waivedAmount, String waiverReason, List<MonthRow> runMonthReport,
      String reportCsv, String reportJson) {}

  private static Item item(Reconciliation.ReviewItem i) {
    return new Item(i.beneficiary().toString(), i.scheme().name(), i.householdId().value(), i.months(), i.amount(),
        i.reason(), i.held().isEmpty() ? null : i.held().get(0).region().code());
  }

  private static List<MonthRow> rows(Report report, YearMonth runMonth) {
    return report.rows(ReportLevel.CITY).stream().filter(x -> x.period().equals(runMonth))
        .map(x -> new MonthRow(x.scheme().name(), x.key(), x.amount().minus(x.backPay()).minus(x.recovery()), x.backPay(),
            x.recovery(), x.heldItems(), x.heldAmount()))
        .toList();
  }

  private static List<KindTotal> totals(Map<PayoutKind, long[]> byKind) {
    return byKind.entrySet().stream()
        .map(e -> new KindTotal(e.getKey().name(), e.getValue()[0], Money.ofFen(e.getValue()[1]))).toList();
  }

  private String render(Output o) {
    StringBuilder sb = new StringBuilder();
    sb.append(common.t("核对 " + o.from() + " 至 " + o.through() + " (依 " + o.asOf() + " 所知), 于 " + o.runMonth() + " 发放",
        "Reconciled " + o.from() + ".." + o.through() + " as known on " + o.asOf() + ", paid in " + o.runMonth())).append('\n');
    sb.append(common.t("补发 ", "back pay   ")).append(o.backPayLines()).append(common.t(" 条, ", " lines, "))
        .append(o.backPayAmount()).append(common.t(" 元", " yuan")).append('\n');
    sb.append(common.t("追回 ", "recovery   ")).append(o.recoveryLines()).append(common.t(" 条, ", " lines, "))
        .append(o.recoveryAmount()).append(common.t(" 元", " yuan")).append('\n');
    sb.append(common.t("已记录未重复 ", "already recorded ")).append(o.alreadyRecorded()).append('\n');
    sb.append(common.t("待审核 ", "held for review ")).append(o.heldItems()).append(common.t(" 项, ", " items, "))
        .append(o.heldAmount()).append(common.t(" 元", " yuan")).append('\n');
    for (Item i : o.reviewItems()) {
      sb.append("  ").append(i.beneficiary()).append(' ').append(i.scheme()).append(' ').append(i.household()).append(' ')
          .append(months(i.months())).append(' ').append(i.amount()).append(' ').append(i.reason()).append('\n');
    }
    if (!o.undetermined().isEmpty()) {
      sb.append(common.t("待补充事实 (人月) ", "needing facts (pair-months) ")).append(o.undeterminedMonths())
          .append(common.t(", 列出 ", ", listed ")).append(o.undetermined().size()).append('\n');
      for (Item i : o.undetermined()) {
        sb.append("  ").append(i.beneficiary()).append(' ').append(i.scheme()).append(' ').append(months(i.months()))
            .append(' ').append(i.reason()).append('\n');
      }
    }
    if (o.waivedItems() > 0) {
      sb.append(common.t("已豁免 ", "waived ")).append(o.waivedItems()).append(common.t(" 项, ", " items, "))
          .append(o.waivedAmount()).append(common.t(" 元; 理由: ", " yuan; reason: ")).append(o.waiverReason()).append('\n');
    } else if (waive) {
      sb.append(common.t("无待审核项可豁免", "nothing held to waive")).append('\n');
    }
    sb.append(common.t("发放月 " + o.runMonth() + " 报表 (全市合计):", "report for " + o.runMonth() + " (city totals):"))
        .append('\n');
    sb.append(String.format("  %-20s %-8s %14s %14s %14s %8s %14s%n", common.t("项目", "scheme"), common.t("地区", "city"),
        common.t("按月发放", "regular"), common.t("补发", "back pay"), common.t("追回", "recovery"),
        common.t("待审核", "held"), common.t("待审核金额", "held amount")));
    for (MonthRow m : o.runMonthReport()) {
      sb.append(String.format("  %-20s %-8s %14s %14s %14s %8d %14s%n", m.scheme(), m.city(), m.regular(), m.backPay(),
          m.recovery(), m.heldItems(), m.heldAmount()));
    }
    if (o.reportCsv() != null) {
      sb.append(common.t("报表 ", "report ")).append(o.reportCsv()).append(", ").append(o.reportJson()).append('\n');
    }
    sb.append(common.t("账本合计 (按类别):", "ledger totals by kind:")).append('\n');
    for (KindTotal t : o.ledgerTotals()) {
      PayoutKind k = PayoutKind.valueOf(t.kind());
      sb.append(String.format("  %-12s %10d %16s%n", common.zh() ? k.chinese() : k.english(), t.lines(), t.amount()));
    }
    sb.append(common.t("账本 ", "ledger ")).append(o.ledger()).append('\n');
    return sb.toString();
  }

  private static String months(List<YearMonth> months) {
    return months.size() == 1 ? months.get(0).toString() : months.get(0) + ".." + months.get(months.size() - 1)
        + " (" + months.size() + ")";
  }
}
