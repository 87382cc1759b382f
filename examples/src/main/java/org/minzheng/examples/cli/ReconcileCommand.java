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
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.Reconciliation;
import org.minzheng.standard.Money;
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
        "Running it again with the same knowledge records nothing.",
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

  @Option(names = "--price-index", paramLabel = "FILE|sample|none", defaultValue = "sample",
      description = "CPI series for the price subsidy, as payroll used it (default sample).")
  String priceIndex;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
  Format format = Format.text;

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
    LocalDate knownOn = asOf != null ? asOf : LocalDate.now(context.clock());
    BenefitCalculator.Builder b = BenefitCalculator.builder(registry).clock(context.clock()).explanations(false);
    PriceIndexSeries series = PayrollCommand.priceIndex(context, priceIndex);
    if (series != null) {
      b.priceIndex(series);
    }
    Reconciliation.Request request = new Reconciliation.Request(first, through, runMonth, knownOn, bookRecoveries);
    Reconciliation.Report r;
    Map<PayoutKind, long[]> byKind = new EnumMap<>(PayoutKind.class);
    try (Ledger ledger = ledgerOptions.open(ledgerFile)) {
      // the caseload's temporary-assistance cases are reconciled with its households: their amounts follow
      // the dibao standard on the approval date, so a retroactive notice changes them too
      Iterable<TemporaryAssistanceCase> cases = () -> java.util.stream.StreamSupport
          .stream(source.households().spliterator(), false)
          .flatMap(ch -> ch.temporaryAssistance().stream()).iterator();
      r = Reconciliation.of(b.build(), registry).reconcile(request, Caseloads.enrolled(source.households()), cases, ledger);
      ledger.forEachLine(l -> {
        long[] a = byKind.computeIfAbsent(l.kind(), k -> new long[2]);
        a[0]++;
        a[1] += l.amount().fen();
      });
    }
    String shownLedger = ledgerOptions.describe(ledgerFile == null ? "" : PayrollCommand.shown(context, ledgerFile));
    Output o = new Output(first, through, runMonth, knownOn, shownLedger, r.backPayLines(),
        r.backPayAmount(), r.recoveryLines(), r.recoveryAmount(), r.alreadyRecorded(), r.reviewItems().size(),
        r.heldAmount(), r.reviewItems().stream().map(ReconcileCommand::item).toList(),
        r.undetermined().stream().map(ReconcileCommand::item).toList(), r.undeterminedMonths(), totals(byKind));
    if (format == Format.json) {
      spec.commandLine().getOut().println(MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      spec.commandLine().getOut().print(render(o));
    }
    return 0;
  }

  /** One held or undetermined item. */
  record Item(String beneficiary, String scheme, String household, List<YearMonth> months, Money amount, String reason) {}

  /** The ledger's lines by kind after the reconciliation. */
  record KindTotal(String kind, long lines, Money amount) {}

  /** What the JSON output holds. */
  record Output(YearMonth from, YearMonth through, YearMonth runMonth, LocalDate asOf, String ledger, long backPayLines,
      Money backPayAmount, long recoveryLines, Money recoveryAmount, long alreadyRecorded, long heldItems,
      Money heldAmount, List<Item> reviewItems, List<Item> undetermined, long undeterminedMonths,
      List<KindTotal> ledgerTotals) {}

  private static Item item(Reconciliation.ReviewItem i) {
    return new Item(i.beneficiary().toString(), i.scheme().name(), i.householdId().value(), i.months(), i.amount(),
        i.reason());
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
