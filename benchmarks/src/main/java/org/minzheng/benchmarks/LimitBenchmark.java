package org.minzheng.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.minzheng.StandardsRegistry;
import org.minzheng.StandardsView;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standards2020.Standards2020;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library against the practical limit, in one run: a hand-written loop for the monthly schemes
 * (integer fen, the parameters read once into fields, allocating nothing of its own: its ~50 bytes per
 * household-month are the Optionals the households' accessors make) and the library's batch form on
 * the same {@value #HOUSEHOLDS} households, with explanations off, with steps recorded but not
 * rendered, and with every result rendered in one language. The set-up checks, household by
 * household, that the hand loop pays what the library pays.
 *
 * <p>The caseload is {@link BatchBenchmark}'s with every fact known (assets, supporters, self-care,
 * hukou), so that no result is UNDETERMINED: the hand loop then needs no three-valued logic, which
 * is the library's to carry, and the comparison stays about the same arithmetic. Scores are
 * household-months per second; {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes per household-month.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LimitBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LimitBenchmark {
  static final int HOUSEHOLDS = 10_000;
  static final YearMonth MONTH = BatchBenchmark.MONTH;

  private List<Household> households;
  private BenefitCalculator off;
  private BenefitCalculator steps;
  private Hand hand;

  @Setup
  public void setUp() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    PriceIndexSeries series = new PriceIndexSeries("sample: national CPI (NBS) 2020-05",
        Map.of(RegionCode.of("410400"), Map.of(MONTH, PriceIndex.of("2.4", "10.6"))));
    off = BenefitCalculator.builder(registry).clock(BatchBenchmark.CLOCK).priceIndex(series).build();
    steps = BenefitCalculator.builder(registry).clock(BatchBenchmark.CLOCK).priceIndex(series).batchExplanations(true).build();
    households = known(BatchBenchmark.caseload(HOUSEHOLDS, 20201127L));
    hand = new Hand(registry.standardFor(RegionCode.of("410400"), MONTH), PriceIndex.of("2.4", "10.6"));
    for (Household h : households) {
      hand.careByRegion.computeIfAbsent(h.region(), r -> Hand.care(registry.standardFor(r, MONTH), new long[3]));
    }
    int i = 0;
    List<String> problems = new ArrayList<>();
    for (HouseholdResult r : off.calculateAll(households, MONTH).results()) {
      long library = 0;
      for (SchemeResult s : r.results()) {
        library += s.amountOrZero().fen();
        if (s.outcome() == org.minzheng.scheme.Outcome.UNDETERMINED) {
          problems.add(r.householdId() + ": " + s.scheme() + " undetermined " + s.missingFacts());
        }
      }
      long mine = hand.total(households.get(i++));
      if (mine != library && problems.size() < 5) {
        problems.add(r.householdId() + ": library " + Money.ofFen(library) + ", hand loop " + Money.ofFen(mine) + " " + r.results());
      }
    }
    if (i != HOUSEHOLDS || !problems.isEmpty()) {
      throw new IllegalStateException("the hand loop disagrees with the library: " + problems);
    }
    Totals sink = new Totals(HOUSEHOLDS);
    off.calculateEach(households, MONTH, sink);
    for (int h = 0; h < HOUSEHOLDS; h++) {
      if (sink.fen[h] != hand.total(households.get(h))) {
        throw new IllegalStateException("the payout sink disagrees with the hand loop on " + households.get(h).id() + ": "
            + Money.ofFen(sink.fen[h]) + " against " + Money.ofFen(hand.total(households.get(h))));
      }
    }
  }

  /** A payout sink that adds up each household's eligible amounts, as a payroll reads them. */
  static final class Totals implements BenefitCalculator.PayoutSink {
    final long[] fen;
    long all;

    Totals(int households) {
      fen = new long[households];
    }

    @Override
    public void result(int household, org.minzheng.standard.Scheme scheme, org.minzheng.scheme.Beneficiary beneficiary,
        org.minzheng.scheme.Outcome outcome, long amount, org.minzheng.scheme.Beneficiary payee, int persons) {
      if (outcome == org.minzheng.scheme.Outcome.ELIGIBLE) {
        fen[household] += amount;
        all += amount + persons + payee.id().length(); // what a payout line reads
      }
    }

    @Override
    public void householdDone(int household, String householdId, org.minzheng.scheme.Stamp stamp) {
      if (stamp == null || householdId == null) {
        throw new IllegalStateException("household " + household + " has no stamp or id");
      }
    }

    @Override
    public void error(BatchError error) {
      throw new IllegalStateException(error.toString());
    }
  }

  /** The caseload with every unknown fact made known, so that no result is UNDETERMINED. */
  static List<Household> known(List<Household> in) {
    List<Household> out = new ArrayList<>(in.size());
    for (Household h : in) {
      Household.Builder b = new Household.Builder().from(h).assetsWithinLimits(h.assetsWithinLimits().orElse(true));
      b.members(List.of());
      for (Person p : h.members()) {
        Person.Builder pb = new Person.Builder().from(p).hasCapableSupporter(p.hasCapableSupporter().orElse(true))
            .selfCare(p.selfCare().orElse(new SelfCareAssessment(java.util.Set.of())))
            .hukouRegion(p.hukouRegion().orElse(h.region()));
        b.addMember(pb.build());
      }
      out.add(b.build());
    }
    return out;
  }

  /** The monthly schemes by hand for one region and month: fields for the parameters, a loop per household. */
  static final class Hand {
    final int monthStart;
    final int monthEnd;
    final int refDay; // the age reference day, yyyymmdd
    final long stdUrban;
    final long stdRural;
    final int incomeMonths;
    final int elderlyAge;
    final int minorAge;
    final int[] epMaxGrade = new int[DisabilityCategory.values().length];
    final long[] care = new long[3];
    /** The care amounts of each county (their minimum wages differ), looked up once per household. */
    final Map<RegionCode, long[]> careByRegion = new java.util.HashMap<>();
    final long[] basic = new long[2]; // by residence ordinal, rounded with the care: both are whole fen here
    final long classFloorAplus;
    final long[] price = new long[2];
    final int[] bandMin;
    final long[] bandFen;
    final String hukouPrefix;
    final long living;
    final long nursing;
    final long nursingEnhanced;
    final int enhancedMin;
    final int enhancedMax;
    final boolean[] enhancedCategory = new boolean[DisabilityCategory.values().length];
    final int nursingMaxGrade;
    // scratch, reused
    int[] age = new int[8];
    long[] income = new long[8];
    boolean[] ep = new boolean[8];
    boolean[] counted = new boolean[8];

    Hand(StandardsView v, PriceIndex index) {
      monthStart = ymd(MONTH.atDay(1));
      monthEnd = ymd(MONTH.atEndOfMonth());
      refDay = ymd(v.value(Parameters.AGE_REFERENCE).dayFor(MONTH));
      stdUrban = v.value(Parameters.DIBAO_STANDARD_URBAN).fen();
      stdRural = v.value(Parameters.DIBAO_STANDARD_RURAL).fen();
      incomeMonths = v.value(Parameters.DIBAO_INCOME_MONTHS);
      elderlyAge = v.value(Parameters.EXTREME_POVERTY_ELDERLY_AGE);
      minorAge = v.value(Parameters.EXTREME_POVERTY_MINOR_AGE_LIMIT);
      v.value(Parameters.EXTREME_POVERTY_DISABILITY_GRADES).forEach((c, g) -> epMaxGrade[DisabilityCategory.valueOf(c).ordinal()] = g);
      care(v, care);
      BigDecimal m = v.value(Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER);
      basic[0] = new BigDecimal(stdUrban).multiply(m).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
      basic[1] = new BigDecimal(stdRural).multiply(m).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
      classFloorAplus = v.find(Parameters.DIBAO_CLASS_FLOOR).map(r -> r.value().get("A+")).map(Money::fen).orElse(-1L);
      BigDecimal rate = index.foodCpi().max(index.cpi()).movePointLeft(2).multiply(v.value(Parameters.PRICE_SUBSIDY_MULTIPLIER));
      price[0] = Money.ofFen(stdUrban).toYuan().multiply(rate).setScale(0, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
      price[1] = Money.ofFen(stdRural).toYuan().multiply(rate).setScale(0, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
      List<AgeBand> bands = v.value(Parameters.OLD_AGE_BANDS).stream().sorted(java.util.Comparator.comparingInt(AgeBand::minAge))
          .toList();
      bandMin = bands.stream().mapToInt(AgeBand::minAge).toArray();
      bandFen = bands.stream().mapToLong(b -> b.amount().fen()).toArray();
      hukouPrefix = v.value(Parameters.OLD_AGE_HUKOU_REGION).code().substring(0, 4);
      living = v.value(Parameters.DISABILITY_LIVING_AMOUNT).fen();
      nursing = v.value(Parameters.DISABILITY_NURSING_AMOUNT).fen();
      nursingEnhanced = v.value(Parameters.DISABILITY_NURSING_ENHANCED_AMOUNT).fen();
      enhancedMin = v.value(Parameters.DISABILITY_NURSING_ENHANCED_MIN_AGE);
      enhancedMax = v.value(Parameters.DISABILITY_NURSING_ENHANCED_MAX_AGE);
      for (String s : v.value(Parameters.DISABILITY_NURSING_ENHANCED_CATEGORIES)) {
        enhancedCategory[DisabilityCategory.valueOf(s).ordinal()] = true;
      }
      nursingMaxGrade = v.value(Parameters.DISABILITY_NURSING_MAX_GRADE);
    }

    /**
     * The care amounts by self-care level: a share of the minimum wage, which each county sets (so the
     * caller keeps them per region), or fixed amounts.
     */
    static long[] care(StandardsView v, long[] care) {
      if (v.find(Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE).isPresent()) {
        long wage = v.value(Parameters.EXTREME_POVERTY_MINIMUM_WAGE).fen();
        care[0] = share(v.value(Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE), wage);
        care[1] = share(v.value(Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL), wage);
        care[2] = share(v.value(Parameters.EXTREME_POVERTY_CARE_SHARE_FULL), wage);
      } else {
        Map<String, Money> c = v.value(Parameters.EXTREME_POVERTY_CARE);
        care[0] = c.get("SELF_CARE").fen();
        care[1] = c.get("PARTIAL").fen();
        care[2] = c.get("FULL").fen();
      }
      return care;
    }

    /** {@code percent}% of {@code fen}, HALF_UP to the fen. */
    static long share(BigDecimal percent, long fen) {
      return BigDecimal.valueOf(fen).multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static int ymd(LocalDate d) {
      return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** The total of every monthly scheme's amount for the household, in fen. */
    long total(Household h) {
      List<Person> members = h.members();
      int n = members.size();
      if (age.length < n) {
        age = new int[n];
        income = new long[n];
        ep = new boolean[n];
        counted = new boolean[n];
      }
      int res = h.residenceType().ordinal();
      long[] care = careByRegion.getOrDefault(h.region(), this.care);
      long std = res == 0 ? stdUrban : stdRural;
      boolean assets = h.assetsWithinLimits().get();
      long total = 0;
      int dibaoN = 0;
      long dibaoIncome = 0;
      for (int i = 0; i < n; i++) {
        Person p = members.get(i);
        String id = p.id().value();
        int birth = 0;
        for (int k = 6; k < 14; k++) {
          birth = birth * 10 + (id.charAt(k) - '0');
        }
        LocalDate death = p.dateOfDeath().orElse(null);
        counted[i] = birth <= monthEnd && (death == null || ymd(death) >= monthStart);
        if (!counted[i]) {
          continue;
        }
        int a = refDay / 10000 - birth / 10000 - (refDay % 10000 < birth % 10000 ? 1 : 0);
        age[i] = a;
        long inc = 0;
        List<IncomeItem> items = p.incomes();
        for (int k = 0; k < items.size(); k++) {
          IncomeItem item = items.get(k);
          if (item.category().isCounted()) {
            inc += item.amount().fen(); // the employment deduction is 0 in these standards
          }
        }
        income[i] = inc;
        Disability d = p.disability().orElse(null);
        boolean unable = a >= elderlyAge || a < minorAge || (d != null && d.grade() <= epMaxGrade[d.category().ordinal()]);
        ep[i] = unable && inc < std * incomeMonths && assets && !p.hasCapableSupporter().get();
        if (ep[i]) {
          int notDone = p.selfCare().get().unable().size();
          total += basic[res] + care[notDone == 0 ? 0 : notDone <= 3 ? 1 : 2];
        } else {
          dibaoN++;
          dibaoIncome += inc;
        }
      }
      boolean dibao = false;
      if (dibaoN > 0 && dibaoIncome < std * dibaoN * incomeMonths && assets) {
        dibao = true;
        long gap = std * dibaoN * incomeMonths - dibaoIncome;
        long amount = (gap * 2 + incomeMonths) / (2L * incomeMonths); // HALF_UP to the fen; gap ≥ 0
        if (classFloorAplus >= 0 && "A+".equals(h.classification().orElse(null))) {
          amount = Math.max(amount, classFloorAplus * dibaoN);
        }
        total += amount;
      }
      for (int i = 0; i < n; i++) {
        if (!counted[i]) {
          continue;
        }
        Person p = members.get(i);
        if (ep[i] || dibao) {
          total += price[res];
        }
        int a = age[i];
        for (int b = bandMin.length - 1; b >= 0; b--) {
          if (a >= bandMin[b]) {
            if (p.hukouRegion().get().code().startsWith(hukouPrefix)) {
              total += bandFen[b];
            }
            break;
          }
        }
        Disability d = p.disability().orElse(null);
        if (d == null || ep[i] || p.receivesWorkInjuryNursingAllowance()) {
          continue;
        }
        if (dibao && !p.underOrphanProtection()) {
          total += living;
        }
        if (d.grade() <= nursingMaxGrade && d.needsLongTermCare()) {
          boolean enhanced = dibao && a >= enhancedMin && a <= enhancedMax && enhancedCategory[d.category().ordinal()];
          total += enhanced ? nursingEnhanced : nursing;
        }
      }
      return total;
    }
  }

  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long handLoop() {
    long t = 0;
    for (int i = 0; i < HOUSEHOLDS; i++) {
      t += hand.total(households.get(i));
    }
    return t;
  }

  /** Every result of the batch rendered in one language, as a caller showing them would. */
  private void rendered(BenefitCalculator calc, Blackhole bh, Locale locale) {
    calc.calculateEach(households, MONTH, new BenefitCalculator.BatchSink() {
      @Override
      public void result(HouseholdResult result) {
        for (SchemeResult s : result.results()) {
          bh.consume(s.explanation().render(locale));
        }
      }

      @Override
      public void error(BatchError error) {
        throw new IllegalStateException(error.toString());
      }
    });
  }

  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public void libraryExplanationsOff(Blackhole bh) {
    BatchBenchmark.run(off, households, bh);
  }

  /** The payout form: every result as primitives, no result object for an INELIGIBLE outcome. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long libraryPayoutSink() {
    Totals t = new Totals(HOUSEHOLDS);
    off.calculateEach(households, MONTH, t);
    return t.all;
  }

  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public void libraryStepsRecorded(Blackhole bh) {
    BatchBenchmark.run(steps, households, bh);
  }

  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public void libraryRenderedInEnglish(Blackhole bh) {
    rendered(steps, bh, Locale.ENGLISH);
  }
}
