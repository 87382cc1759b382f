package org.minzheng.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunSummary;
import org.minzheng.report.Report;
import org.minzheng.report.ReportAggregator;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Explanation;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A monthly payout run over one million enrolled households, streamed from a deterministic
 * generator (never held in a list) into a {@link FileLedger}: one run per invocation, into a fresh file.
 *
 * <p>The calculation is a stand-in for the engine (dibao by 补差 on the urban standard read from a
 * registry, and centralized extreme-poverty support paid to an institution for every tenth household),
 * so the figures measure the payout run and the ledger, not the engine. About 1.1 lines per household.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PayoutBenchmark -f 1 -wi 1 -i 3 -prof gc};
 * peak heap with a constrained heap: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.PayoutBenchmark 1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PayoutBenchmark {
  static final YearMonth MONTH = YearMonth.of(2020, 3);
  static final List<RegionCode> COUNTIES = List.of("410402", "410403", "410404", "410411", "410421", "410422", "410423",
      "410425").stream().map(RegionCode::of).toList();

  @Param("1000000")
  public int households;

  Path dir;
  Path file;
  PayoutRun run;
  long lastLines;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("payout-bench");
    run = PayoutRun.of(standIn(registry()));
  }

  @Setup(Level.Invocation)
  public void freshFile() throws IOException {
    file = dir.resolve("ledger-" + System.nanoTime());
  }

  @TearDown(Level.Invocation)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(dir);
    System.out.println("\nlines recorded per run: " + lastLines);
  }

  /** One monthly run of {@link #households} households into a fresh file ledger. */
  @Benchmark
  public RunSummary payMonthIntoFileLedger() {
    try (FileLedger ledger = FileLedger.open(file)) {
      RunSummary s = run.pay(MONTH, () -> generate(households), ledger);
      lastLines = s.linesRecorded();
      return s;
    }
  }

  /** The households, built one at a time as the run asks for them. */
  static Iterator<EnrolledHousehold> generate(int n) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public EnrolledHousehold next() {
        if (i >= n) {
          throw new NoSuchElementException();
        }
        return household(i++);
      }
    };
  }

  /** Household i: 1–4 members in one of 8 counties, income 0–900 a month; every tenth has a member in an institution. */
  static EnrolledHousehold household(int i) {
    RegionCode region = COUNTIES.get(i % COUNTIES.size());
    HouseholdId id = HouseholdId.of("B" + i);
    int size = 1 + i % 4;
    LocalDate born = LocalDate.of(1940, 1, 1).plusDays(i % 25_000);
    Household.Builder b = new Household.Builder().id(id).region(region).residenceType(ResidenceType.URBAN)
        .assetsWithinLimits(true);
    List<Enrollment> enrollments = new ArrayList<>(2);
    enrollments.add(Enrollment.of(Scheme.DIBAO, Beneficiary.household(id.value()), id, YearMonth.of(2020, 1)));
    long monthly = (i % 7) * 150L;
    for (int m = 0; m < size; m++) {
      String first17 = region.code() + born.toString().replace("-", "") + String.format("%03d", m);
      Person.Builder p = new Person.Builder().id(ResidentId.parse(first17 + ResidentId.checkCharacter(first17)));
      if (m == 0 && monthly > 0) {
        p.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(monthly * 12)));
      }
      if (m == 1 && i % 10 == 1) {
        p.institution(InstitutionId.of("JLY-" + region.code()));
        enrollments.add(Enrollment.of(Scheme.EXTREME_POVERTY, Beneficiary.person(first17 + ResidentId.checkCharacter(first17)),
            id, YearMonth.of(2020, 1)));
      }
      b.addMember(p.build());
    }
    return new EnrolledHousehold(b.build(), enrollments);
  }

  static StandardsRegistry registry() {
    RegionCode city = RegionCode.of("410400");
    LegalBasis basis = new LegalBasis("B", "平民〔2020〕5号", Optional.empty(), "benchmark", Optional.empty(), Optional.empty(),
        Optional.empty());
    StandardSet.Builder s = StandardSet.builder("bench", "1").addRegion(new RegionInfo(city, "平顶山市", "Pingdingshan"));
    for (RegionCode c : COUNTIES) {
      s.addRegion(new RegionInfo(c, c.code(), c.code()));
    }
    s.addClaim(new Claim(city, Scheme.DIBAO, LocalDate.of(2019, 1, 1), Optional.empty()));
    s.addValue(city, new ParameterValue<>(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(570), LocalDate.of(2019, 1, 1),
        Optional.empty(), basis, Status.SEED, Status.ASSUMPTION, Optional.empty()), "bench");
    return StandardsRegistry.builder().add(s.build()).build();
  }

  /** The stand-in calculation: dibao by 补差 (rules.md §1) and 1.3 × standard to an institution for residents. */
  static PayoutRun.HouseholdCalculation standIn(StandardsRegistry registry) {
    Stamp stamp = new Stamp("0.1.0-SNAPSHOT", Map.of("bench", "1"), "0".repeat(64));
    Reason tooMuch = new Reason("INCOME_NOT_BELOW_STANDARD", LocalizedText.of("收入不低于标准", "income not below the standard"));
    return (h, month) -> {
      Money std = registry.standardFor(h.region(), month).value(Parameters.DIBAO_STANDARD_URBAN);
      List<SchemeResult> results = new ArrayList<>(3);
      int n = 0;
      Money annual = Money.ZERO;
      for (Person p : h.members()) {
        if (!p.countsIn(month)) {
          continue;
        }
        if (p.institution().isPresent()) {
          Money ep = Money.of(std.toYuan().multiply(new BigDecimal("1.3")), Rounding.HALF_UP_FEN);
          results.add(new SchemeResult(Scheme.EXTREME_POVERTY, month, Beneficiary.person(p.id().value()), Outcome.ELIGIBLE,
              Optional.of(ep), Optional.of(Beneficiary.institution(p.institution().get().value())), List.of(), List.of(),
              Explanation.NONE));
        } else {
          n++;
          annual = annual.plus(p.countedIncome());
        }
      }
      Beneficiary hh = Beneficiary.household(h.id().value());
      BigDecimal gap = std.toYuan().multiply(BigDecimal.valueOf(n))
          .subtract(annual.toYuan().divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP));
      results.add(0, n > 0 && gap.signum() > 0
          ? new SchemeResult(Scheme.DIBAO, month, hh, Outcome.ELIGIBLE, Optional.of(Money.of(gap, Rounding.HALF_UP_FEN)),
              Optional.of(hh), List.of(), List.of(), Explanation.NONE)
          : new SchemeResult(Scheme.DIBAO, month, hh, Outcome.INELIGIBLE, Optional.empty(), Optional.empty(),
              List.of(tooMuch), List.of(), Explanation.NONE));
      return new HouseholdResult(h.id().value(), month, results, stamp);
    };
  }

  /**
   * A plain run for peak heap: {@code java -Xmx256m -cp benchmarks.jar org.minzheng.benchmarks.PayoutBenchmark [households]}.
   *
   * @param args the number of households (default 1,000,000)
   * @throws IOException if the temporary file fails
   */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path f = Files.createTempFile("payout-bench", ".ledger");
    Files.delete(f);
    PayoutRun run = PayoutRun.of(standIn(registry()));
    long t0 = System.nanoTime();
    RunSummary s;
    long t1;
    Report report;
    try (FileLedger ledger = FileLedger.open(f)) {
      s = run.pay(MONTH, () -> generate(n), ledger);
      t1 = System.nanoTime();
      report = ReportAggregator.of(ledger).build();
    }
    long t2 = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    double secs = (t1 - t0) / 1e9;
    System.out.printf("households %,d  lines %,d  amount %s  run %.2f s  %,.0f lines/s  %,.0f households/s%n", s.households(),
        s.linesRecorded(), s.amountRecorded(), secs, s.linesRecorded() / secs, s.households() / secs);
    System.out.printf("ledger file %,d bytes; report of %,d lines read back in %.2f s, total %s%n", Files.size(f),
        report.lineCount(), (t2 - t1) / 1e9, report.total());
    System.out.printf("max heap %,d MB; peak heap used (sum of pool peaks) %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    Files.delete(f);
  }
}
