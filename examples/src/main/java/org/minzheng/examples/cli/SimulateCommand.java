package org.minzheng.examples.cli;

import com.google.common.io.ByteSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.ReformCosting;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.MinzhengJson;
import org.minzheng.reform.ReformOverlay;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;
import org.minzheng.testkit.CaseloadHousehold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code minzheng simulate}: the cost of a reform, baseline versus baseline plus an override document. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Reform costing: every household of the caseload under the installed standards and under the",
        "standards with --reform's values overlaid (a standards document of only the changed values, e.g.",
        "samples/reform-urban-600.json); prints cost per scheme and county, and households gaining, losing and",
        "newly eligible. Temporary assistance counts the cases approved in the month."})
final class SimulateCommand implements Callable<Integer> {
  @ParentCommand
  MinzhengCli root;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  StandardsOptions standards = new StandardsOptions();

  @Option(names = "--reform", required = true, paramLabel = "FILE",
      description = "The override: a standards document (same format) giving only the changed values.")
  String reform;

  @Option(names = "--month", paramLabel = "yyyy-MM", defaultValue = "2020-09", description = "The month costed (default 2020-09).")
  YearMonth month;

  @Option(names = "--caseload", paramLabel = "FILE", description = "Households as JSON lines, or as CSV (one row per person) if the name ends in .csv (default: the embedded sample).")
  String caseload;

  @Option(names = "--households", paramLabel = "N", description = "A synthetic caseload of about N households.")
  Long households;

  @Option(names = "--price-index", paramLabel = "FILE|sample|none", defaultValue = "sample",
      description = "CPI series for the price subsidy: a JSON file, the embedded 2020 sample (default), or none.")
  String priceIndex;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--on-error", paramLabel = "stop|skip", defaultValue = "stop",
      description = {"What a household that cannot be costed (an unreadable line or rows, an unknown region code, invalid",
          "input) does: stop (the default) ends the run with one line naming the file, line or rows, household and the",
          "problem; skip leaves it out of both totals, costs the others, writes every household left out with its",
          "reasons to rejects.csv in --out and says how many."})
  Rejects.Mode onError = Rejects.Mode.stop;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where rejects.csv goes with --on-error skip (default: target/simulate-<month> if ./target exists, "
          + "else minzheng-out/simulate-<month>).")
  String out;

  /** What the JSON output holds. */
  record Output(String reform, String title, YearMonth month, String caseload, ReformCosting.Result result,
      List<ReformCosting.Line> schemeTotals, Money baselineTotal, Money reformTotal, Money difference,
      int householdsLeftOut) {}

  @Override
  public Integer call() throws Exception {
    CliContext context = root.context();
    if (caseload != null && households != null) {
      throw new ParameterException(spec.commandLine(), "give --caseload or --households, not both");
    }
    ReformOverlay overlay = ReformOverlay.read(reform, ByteSource.wrap(Inputs.bytes(context, reform)));
    StandardsRegistry baseline = standards.registry(root);
    StandardsRegistry reformed = overlay.applyTo(baseline);
    PriceIndexSeries series = PayrollCommand.priceIndex(context, priceIndex);
    ReformCosting costing = ReformCosting.of(calculator(baseline, context, series), calculator(reformed, context, series), month);
    Rejects rejects = new Rejects(onError);
    Caseloads.Source source = caseload != null ? Caseloads.file(context, caseload, rejects)
        : households != null ? Caseloads.synthetic(households) : Caseloads.sample();
    Iterator<CaseloadHousehold> it = source.households().iterator();
    for (long ordinal = 1; it.hasNext(); ordinal++) {
      CaseloadHousehold h = it.next();
      String problem = PayrollCommand.unknownRegion(h, baseline);
      if (problem == null) {
        try { // add calculates under both standards before it counts anything: a failure leaves the totals as they were
          costing.add(h.household(), h.temporaryAssistance()
              .filter(c -> YearMonth.from(c.approvalDate()).equals(month)).stream().toList());
        } catch (RuntimeException e) {
          if (!Caseloads.householdFailure(e)) {
            throw e;
          }
          problem = Caseloads.problems(e);
        }
      }
      if (problem != null) {
        rejects.reject(Caseloads.where(it, "household " + ordinal + " of the caseload"), h.household().id().value(), problem);
      }
    }
    if (onError == Rejects.Mode.skip || out != null) {
      Path dir = out != null ? Inputs.resolve(context, out) : defaultOut(context, month);
      Files.createDirectories(dir);
      rejects.finish(context, dir, spec.commandLine());
    }
    ReformCosting.Result r = costing.result();
    List<ReformCosting.Line> totals = r.lines().stream().map(ReformCosting.Line::scheme).distinct().map(r::total).toList();
    Output o = new Output(overlay.id(), overlay.override().title(), month, source.description(), r, totals,
        r.baselineTotal(), r.reformTotal(), r.reformTotal().minus(r.baselineTotal()), rejects.count());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(MinzhengJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      out.print(render(o, baseline));
    }
    return 0;
  }

  /** The folder {@code --out} defaults to: {@code target/simulate-<month>} in a build folder, else under {@code minzheng-out}. */
  static Path defaultOut(CliContext context, YearMonth month) {
    Path target = context.workingDirectory().resolve("target");
    return Files.isDirectory(target) ? target.resolve("simulate-" + month)
        : context.workingDirectory().resolve("minzheng-out").resolve("simulate-" + month);
  }

  private static BenefitCalculator calculator(StandardsRegistry registry, CliContext context, PriceIndexSeries series) {
    BenefitCalculator.Builder b = BenefitCalculator.builder(registry).clock(context.clock()).explanations(false);
    if (series != null) {
      b.priceIndex(series);
    }
    return b.build();
  }

  private String render(Output o, StandardsRegistry registry) {
    boolean zh = common.zh();
    ReformCosting.Result r = o.result();
    StringBuilder sb = new StringBuilder();
    sb.append(zh ? "改革测算 " : "Reform costing ").append(o.reform()).append(": ").append(o.title()).append('\n');
    sb.append(zh ? "月份 " : "Month ").append(o.month()).append(zh ? "; 数据: " : "; data: ").append(o.caseload())
        .append(String.format(zh ? ", %,d 户; 金额为当月应享待遇及当月批准的临时救助 (元)%n"
            : ", %,d households; amounts are the month's entitlements and the temporary assistance approved in it (yuan)%n",
            r.households()));
    sb.append('\n');
    String[] head = zh
        ? new String[] {"项目", "地区", "基线对象", "改革对象", "基线金额", "改革金额", "差额", "新增符合", "不再符合"}
        : new String[] {"scheme", "region", "baseline n", "reform n", "baseline", "reform", "difference", "newly elig.",
            "no longer"};
    int[] w = zh ? new int[] {26, 10, 9, 9, 14, 14, 13, 9, 9} : new int[] {46, 18, 11, 10, 14, 14, 13, 12, 10};
    line(sb, head, w);
    for (ReformCosting.Line total : o.schemeTotals()) {
      Scheme scheme = total.scheme();
      String name = zh ? scheme.chinese() : scheme.english();
      for (ReformCosting.Line l : r.lines()) {
        if (l.scheme() == scheme) {
          line(sb, cells(name, name(registry, l.region(), zh), l), w);
          name = "";
        }
      }
      line(sb, cells("", zh ? "全市合计" : "city total", total), w);
    }
    sb.append('\n');
    sb.append(zh ? "合计: 基线 " : "Total: baseline ").append(PayrollCommand.yuan(o.baselineTotal()))
        .append(zh ? " 元, 改革 " : " yuan, reform ").append(PayrollCommand.yuan(o.reformTotal()))
        .append(zh ? " 元, 每月增加 " : " yuan, change per month ").append(PayrollCommand.yuan(o.difference()))
        .append(zh ? " 元 (年化 " : " yuan (a year: ").append(PayrollCommand.yuan(o.difference().multipliedBy(12)))
        .append(zh ? " 元)\n" : " yuan)\n");
    sb.append(String.format(zh ? "家庭: 待遇增加 %,d, 减少 %,d, 不变 %,d; 有成员新增符合条件的家庭 %,d%n"
        : "Households: %,d gaining, %,d losing, %,d unchanged; %,d with a newly eligible beneficiary%n",
        r.gaining(), r.losing(), r.unchanged(), r.newlyEligible()));
    return sb.toString();
  }

  private static String name(StandardsRegistry registry, RegionCode region, boolean zh) {
    return registry.findRegion(region).map(i -> zh ? i.chinese() : i.english()).orElse(region.code());
  }

  private static String[] cells(String scheme, String region, ReformCosting.Line l) {
    return new String[] {scheme, region, String.format("%,d", l.baselineRecipients()),
        String.format("%,d", l.reformRecipients()), PayrollCommand.yuan(l.baselineAmount()),
        PayrollCommand.yuan(l.reformAmount()), PayrollCommand.yuan(l.difference()),
        String.format("%,d", l.newlyEligible()), String.format("%,d", l.noLongerEligible())};
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
}
