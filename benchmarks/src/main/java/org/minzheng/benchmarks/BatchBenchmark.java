package org.minzheng.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.BatchResult;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.DailyActivity;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standards2020.Standards2020;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the batch form, {@link BenefitCalculator#calculateEach}, over a deterministic synthetic
 * caseload of {@value #HOUSEHOLDS} Pingdingshan households (its first {@value #EXPLAINED_HOUSEHOLDS} with
 * explanations on) (all schemes, one month, standards-2020).
 * Each operation is one household-month ({@code @OperationsPerInvocation}), so the score is
 * household-months per second and {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per household.
 *
 * <p>The caseload mixes urban and rural households of 1–6 members across the ten counties and
 * districts; about a third are dibao households, some have extreme-poverty members (dispersed or in
 * an institution), elderly people of every band, disabled people of every category and grade,
 * orphans, work-injury allowances, A+ households, unknown assets or supporters (UNDETERMINED results
 * and their propagation), and a price index that triggers the subsidy.
 *
 * <p>Two forks with a fixed 1 GiB heap, five 2 s warm-up and five 3 s measurement iterations each: one
 * fork's JIT decisions and heap sizing vary enough that a single fork's error bar hides real changes.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar BatchBenchmark -f 2 -wi 5 -i 5 -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BatchBenchmark {
  static final int HOUSEHOLDS = 10_000;
  /** With explanations a household costs ~20× more; a smaller batch lets JMH's warm-up reach compiled code. */
  static final int EXPLAINED_HOUSEHOLDS = 1_000;
  static final YearMonth MONTH = YearMonth.of(2020, 10);
  static final Clock CLOCK = Clock.fixed(LocalDate.of(2021, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
      ZoneId.of("Asia/Shanghai"));
  static final String[] REGIONS = {"410402", "410403", "410404", "410411", "410421", "410422", "410423", "410425", "410481",
      "410482"};

  /**
   * How many distinct households the {@value #HOUSEHOLDS} household-months of an operation cycle over.
   * The default, all distinct, is the cold case of a real batch (tens of MB of records, more than the
   * caches hold); {@code -p distinct=1000} repeats 1,000 households ten times, which then stay in cache,
   * and shows how much of the cost is memory latency rather than computation.
   */
  @Param({"10000"})
  public int distinct;

  private List<Household> households;
  private List<Household> explainedHouseholds;
  private BenefitCalculator explained;
  private BenefitCalculator plain;

  @Setup(Level.Trial)
  public void setUp() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    PriceIndexSeries series = new PriceIndexSeries("sample: national CPI (NBS) 2020-05",
        Map.of(RegionCode.of("410400"), Map.of(MONTH, PriceIndex.of("2.4", "10.6"))));
    explained = BenefitCalculator.builder(registry).clock(CLOCK).priceIndex(series).batchExplanations(true).build();
    plain = BenefitCalculator.builder(registry).clock(CLOCK).priceIndex(series).explanations(false).build();
    if (distinct < EXPLAINED_HOUSEHOLDS || distinct > HOUSEHOLDS) {
      throw new IllegalArgumentException("distinct " + distinct + " is not within " + EXPLAINED_HOUSEHOLDS + ".." + HOUSEHOLDS);
    }
    List<Household> unique = caseload(distinct, 20201127L);
    households = new ArrayList<>(HOUSEHOLDS);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      households.add(unique.get(i % distinct));
    }
    explainedHouseholds = List.copyOf(households.subList(0, EXPLAINED_HOUSEHOLDS));
    // sanity: the caseload exercises every outcome and no household is bad input
    BatchResult r = plain.calculateAll(households, MONTH);
    if (!r.errors().isEmpty() || r.results().size() != HOUSEHOLDS) {
      throw new IllegalStateException("caseload has errors: " + r.errors().subList(0, Math.min(3, r.errors().size())));
    }
    int[] outcomes = new int[3];
    int dibao = 0;
    for (HouseholdResult h : r.results()) {
      for (SchemeResult s : h.results()) {
        outcomes[s.outcome().ordinal()]++;
      }
      dibao += h.results().get(0).outcome() == Outcome.ELIGIBLE ? 1 : 0;
    }
    System.out.printf("%ncaseload: %d households, %d dibao households, results ELIGIBLE %d, INELIGIBLE %d, UNDETERMINED %d%n",
        HOUSEHOLDS, dibao, outcomes[0], outcomes[1], outcomes[2]);
  }

  /** A deterministic synthetic caseload. */
  static List<Household> caseload(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Household> out = new ArrayList<>(n);
    int seq = 0;
    for (int h = 0; h < n; h++) {
      String region = REGIONS[rnd.nextInt(REGIONS.length)];
      ResidenceType type = rnd.nextInt(10) < 6 ? ResidenceType.RURAL : ResidenceType.URBAN;
      int size = 1 + rnd.nextInt(rnd.nextInt(10) < 7 ? 4 : 6);
      Household.Builder b = new Household.Builder();
      b.id(HouseholdId.of(region + "-" + h)).region(RegionCode.of(region)).residenceType(type);
      int assets = rnd.nextInt(100);
      if (assets < 95) {
        b.assetsWithinLimits(true);
      } else if (assets < 98) {
        b.assetsWithinLimits(false);
      } // else unknown
      if (rnd.nextInt(20) == 0) {
        b.classification("A+");
      }
      boolean poor = rnd.nextInt(100) < 40;
      for (int m = 0; m < size; m++) {
        b.addMember(person(rnd, region, seq++, poor, m == 0));
      }
      out.add(b.build());
    }
    return out;
  }

  private static Person person(SplittableRandom rnd, String region, int seq, boolean poor, boolean head) {
    int kind = rnd.nextInt(100);
    LocalDate birth;
    if (kind < 15) {
      birth = LocalDate.of(2004, 1, 1).plusDays(rnd.nextInt(16 * 365)); // child
    } else if (kind < 70) {
      birth = LocalDate.of(1961, 1, 1).plusDays(rnd.nextInt(43 * 365)); // working age
    } else {
      birth = LocalDate.of(1915, 1, 1).plusDays(rnd.nextInt(45 * 365)); // elderly, some 100+
    }
    String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
    Person.Builder p = new Person.Builder();
    p.id(ResidentId.parse(first17 + ResidentId.checkCharacter(first17)));
    int hukou = rnd.nextInt(100);
    if (hukou < 95) {
      p.hukouRegion(RegionCode.of(region));
    } else if (hukou < 98) {
      p.hukouRegion(RegionCode.of("410102")); // Zhengzhou
    } // else unknown
    boolean workingAge = kind >= 15 && kind < 70;
    if (workingAge || (head && rnd.nextBoolean())) {
      long yearly = poor ? rnd.nextLong(0, 600_000) : rnd.nextLong(600_000, 6_000_000); // fen over 12 months
      if (yearly > 0) {
        p.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofFen(yearly)));
      }
      if (rnd.nextInt(5) == 0) {
        p.addIncome(new IncomeItem(IncomeCategory.BUSINESS, Money.ofFen(rnd.nextLong(0, 300_000))));
      }
    }
    if (rnd.nextInt(10) == 0) {
      p.addIncome(new IncomeItem(IncomeCategory.RESIDENT_BASIC_PENSION, Money.ofFen(rnd.nextLong(0, 200_000))));
    }
    if (rnd.nextInt(100) < 8) {
      DisabilityCategory c = DisabilityCategory.values()[rnd.nextInt(DisabilityCategory.values().length)];
      p.disability(new Disability(c, 1 + rnd.nextInt(4), rnd.nextInt(10) == 0 ? Optional.of(false) : Optional.empty()));
      if (rnd.nextInt(20) == 0) {
        p.receivesWorkInjuryNursingAllowance(true);
      }
    }
    if (kind < 15 && rnd.nextInt(50) == 0) {
      p.underOrphanProtection(true);
    }
    int support = rnd.nextInt(100);
    if (support < 85) {
      p.hasCapableSupporter(true);
    } else if (support < 97) {
      p.hasCapableSupporter(false);
    } // else unknown
    if (rnd.nextInt(4) != 0) {
      EnumSet<DailyActivity> unable = EnumSet.noneOf(DailyActivity.class);
      int k = rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(7);
      for (int i = 0; i < k; i++) {
        unable.add(DailyActivity.values()[i]);
      }
      p.selfCare(new SelfCareAssessment(unable));
    }
    if (rnd.nextInt(200) == 0) {
      p.institution(InstitutionId.of("jly-" + region));
    }
    return p.build();
  }

  static void run(BenefitCalculator calc, List<Household> households, Blackhole bh) {
    calc.calculateEach(households, MONTH, new BenefitCalculator.BatchSink() {
      @Override
      public void result(HouseholdResult result) {
        bh.consume(result);
      }

      @Override
      public void error(BatchError error) {
        bh.consume(error);
      }
    });
  }

  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  @Threads(1)
  public void explanationsOff1Thread(Blackhole bh) {
    run(plain, households, bh);
  }

  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  @Threads(2)
  public void explanationsOff2Threads(Blackhole bh) {
    run(plain, households, bh);
  }

  @Benchmark
  @OperationsPerInvocation(EXPLAINED_HOUSEHOLDS)
  @Threads(1)
  public void explanationsOn1Thread(Blackhole bh) {
    run(explained, explainedHouseholds, bh);
  }

  @Benchmark
  @OperationsPerInvocation(EXPLAINED_HOUSEHOLDS)
  @Threads(2)
  public void explanationsOn2Threads(Blackhole bh) {
    run(explained, explainedHouseholds, bh);
  }
}
