package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunSummary;
import org.minzheng.report.Report;
import org.minzheng.report.ReportAggregator;
import org.minzheng.report.ReportLevel;
import org.minzheng.report.ReportRow;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;
import org.minzheng.testkit.Pingdingshan2020Work;
import org.minzheng.testkit.CaseloadHousehold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code minzheng payroll}: the monthly payout runs of Pingdingshan from January through a month, over
 * a caseload, recorded in a file ledger (or a PostgreSQL one, {@code --ledger jdbc:postgresql://…}), with the summary in the seed's shape and the report files.
 */
@Command(name = "payroll", mixinStandardHelpOptions = true,
    description = {"The main job: the monthly payout runs from January through --month, recorded in a ledger.",
        "The runs go over the embedded synthetic Pingdingshan caseload (or --caseload FILE, or --households N",
        "synthetic households), recorded in a ledger (a file in --out, or PostgreSQL with --ledger); it prints the",
        "summary by scheme and county (recipients, person-times, amount, cumulative from January) and writes the",
        "ledger and the report (CSV and JSON) into --out."})
final class PayrollCommand implements Callable<Integer> {
  /** The embedded sample price index (national CPI, 2020), as {@code --price-index sample} uses it. */
  static final String SAMPLE_PRICE_INDEX = "price-index-2020.json";

  /** The one description of {@code --price-index}, shared by {@code payroll} and {@code calc}: one default for both. */
  static final String PRICE_INDEX_HELP = "CPI series for the price subsidy: a JSON file; sample (the default): the embedded "
      + "national 2020 sample, labelled, not an official Pingdingshan series; or none, which leaves a covered person's "
      + "price subsidy UNDETERMINED.";

  @ParentCommand
  MinzhengCli root;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  LedgerOptions ledgerOptions = new LedgerOptions();

  @Mixin
  StandardsOptions standards = new StandardsOptions();

  @Option(names = "--month", paramLabel = "yyyy-MM", defaultValue = "2020-09",
      description = "The last month paid (default 2020-09).")
  YearMonth month;

  @Option(names = "--from", paramLabel = "yyyy-MM",
      description = "The first month paid (default: January of --month's year, so the cumulative column is real).")
  YearMonth from;

  @Option(names = "--caseload", paramLabel = "FILE",
      description = {"Households as JSON lines (caseload households with enrollments, or plain households),",
          "or as CSV, one row per person, if the name ends in .csv (see docs/household-csv.md)."})
  String caseload;

  @Option(names = "--households", paramLabel = "N",
      description = "A synthetic caseload of about N households, generated as it is read (e.g. 1000000).")
  Long households;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the ledger and the reports go (default: target/payroll-<month> if ./target exists, "
          + "else minzheng-out/payroll-<month>).")
  String out;

  @Option(names = "--price-index", paramLabel = "FILE|sample|none", defaultValue = "sample",
      description = PRICE_INDEX_HELP)
  String priceIndex;

  @Option(names = "--fresh", description = "Start a new ledger (by default an existing one is reused: already "
      + "recorded payments are not paid twice).")
  boolean fresh;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--on-error", paramLabel = "stop|skip", defaultValue = "stop",
      description = {"What a household that cannot be paid (an unreadable line, an unknown region code, invalid input)",
          "does: stop (the default) ends the run with one line naming the file, line or rows, household and the problem;",
          "skip leaves it out, pays the others, writes every household left out with its reasons to rejects.csv in",
          "--out and says how many. Skip calculates each household once more to find its errors first."})
  Rejects.Mode onError = Rejects.Mode.stop;

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    YearMonth first = from != null ? from : YearMonth.of(month.getYear(), 1);
    if (first.isAfter(month)) {
      throw new ParameterException(spec.commandLine(), "--from " + first + " is after --month " + month);
    }
    YearMonth current = YearMonth.now(context.clock());
    if (month.isAfter(current)) { // issue 15: a month that has not begun is a projection, never paid
      throw new ParameterException(spec.commandLine(), "--month " + month + " is after the current month " + current
          + ": a payroll pays only months that have begun");
    }
    if (caseload != null && households != null) {
      throw new ParameterException(spec.commandLine(), "give --caseload or --households, not both");
    }
    Rejects rejects = new Rejects(onError);
    Caseloads.Source source = caseload != null ? Caseloads.file(context, caseload, rejects)
        : households != null ? Caseloads.synthetic(households) : Caseloads.sample();
    StandardsRegistry registry = standards.registry(root);
    requireStandards(registry, first, month);
    BenefitCalculator.Builder builder = BenefitCalculator.builder(registry).clock(context.clock()).explanations(false);
    PriceIndexSeries series = priceIndex(context, priceIndex);
    if (series != null) {
      builder.priceIndex(series);
    }
    BenefitCalculator calculator = builder.build();
    Path dir = out != null ? Inputs.resolve(context, out) : defaultOut(context, month);
    Files.createDirectories(dir);
    Path ledgerFile = dir.resolve("payouts.ledger");
    if (fresh) {
      if (ledgerOptions.database()) {
        throw new ParameterException(spec.commandLine(), "--fresh starts a new ledger file; it never empties a database ledger");
      }
      Files.deleteIfExists(ledgerFile);
      Files.deleteIfExists(dir.resolve(ReconcileCommand.Review.FILE)); // its items were held against that ledger
    }

    long start = System.nanoTime();
    int months = (int) (first.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
    Progress progress = Progress.of(context.terminal(), spec.commandLine().getErr(), months);
    List<RunSummary> runs = new ArrayList<>();
    long householdsRead = 0;
    Report report;
    long ledgerLines;
    try (Ledger ledger = ledgerOptions.open(ledgerFile)) {
      PayoutRun run = PayoutRun.of(calculator);
      for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
        progress.step(m.toString());
        List<TemporaryAssistanceCase> cases = new ArrayList<>();
        YearMonth paid = m;
        long[] read = {0};
        Iterable<CaseloadHousehold> watched = () -> accepted(source.households().iterator(), paid, registry, calculator,
            rejects, ch -> {
              read[0]++;
              ch.temporaryAssistance().filter(c -> YearMonth.from(c.approvalDate()).equals(paid)).ifPresent(cases::add);
            });
        try {
          runs.add(run.pay(m, progress.counting(Caseloads.enrolled(watched)), ledger));
        } catch (RuntimeException e) { // name the household by its file and line or rows, as an unreadable one is
          throw Caseloads.located(source.households(), ch -> problem(ch, paid, registry, calculator, true), e);
        }
        if (!cases.isEmpty()) {
          runs.add(run.payCases(m, cases, ledger));
        }
        householdsRead = read[0];
      }
      ReportAggregator agg = ReportAggregator.of(ledger);
      // items held for review are not in the ledger: the latest reconciliation in this folder listed them
      ReconcileCommand.Review.read(dir).ifPresent(review -> review.addTo(agg));
      report = agg.build();
      ledgerLines = ledger.lineCount();
    } finally {
      progress.done();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Path csv = dir.resolve("report.csv");
    Path json = dir.resolve("report.json");
    writeReports(report, dir);

    rejects.finish(context, dir, spec.commandLine());
    PrintWriter o = spec.commandLine().getOut();
    Summary summary = new Summary(month, first, source.description(), householdsRead, runs, ledgerLines,
        series == null ? "none" : series.label(), ledgerOptions.describe(shown(context, ledgerFile)), shown(context, csv), shown(context, json),
        rows(report, ReportLevel.COUNTY), rows(report, ReportLevel.CITY));
    if (format == Format.json) {
      o.println(MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    } else {
      o.print(render(summary, report, registry, seconds, source.households()));
    }
    return 0;
  }

  /** What the JSON output holds. */
  record Summary(YearMonth month, YearMonth from, String caseload, long households, List<RunSummary> runs,
      long ledgerLines, String priceIndex, String ledger, String reportCsv, String reportJson,
      List<ReportRow> counties, List<ReportRow> city) {}

  /**
   * Refuses months in which no loaded module claims anything: paying nothing without a word would look like a run.
   *
   * @throws CliException naming the months and the range the modules cover
   */
  static void requireStandards(StandardsRegistry registry, YearMonth first, YearMonth last) {
    List<org.minzheng.standard.Claim> claims = registry.standardSets().stream().flatMap(s -> s.claims().stream()).toList();
    List<YearMonth> missing = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      java.time.LocalDate day1 = m.atDay(1);
      java.time.LocalDate end = m.atEndOfMonth();
      if (claims.stream().noneMatch(c -> !c.effectiveFrom().isAfter(end)
          && c.effectiveUntil().map(u -> u.isAfter(day1)).orElse(true))) {
        missing.add(m);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    java.time.LocalDate from = claims.stream().map(org.minzheng.standard.Claim::effectiveFrom).min(java.util.Comparator.naturalOrder())
        .orElse(null);
    boolean open = claims.stream().anyMatch(c -> c.effectiveUntil().isEmpty());
    String until = open ? "onwards" : "to " + claims.stream().map(c -> c.effectiveUntil().orElseThrow())
        .max(java.util.Comparator.naturalOrder()).map(d -> YearMonth.from(d.minusDays(1)).toString()).orElse("?");
    String months = missing.size() == 1 ? missing.get(0).toString() : missing.get(0) + " to " + missing.get(missing.size() - 1);
    throw new CliException("no standards for " + months + ": the loaded modules ("
        + registry.standardSets().stream().map(s -> s.moduleId()).distinct().collect(java.util.stream.Collectors.joining(", "))
        + ") claim " + (from == null ? "no month" : YearMonth.from(from) + " " + until) + "; choose --month (and --from) within that");
  }

  /**
   * The households of {@code it} that can be paid in {@code month}: a household whose region no loaded module
   * declares (and, with {@code --on-error skip}, one whose calculation fails) goes to {@code rejects}, named by its
   * file and line (or position) and id.
   */
  static java.util.Iterator<CaseloadHousehold> accepted(java.util.Iterator<CaseloadHousehold> it, YearMonth month,
      StandardsRegistry registry, BenefitCalculator calculator, Rejects rejects,
      java.util.function.Consumer<CaseloadHousehold> onRead) {
    return new java.util.Iterator<>() {
      private long ordinal;
      private CaseloadHousehold next;

      @Override
      public boolean hasNext() {
        while (next == null && it.hasNext()) {
          CaseloadHousehold ch = it.next();
          ordinal++;
          String where = Caseloads.where(it, "household " + ordinal + " of the caseload");
          String problem = problem(ch, month, registry, calculator, rejects.skipping());
          if (problem == null) {
            next = ch;
          } else {
            rejects.reject(where, ch.household().id().value(), problem);
          }
        }
        return next != null;
      }

      @Override
      public CaseloadHousehold next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        CaseloadHousehold h = next;
        next = null;
        onRead.accept(h);
        return h;
      }
    };
  }

  /** @return what keeps {@code ch} from being paid in {@code month}, or null */
  private static String problem(CaseloadHousehold ch, YearMonth month, StandardsRegistry registry,
      BenefitCalculator calculator, boolean tryIt) {
    String unknown = unknownRegion(ch, registry);
    if (unknown != null || !tryIt) {
      return unknown;
    }
    try {
      calculator.calculate(ch.household(), month);
    } catch (RuntimeException e) {
      return Caseloads.problems(e);
    }
    return null;
  }

  /** @return the problem of a household whose region no loaded module declares, or null */
  static String unknownRegion(CaseloadHousehold ch, StandardsRegistry registry) {
    RegionCode region = ch.household().region();
    return registry.findRegion(region).isPresent() ? null
        : "unknown region code " + region + ": no loaded standards module declares it";
  }

  /** Writes report.csv and report.json into {@code dir}. */
  static void writeReports(Report report, Path dir) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("report.csv"), UTF_8)) {
      report.writeCsv(w);
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("report.json"), UTF_8)) {
      report.writeJson(w);
    }
  }

  /** The series {@code --price-index} names: {@code none} (null), {@code sample} (embedded), or a file. */
  static PriceIndexSeries priceIndex(CliContext context, String priceIndex) throws IOException {
    if ("none".equals(priceIndex)) {
      return null;
    }
    if ("sample".equals(priceIndex)) {
      try (InputStream in = PayrollCommand.class.getResourceAsStream(SAMPLE_PRICE_INDEX)) {
        if (in == null) {
          throw new CliException("the embedded sample price index " + SAMPLE_PRICE_INDEX + " is missing from the jar");
        }
        return MinzhengJson.mapper().readValue(in, PriceIndexSeries.class);
      }
    }
    return Inputs.priceIndex(context, priceIndex);
  }

  /** @return {@code file} relative to the working directory if it lies below it, else absolute */
  static String shown(CliContext context, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path wd = context.workingDirectory().toAbsolutePath().normalize();
    return abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
  }

  static Path defaultOut(CliContext context, YearMonth month) {
    Path target = context.workingDirectory().resolve("target");
    return Files.isDirectory(target) ? target.resolve("payroll-" + month)
        : context.workingDirectory().resolve("minzheng-out").resolve("payroll-" + month);
  }

  /** Records the temporary-assistance cases approved in the month as one-off payments to their households. */
  private static List<ReportRow> rows(Report report, ReportLevel level) {
    return report.rows(level).stream().filter(r -> r.period().getYear() == lastYear(report)).toList();
  }

  private static int lastYear(Report report) {
    return report.rows().stream().mapToInt(r -> r.period().getYear()).max().orElse(0);
  }

  private String render(Summary s, Report report, StandardsRegistry registry, double seconds,
      Iterable<CaseloadHousehold> households) {
    boolean zh = common.zh();
    StringBuilder sb = new StringBuilder();
    String city = registry.findRegion(RegionCode.of("410400")).map(r -> zh ? r.chinese() : r.english()).orElse("410400");
    if (zh) {
      sb.append(city).append(" 社会救助发放汇总  ").append(month.getYear()).append("年").append(month.getMonthValue())
          .append("月 (累计自").append(month.getYear()).append("年1月)\n");
      sb.append("数据: ").append(s.caseload()).append(", ").append(String.format("%,d", s.households())).append(" 户; 逐月发放 ")
          .append(s.from()).append(" 至 ").append(s.month()).append("; 价格指数: ").append(s.priceIndex()).append('\n');
    } else {
      sb.append(city).append(" social assistance payroll, ").append(month).append(" (cumulative from January ")
          .append(month.getYear()).append(")\n");
      sb.append("Data: ").append(s.caseload()).append(", ").append(String.format("%,d", s.households()))
          .append(" households; monthly runs ").append(s.from()).append(" to ").append(s.month()).append("; price index: ")
          .append(s.priceIndex()).append('\n');
    }
    sb.append('\n');
    String[] head = zh
        ? new String[] {"项目", "地区", "本月对象", "本月人次", "本月金额(元)", "1月起累计人次", "1月起累计金额(元)"}
        : new String[] {"scheme", "region", "recipients", "person-times", "amount (yuan)", "cum. person-times",
            "cum. amount (yuan)"};
    int[] w = zh ? new int[] {26, 10, 9, 9, 15, 14, 18} : new int[] {46, 18, 11, 13, 15, 18, 19};
    line(sb, head, w);
    Money monthTotal = Money.ZERO;
    Money cumulativeTotal = Money.ZERO;
    Money backPay = Money.ZERO;
    Money recovery = Money.ZERO;
    for (Scheme scheme : Scheme.all()) { // the built-in schemes and those of installed scheme modules
      List<ReportRow> counties = latest(report, scheme, ReportLevel.COUNTY);
      if (counties.isEmpty()) {
        continue;
      }
      String name = zh ? scheme.chinese() : scheme.english();
      for (ReportRow r : counties) {
        String region = registry.findRegion(RegionCode.of(r.key())).map(i -> zh ? i.chinese() : i.english()).orElse(r.key());
        line(sb, cells(name, region, r), w);
        name = "";
      }
      for (ReportRow r : latest(report, scheme, ReportLevel.CITY)) {
        line(sb, cells("", zh ? "全市合计" : "city total", r), w);
        monthTotal = monthTotal.plus(r.period().equals(month) ? r.amount() : Money.ZERO);
        cumulativeTotal = cumulativeTotal.plus(r.cumulativeAmount());
        backPay = backPay.plus(r.period().equals(month) ? r.backPay() : Money.ZERO);
        recovery = recovery.plus(r.period().equals(month) ? r.recovery() : Money.ZERO);
      }
    }
    sb.append('\n').append(zh ? "本月合计 " : "Total this month ").append(yuan(monthTotal)).append(zh ? " 元; 1月起累计 " : " yuan; since January ")
        .append(yuan(cumulativeTotal)).append(zh ? " 元\n" : " yuan\n");
    if (!backPay.isZero() || !recovery.isZero()) { // regular, back pay and recovery apart (rules.md §11)
      sb.append(zh ? "其中本月按月发放 " : "of which this month: regular ").append(yuan(monthTotal.minus(backPay).minus(recovery)))
          .append(zh ? " 元, 补发 " : " yuan, back pay ").append(yuan(backPay))
          .append(zh ? " 元, 追回 " : " yuan, recovery ").append(yuan(recovery)).append(zh ? " 元\n" : " yuan\n");
    }
    long heldItems = 0;
    Money heldAmount = Money.ZERO;
    for (ReportRow r : report.rows(ReportLevel.CITY)) { // the latest reconciliation's held items, in its run month
      heldItems += r.heldItems();
      heldAmount = heldAmount.plus(r.heldAmount());
    }
    if (heldItems > 0) { // items held for review by count and amount (rules.md §11 Reports)
      sb.append(zh ? "待审核 (暂不追回) " : "held for review (not recovered yet): ").append(String.format("%,d", heldItems))
          .append(zh ? " 项, " : " items, ").append(yuan(heldAmount)).append(zh ? " 元\n" : " yuan\n");
    }
    sb.append('\n').append(report.sentences(month, ReportLevel.CITY, common.lang().locale(), registry::findRegion));
    if (caseload == null) { // the sample facilities and institutions belong to the synthetic caseload, not to a file's
      sb.append('\n').append(zh ? "养老服务设施、公墓、双重预防、网格与移风易俗 (2020年样例数据)\n"
          : "Facilities, cemeteries, dual prevention, grids and funeral reform (2020 sample data)\n");
      sb.append(Pingdingshan2020Work.sentences(households, report, month, registry.standardFor(RegionCode.of("410400"), month),
          common.lang().locale()));
    }
    long ineligible = s.runs().stream().mapToLong(RunSummary::ineligible).sum();
    long undetermined = s.runs().stream().mapToLong(RunSummary::undetermined).sum();
    long recorded = s.runs().stream().mapToLong(RunSummary::linesRecorded).sum();
    long duplicates = s.runs().stream().mapToLong(RunSummary::duplicates).sum();
    sb.append('\n');
    if (zh) {
      sb.append(String.format("发放批次 %d 个, 新记账 %,d 条, 重复未记 %,d 条; 未发放: 不符合 %,d, 待定 %,d; 用时 %.1f 秒%n",
          s.runs().size(), recorded, duplicates, ineligible, undetermined, seconds));
      sb.append("台账 ").append(s.ledger()).append(String.format(" (%,d 条)%n", s.ledgerLines()));
      sb.append("报表 ").append(s.reportCsv()).append(", ").append(s.reportJson()).append('\n');
    } else {
      sb.append(String.format("%d runs, %,d lines recorded, %,d duplicates skipped; not paid: %,d ineligible, "
          + "%,d undetermined; %.1f s%n", s.runs().size(), recorded, duplicates, ineligible, undetermined, seconds));
      sb.append("Ledger ").append(s.ledger()).append(String.format(" (%,d lines)%n", s.ledgerLines()));
      sb.append("Report ").append(s.reportCsv()).append(", ").append(s.reportJson()).append('\n');
    }
    return sb.toString();
  }

  /** The row of each region of {@code level} for {@code scheme} as of {@link #month}, in region order. */
  private List<ReportRow> latest(Report report, Scheme scheme, ReportLevel level) {
    Map<String, ReportRow> byKey = new LinkedHashMap<>();
    for (ReportRow r : report.rows(level)) {
      if (r.scheme() == scheme && r.period().getYear() == month.getYear() && !r.period().isAfter(month)) {
        byKey.put(r.key(), r); // rows are in period order: the last one wins
      }
    }
    return List.copyOf(byKey.values());
  }

  private String[] cells(String scheme, String region, ReportRow r) {
    boolean thisMonth = r.period().equals(month);
    return new String[] {scheme, region, String.format("%,d", thisMonth ? r.recipients() : 0),
        String.format("%,d", thisMonth ? r.personTimes() : 0), yuan(thisMonth ? r.amount() : Money.ZERO),
        String.format("%,d", r.cumulativePersonTimes()), yuan(r.cumulativeAmount())};
  }

  private static void line(StringBuilder sb, String[] cells, int[] widths) {
    for (int i = 0; i < cells.length; i++) {
      sb.append(i < 2 ? Text.left(cells[i], widths[i]) : Text.right(cells[i], widths[i]));
      if (i < cells.length - 1) {
        sb.append(' ');
      }
    }
    sb.append('\n');
  }

  static String yuan(Money m) {
    return String.format("%,.2f", m.toYuan());
  }
}
