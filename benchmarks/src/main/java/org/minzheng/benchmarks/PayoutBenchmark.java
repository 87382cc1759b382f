package org.minzheng.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunSummary;
import org.minzheng.report.Report;
import org.minzheng.report.ReportAggregator;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A monthly payout run over one million enrolled households, streamed from a deterministic
 * generator (never held in a list) through the real engine ({@link BenefitCalculator} on the shipped
 * standards-2020 data, explanations off) into a {@link FileLedger}: one run per invocation, into a
 * fresh file. About 1.2 lines per household (dibao, centralized extreme-poverty support paid to an
 * institution for every tenth household, the old-age allowance for members aged 80 and over).
 *
 * <p>{@code generateOnly} and {@code calculateOnly} measure the generator and generator + engine
 * alone, so the payout run's own share is the difference.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PayoutBenchmark -f 1 -wi 1 -i 3 -prof gc};
 * lines per second and peak heap with a constrained heap: {@code java -Xmx128m -cp
 * benchmarks/target/benchmarks.jar org.minzheng.benchmarks.PayoutBenchmark 1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PayoutBenchmark {
  static final YearMonth MONTH = YearMonth.of(2020, 3);
  static final YearMonth START = YearMonth.of(2020, 1);
  static final Clock CLOCK = Clock.fixed(LocalDate.of(2021, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
      ZoneId.of("Asia/Shanghai"));
  static final String[] COUNTIES = {"410402", "410403", "410404", "410411", "410421", "410422", "410423", "410425"};
  static final RegionCode[] REGIONS = new RegionCode[COUNTIES.length];
  static final InstitutionId[] INSTITUTIONS = new InstitutionId[COUNTIES.length];

  static {
    for (int c = 0; c < COUNTIES.length; c++) {
      REGIONS[c] = RegionCode.of(COUNTIES[c]);
      INSTITUTIONS[c] = InstitutionId.of("JLY-" + COUNTIES[c]);
    }
  }

  @Param("1000000")
  public int households;

  Path dir;
  Path file;
  BenefitCalculator calculator;
  PayoutRun run;
  long lastLines;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("payout-bench");
    calculator = calculator();
    run = PayoutRun.of(calculator);
  }

  @Setup(Level.Invocation)
  public void freshFile() {
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

  /** The generator alone: what building the input costs. */
  @Benchmark
  public void generateOnly(Blackhole bh) {
    for (Iterator<EnrolledHousehold> it = generate(households); it.hasNext(); ) {
      bh.consume(it.next());
    }
  }

  /** The generator and the engine, without the payout run and the ledger. */
  @Benchmark
  public void calculateOnly(Blackhole bh) {
    for (Iterator<EnrolledHousehold> it = generate(households); it.hasNext(); ) {
      HouseholdResult r = calculator.calculate(it.next().household(), MONTH);
      bh.consume(r);
    }
  }

  static BenefitCalculator calculator() {
    return BenefitCalculator.builder(StandardsRegistry.of(Standards2020.provider())).clock(CLOCK).explanations(false).build();
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

  /**
   * Household i: 1–4 members in one of 8 counties, urban or (every third) rural, income 0–900 a month
   * on the first member; in every tenth household of two or more, the second member (aged 75–84) lives
   * in the county's support institution and is enrolled in extreme-poverty support; members aged 80+
   * are enrolled in the old-age allowance.
   */
  static EnrolledHousehold household(int i) {
    int c = i % COUNTIES.length;
    RegionCode region = REGIONS[c];
    HouseholdId id = HouseholdId.of("B" + i);
    int size = 1 + i % 4;
    Household.Builder b = new Household.Builder().id(id).region(region)
        .residenceType(i % 3 == 0 ? ResidenceType.RURAL : ResidenceType.URBAN).assetsWithinLimits(true);
    List<Enrollment> enrollments = new ArrayList<>(3);
    enrollments.add(Enrollment.of(Scheme.DIBAO, Beneficiary.household(id.value()), id, START));
    long monthly = (i % 7) * 150L;
    for (int m = 0; m < size; m++) {
      boolean supported = m == 1 && i % 10 == 1;
      int year = m == 0 ? 1960 + i % 30 : supported ? 1936 + i % 10 : 1990 + (i + m) % 20;
      // (at most 125,000 households a county keep the days in range and the IDs distinct)
      // unique: household j = i / 8 of county c has the birth day j / 1000 (in Jan–May) and sequence j % 1000,
      // and its members differ in birth year
      int j = i / COUNTIES.length;
      ResidentId rid = rid(COUNTIES[c], year, 1 + j / 1000 / 28, 1 + j / 1000 % 28, j % 1000);
      Person.Builder p = new Person.Builder().id(rid).hukouRegion(region);
      if (m == 0 && monthly > 0) {
        p.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(monthly * 12)));
      }
      if (supported) {
        p.institution(INSTITUTIONS[c]).hasCapableSupporter(false).selfCare(new SelfCareAssessment(java.util.Set.of()));
        enrollments.add(Enrollment.of(Scheme.EXTREME_POVERTY, Beneficiary.person(rid.value()), id, START));
      } else {
        p.hasCapableSupporter(true);
      }
      if (year <= 1939) {
        enrollments.add(Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(rid.value()), id, START));
      }
      b.addMember(p.build());
    }
    return new EnrolledHousehold(b.build(), enrollments);
  }

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private static ResidentId rid(String county, int year, int month, int day, int seq) {
    char[] c = new char[18];
    county.getChars(0, 6, c, 0);
    int[] digits = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10, month / 10, month % 10, day / 10, day % 10,
        seq / 100, seq / 10 % 10, seq % 10};
    for (int k = 0; k < digits.length; k++) {
      c[6 + k] = (char) ('0' + digits[k]);
    }
    int s = 0;
    for (int k = 0; k < 17; k++) {
      s += (c[k] - '0') * WEIGHTS[k];
    }
    c[17] = "10X98765432".charAt(s % 11); // GB 11643 check character; ResidentId.parse checks it again
    return ResidentId.parse(new String(c));
  }

  /**
   * A plain run for throughput and heap: {@code java -Xmx128m -cp benchmarks.jar
   * org.minzheng.benchmarks.PayoutBenchmark [households] [report]}: three warm-up runs of a fifth of the
   * households, then the measured run; with {@code report}, the report is built from the file afterwards.
   *
   * @param args the number of households (default 1,000,000), and optionally {@code report}
   * @throws IOException if the temporary file fails
   */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean withReport = args.length > 1 && args[1].equals("report");
    PayoutRun run = PayoutRun.of(calculator());
    Path warm = Files.createTempFile("payout-warm", ".ledger");
    Files.delete(warm);
    for (int w = 0; w < 3; w++) { // warm-up runs, so the measured one runs compiled code
      try (FileLedger ledger = FileLedger.open(warm)) {
        run.pay(MONTH, () -> generate(Math.max(1, n / 5)), ledger);
      }
      Files.delete(warm);
    }
    Path f = Files.createTempFile("payout-bench", ".ledger");
    Files.delete(f);
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long alloc0 = allocatedBytes();
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    RunSummary s;
    long t1;
    long usedAfterRun;
    long cpu1;
    try (FileLedger ledger = FileLedger.open(f)) {
      s = run.pay(MONTH, () -> generate(n), ledger);
      t1 = System.nanoTime();
      cpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      System.gc();
      usedAfterRun = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
    long alloc1 = allocatedBytes();
    long peak = peakHeap();
    double secs = (t1 - t0) / 1e9;
    System.out.printf("households %,d  lines %,d  amount %s  run %.2f s  %,.0f lines/s  %,.0f households/s%n", s.households(),
        s.linesRecorded(), s.amountRecorded(), secs, s.linesRecorded() / secs, s.households() / secs);
    double cpu = (cpu1 - cpu0) / 1e9;
    System.out.printf("run thread CPU %.2f s: %,.0f lines per CPU-second (the machine may be shared)%n", cpu,
        s.linesRecorded() / cpu);
    System.out.printf("allocated %,d MB in the run (%,d bytes a line); ledger file %,d bytes%n", (alloc1 - alloc0) >> 20,
        (alloc1 - alloc0) / Math.max(1, s.linesRecorded()), Files.size(f));
    System.out.printf("max heap %,d MB; peak heap used (sum of pool peaks) %,d MB; live heap after the run (after GC) %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, usedAfterRun >> 20);
    if (args.length > 1 && args[1].equals("parts")) {
      parts(n);
    }
    if (withReport) {
      long t2 = System.nanoTime();
      ReportAggregator aggregator;
      long t3;
      long verified;
      try (FileLedger ledger = FileLedger.open(f)) {
        t3 = System.nanoTime();
        verified = ledger.lineCount();
        aggregator = ReportAggregator.of(ledger);
      } // the ledger's key index is not needed to build the report
      Report report = aggregator.build();
      long t4 = System.nanoTime();
      System.out.printf("reopen (verify %,d lines) %.2f s; report read back in %.2f s (%,.0f lines/s), total %s, %,d rows%n",
          verified, (t3 - t2) / 1e9, (t4 - t3) / 1e9, report.lineCount() / ((t4 - t3) / 1e9), report.total(),
          report.rows().size());
      System.out.printf("peak heap used (sum of pool peaks) %,d MB%n", peakHeap() >> 20);
    }
    Files.delete(f);
  }

  /** CPU seconds of the generator alone, and of the generator with the engine (streamed), for the same households. */
  private static void parts(int n) {
    java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
    long c0 = t.getCurrentThreadCpuTime();
    long sink = 0;
    for (Iterator<EnrolledHousehold> it = generate(n); it.hasNext(); ) {
      sink += it.next().enrollments().size();
    }
    long c1 = t.getCurrentThreadCpuTime();
    long[] results = new long[1];
    Iterable<Household> hh = () -> new Iterator<>() {
      final Iterator<EnrolledHousehold> it = generate(n);

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Household next() {
        return it.next().household();
      }
    };
    calculator().calculateEach(hh, MONTH, new BenefitCalculator.BatchSink() {
      @Override
      public void result(HouseholdResult r) {
        results[0] += r.results().size();
      }

      @Override
      public void error(org.minzheng.scheme.BatchError e) {
        throw new IllegalStateException(e.toString());
      }
    });
    long c2 = t.getCurrentThreadCpuTime();
    System.out.printf("CPU: generator alone %.2f s (%,d enrollments); generator + engine %.2f s (%,d results)%n",
        (c1 - c0) / 1e9, sink, (c2 - c1) / 1e9, results[0]);
  }

  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
    if (t instanceof com.sun.management.ThreadMXBean sun) {
      return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return 0;
  }
}
