package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.Reconciliation;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;
import org.minzheng.standards2020.Standards2020;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * A timed benchmark program (not JMH: one run is minutes long): pays January–September 2020 over the
 * synthetic Pingdingshan caseload into a {@link FileLedger}, then reconciles those nine months as known
 * on a new date, on which a (test) notice published 2020-10-10 supersedes standards-2020 and raises the
 * urban dibao standard to 600.00 from 2020-01-01, in run month 2020-10. Prints the time of paying and
 * of reconciling, the correction lines per second and the peak heap of each phase.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ReconcileBenchmark [households]
 * </pre>
 * Default 1,000,000 households (the caseload at scale 6.42).
 */
public final class ReconcileBenchmark {
  private ReconcileBenchmark() {}

  /**
   * @param args optionally the number of households
   * @throws Exception if the ledger cannot be written
   */
  public static void main(String[] args) throws Exception {
    long households = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long sampleSize = 0;
    for (CaseloadHousehold ignored : PingdingshanCaseload.sample()) {
      sampleSize++;
    }
    double scale = PingdingshanCaseload.DEFAULT_SCALE * households / sampleSize;
    PingdingshanCaseload caseload = PingdingshanCaseload.of(PingdingshanCaseload.DEFAULT_SEED, scale);
    Iterable<EnrolledHousehold> enrolled = () -> {
      Iterator<CaseloadHousehold> it = caseload.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public EnrolledHousehold next() {
          CaseloadHousehold ch = it.next();
          return new EnrolledHousehold(ch.household(), ch.enrollments());
        }
      };
    };
    Clock clock = Clock.fixed(LocalDate.of(2020, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    StandardsRegistry before = StandardsRegistry.of(Standards2020.provider());
    StandardsRegistry after = StandardsRegistry.builder().add(Standards2020.provider()).add(notice()).build();
    Path dir = Files.createTempDirectory("minzheng-reconcile-bench");
    Path file = dir.resolve("payouts.ledger");
    YearMonth from = YearMonth.of(2020, 1);
    YearMonth through = YearMonth.of(2020, 9);
    System.out.printf("households %,d (scale %.4f), months %s..%s%n", households, scale, from, through);
    try (FileLedger ledger = FileLedger.open(file)) {
      resetPeaks();
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      PayoutRun run = PayoutRun.of(BenefitCalculator.builder(before).clock(clock).explanations(false).build());
      for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
        run.pay(m, enrolled, ledger);
      }
      double paySeconds = (System.nanoTime() - t0) / 1e9;
      double payCpu = (cpuNanos() - c0) / 1e9;
      long paidLines = ledger.lineCount();
      System.out.printf("pay:       %,d lines in %.1f s (%,.0f lines/s), process CPU %.1f s, peak heap %,d MB%n",
          paidLines, paySeconds, paidLines / paySeconds, payCpu, peakHeap() >> 20);

      resetPeaks();
      long c1 = cpuNanos();
      long t1 = System.nanoTime();
      LocalDate knownOn = LocalDate.of(2020, 10, 15);
      Reconciliation.Report r = Reconciliation.of(
          BenefitCalculator.builder(after).clock(clock).explanations(false).knowledgeDate(knownOn).build(), after)
          .reconcile(new Reconciliation.Request(from, through, YearMonth.of(2020, 10), knownOn, false), enrolled, ledger);
      double recSeconds = (System.nanoTime() - t1) / 1e9;
      double recCpu = (cpuNanos() - c1) / 1e9;
      long lines = r.backPayLines() + r.recoveryLines();
      System.out.printf("reconcile: %,d back-pay lines (%s yuan), %,d recovery lines, %,d held items, in %.1f s "
          + "(%,.0f correction lines/s; %,.0f paid lines read/s), peak heap %,d MB%n", r.backPayLines(), r.backPayAmount(),
          r.recoveryLines(), r.reviewItems().size(), recSeconds, lines / recSeconds, paidLines / recSeconds,
          peakHeap() >> 20);
      System.out.printf("reconcile process CPU %.1f s; reconcile / pay CPU time: %.2f%n", recCpu, recCpu / payCpu);
      System.out.printf("reconcile / pay time: %.2f; undetermined pair-months %,d (listed %,d), unmatched %,d%n",
          recSeconds / paySeconds, r.undeterminedMonths(), r.undetermined().size(), r.unmatched());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static StandardSet notice() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    LocalDate published = LocalDate.of(2020, 10, 10);
    RegionCode city = RegionCode.of("410400");
    LegalBasis basis = new LegalBasis("B", "—", Optional.empty(), "基准测试用通知（非真实数据）",
        Optional.of("benchmark notice, not real data"), Optional.empty(), Optional.of(published));
    return StandardSet.builder("benchmark-notice", "1").title("benchmark notice").published(published)
        .supersedes("standards-2020").addRegion(new RegionInfo(city, "平顶山市", "Pingdingshan City"))
        .addClaim(new Claim(city, Scheme.DIBAO, start, Optional.empty()))
        .addValue(city, new ParameterValue<>(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(600), start, Optional.empty(),
            basis, Status.ASSUMPTION, Status.ASSUMPTION, Optional.empty(), published), "urban")
        .build();
  }

  /** The CPU time of the whole process (every thread, the collector's included), where the JVM tells it. */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
