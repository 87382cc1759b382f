package org.minzheng.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.minzheng.household.AssistanceCause;
import org.minzheng.household.DailyActivity;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/**
 * A synthetic caseload of Pingdingshan households whose counts per scheme and county follow the
 * proportions of the seed's figures (rules.md §10), at a scale factor: the sample data of the
 * library. Seeded and reproducible; streamed, so a million households never sit in memory at once.
 *
 * <pre>{@code
 * PingdingshanCaseload.sample().stream().forEach(ch -> calc.calculate(ch.household(), PingdingshanCaseload.MONTH));
 * try (Stream<CaseloadHousehold> s = PingdingshanCaseload.of(7L, 9.0).stream().limit(1_000_000)) { … }
 * }</pre>
 *
 * <h2>Proportions</h2>
 * Persons at scale 1 (the seed's figures by end of September 2020), each count rounded once at the
 * scale asked:
 * <table>
 *   <caption>Persons per scheme</caption>
 *   <tr><th>group</th><th>persons</th><th>where</th></tr>
 *   <tr><td>rural dibao, six counties</td><td>85,000</td><td>鲁山, 叶县, 舞钢, 宝丰, 郏县, 石龙区</td></tr>
 *   <tr><td>other dibao (111,721 − 85,000)</td><td>26,721</td><td>新华, 卫东, 湛河 (urban), 汝州 (half urban, half rural)</td></tr>
 *   <tr><td>extreme poverty (single-person households; 1 in 4 centralized)</td><td>22,929</td><td>all ten</td></tr>
 *   <tr><td>old-age allowance (80+, Pingdingshan hukou)</td><td>91,897</td><td>8% of dibao persons, 30% of extreme-poverty persons, the rest in households of 1–2 people aged 80+</td></tr>
 *   <tr><td>disability living subsidy</td><td>48,701</td><td>disabled members of dibao households (48,701 / 111,721 of dibao persons)</td></tr>
 *   <tr><td>disability nursing subsidy</td><td>55,439</td><td>half the disabled dibao members (grade 1–2); the rest one severely disabled person per other household</td></tr>
 *   <tr><td>temporary assistance</td><td>8,721</td><td>members of dibao households (8,721 / 111,721), one case per household</td></tr>
 * </table>
 * Within a group, the flags (aged 80+, disabled, severe, temporary assistance) are spread evenly
 * over the persons in the order they are generated, so the totals are exact (to within one person)
 * whatever the seed. Groups are shared among counties by the weights below, an ASSUMPTION (rough
 * resident populations in 10,000s, not from the seed): 新华 50, 卫东 40, 石龙 6, 湛河 40, 宝丰 47, 叶县 78,
 * 鲁山 78, 郏县 57, 舞钢 30, 汝州 95. The price subsidy covers every dibao member and extreme-poverty
 * person (enrolled as {@code PRICE_SUBSIDY}: paid when the index triggers).
 *
 * <p>Households are built to be what their enrollments say: dibao households have assets within
 * limits, capable supporters (so no member is extremely poor) and a counted income per person drawn
 * uniformly between 0 and twice a calibrated mean share of the 2020 standard (rural 43%, urban 21%;
 * always below the lower 2019 standard); extreme-poverty persons are aged 60+ with no capable supporter
 * and own income below the standard; other households have counted income of at least 12,000 yuan per
 * person and assets over the limits. Ages are for {@link #MONTH}.
 *
 * <h2>Calibration</h2>
 * The amounts follow the seed's too (rules.md §10, checked through the report by testkit's
 * {@code SeedFiguresTest}): people aged 80+ have the age bands of China's 7th census; extreme-poverty
 * care levels are 70% / 20% / 10% self-care / partial / full and 7.6% of the persons urban;
 * disabilities have the categories of the 2006 national disability survey, three in four disabled
 * dibao members are severe and 65% of those under 80 are aged 16–59; temporary-assistance cases are
 * approved on a uniform day of January–September with 1–6 months of hardship (46/32/13/5/2/2%, stratified).
 * {@code docs/sample-caseload.md} gives each distribution's source and the figures the rules
 * cannot reproduce (the price subsidy; the living subsidy at most 0.958 of the seed's amount).
 *
 * @since 0.1
 */
public final class PingdingshanCaseload implements Iterable<CaseloadHousehold> {

  /** The month the caseload describes (the seed's figures are by the end of September 2020). */
  public static final YearMonth MONTH = YearMonth.of(2020, 9);

  /** The month every enrollment of the caseload starts (the old-age allowance started on 2019-01-01). */
  public static final YearMonth ENROLLED_FROM = YearMonth.of(2019, 1);

  /** The seed of {@link #sample()}. */
  public static final long DEFAULT_SEED = 20201127L;

  /** The scale of {@link #sample()}: 1/100 of the seed's figures. */
  public static final double DEFAULT_SCALE = 0.01;

  /** Persons of rural dibao in the six counties (rules.md §10). */
  public static final long SEED_RURAL_DIBAO_SIX = 85_000;
  /** Persons of urban and rural dibao. */
  public static final long SEED_DIBAO = 111_721;
  /** Extreme-poverty persons. */
  public static final long SEED_EXTREME_POVERTY = 22_929;
  /** Old-age allowance recipients. */
  public static final long SEED_OLD_AGE = 91_897;
  /** Disability living subsidy recipients. */
  public static final long SEED_DISABILITY_LIVING = 48_701;
  /** Disability nursing subsidy recipients. */
  public static final long SEED_DISABILITY_NURSING = 55_439;
  /** Temporary-assistance persons. */
  public static final long SEED_TEMPORARY_ASSISTANCE = 8_721;

  // ---- calibration (docs/sample-caseload.md gives each figure's source)

  /** Mean counted income per person of a rural dibao household, in percent of the rural standard (ASSUMPTION, calibrated). */
  static final int RURAL_INCOME_PERCENT = 43;
  /** Mean counted income per person of an urban dibao household, in percent of the urban standard (ASSUMPTION, calibrated). */
  static final int URBAN_INCOME_PERCENT = 21;
  /** Share of disabled dibao members who are severely disabled (grade 1–2), percent (ASSUMPTION). */
  static final int SEVERE_SHARE_PERCENT = 75;
  /** Share of disabled dibao members under 80 who are of working age 16–59, percent (ASSUMPTION). */
  static final int DISABLED_WORKING_AGE_PERCENT = 65;
  /** Share of extreme-poverty persons living in towns (urban standard), per mille (ASSUMPTION from provincial statistics). */
  static final int EP_URBAN_PER_MILLE = 76;
  /** Extreme-poverty care levels SELF_CARE / PARTIAL / FULL, percent (ASSUMPTION). */
  static final int[] EP_CARE_PERCENT = {70, 20, 10};
  /**
   * People aged 80+ by five-year band 80–84, 85–89, 90–94, 95–99, 100–104, per 10,000 (China's 7th census,
   * 2020, national; see docs/sample-caseload.md).
   */
  static final int[] AGE_80_PLUS_PER_10000 = {5_690, 2_970, 1_080, 227, 33};
  /** Disability categories in {@link DisabilityCategory} order, per 10,000 (2nd national sample survey on disability, 2006). */
  static final int[] CATEGORY_PER_10000 = {1_486, 2_416, 153, 2_907, 668, 740, 1_630};
  /** Months of hardship of a temporary-assistance case, 1 to 6, percent (ASSUMPTION, calibrated to the seed's 760 yuan). */
  static final int[] HARDSHIP_MONTHS_PERCENT = {46, 32, 13, 5, 2, 2};

  private static final Map<RegionCode, Integer> WEIGHTS = weights();
  private static final LocalDate AGE_DAY = MONTH.atDay(1).minusDays(1);

  private final long seed;
  private final double scale;

  private PingdingshanCaseload(long seed, double scale) {
    checkArgument(scale > 0 && scale <= 100, "caseload scale %s is not in (0, 100]", scale);
    this.seed = seed;
    this.scale = scale;
  }

  /**
   * @param seed the seed
   * @param scale the fraction of the seed's figures, e.g. {@code 0.01}; in (0, 100]
   * @return the caseload
   * @throws IllegalArgumentException if the scale is out of range
   */
  public static PingdingshanCaseload of(long seed, double scale) {
    return new PingdingshanCaseload(seed, scale);
  }

  /** @return the default sample: seed {@value #DEFAULT_SEED}, scale 1/100 (about 1,500 households) */
  public static PingdingshanCaseload sample() {
    return of(DEFAULT_SEED, DEFAULT_SCALE);
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return the scale */
  public double scale() {
    return scale;
  }

  private static long scaled(long n, double scale) {
    return Math.round(n * scale);
  }

  /**
   * The number of enrollments per per-person scheme the caseload has, computed from the plan without
   * generating it (dibao counts households, known only once generated; see {@link #expectedDibaoPersons()}).
   *
   * @return scheme → count
   */
  public Map<Scheme, Long> expectedEnrollments() {
    Plan p = new Plan(scale);
    Map<Scheme, Long> m = new TreeMap<>();
    m.put(Scheme.EXTREME_POVERTY, p.ep);
    m.put(Scheme.OLD_AGE_ALLOWANCE, p.dibaoAged80 + p.epAged80 + p.oldAgeExtra);
    m.put(Scheme.DISABILITY_LIVING_SUBSIDY, p.dibaoDisabled);
    m.put(Scheme.DISABILITY_NURSING_SUBSIDY, p.dibaoSevere + p.severeExtra);
    m.put(Scheme.PRICE_SUBSIDY, p.dibao + p.ep);
    return m;
  }

  /**
   * @return the number of dibao persons at this scale (members of dibao households)
   */
  public long expectedDibaoPersons() {
    return new Plan(scale).dibao;
  }

  /** @return a fresh iterator, starting from the seed */
  @Override
  public Iterator<CaseloadHousehold> iterator() {
    return new Gen(seed, new Plan(scale));
  }

  /** @return the households in order, lazily generated */
  public Stream<CaseloadHousehold> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** @return the households with their enrollments, as a payout run reads them, lazily generated */
  public Stream<EnrolledHousehold> enrolled() {
    return stream().map(CaseloadHousehold::enrolled);
  }

  /** @return the households alone, lazily generated */
  public Stream<Household> households() {
    return stream().map(CaseloadHousehold::household);
  }

  // ------------------------------------------------------------------ JSON lines

  private static final ObjectWriter WRITER = MinzhengJson.mapper().writerFor(CaseloadHousehold.class);
  private static final ObjectReader READER = MinzhengJson.mapper().readerFor(CaseloadHousehold.class);

  /**
   * Writes households as JSON lines: one {@link CaseloadHousehold} per line, in the JSON of
   * {@link MinzhengJson#mapper()}.
   *
   * @param households the households, not null
   * @param out where to write; not closed, not null
   * @return the number of lines written
   * @throws UncheckedIOException if writing fails
   */
  public static long writeJsonLines(Iterable<CaseloadHousehold> households, Writer out) {
    requireNonNull(out, "out");
    long n = 0;
    try {
      for (CaseloadHousehold h : households) {
        out.write(WRITER.writeValueAsString(h));
        out.write('\n');
        n++;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /**
   * Reads JSON lines written by {@link #writeJsonLines}; blank lines are skipped. Lazy: close the
   * stream to close the reader.
   *
   * @param in the text, not null
   * @return the households
   * @throws UncheckedIOException when a line cannot be read or parsed, naming its line number
   */
  public static Stream<CaseloadHousehold> readJsonLines(Reader in) {
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    int[] line = {0};
    return r.lines().map(s -> {
      line[0]++;
      return s;
    }).filter(s -> !s.isBlank()).map(s -> {
      try {
        return READER.<CaseloadHousehold>readValue(s);
      } catch (IOException e) {
        throw new UncheckedIOException("caseload JSON line " + line[0] + ": " + e.getMessage(), e);
      }
    }).onClose(() -> {
      try {
        r.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  // ------------------------------------------------------------------ plan

  private enum Kind { DIBAO, EXTREME_POVERTY, OLD_AGE, SEVERE_DISABILITY }

  private static final class Bucket {
    final Kind kind;
    final RegionCode county;
    long remaining;

    Bucket(Kind kind, RegionCode county, long quota) {
      this.kind = kind;
      this.county = county;
      this.remaining = quota;
    }
  }

  private static final class Plan {
    final long dibao;
    final long ep;
    final long dibaoAged80;
    final long epAged80;
    final long dibaoDisabled;
    final long dibaoSevere;
    final long oldAgeExtra;
    final long severeExtra;
    final List<Bucket> buckets = new ArrayList<>();

    Plan(double scale) {
      long six = scaled(SEED_RURAL_DIBAO_SIX, scale);
      dibao = scaled(SEED_DIBAO, scale);
      ep = scaled(SEED_EXTREME_POVERTY, scale);
      dibaoAged80 = dibao * 8 / 100;
      epAged80 = ep * 30 / 100;
      dibaoDisabled = dibao * SEED_DISABILITY_LIVING / SEED_DIBAO;
      dibaoSevere = dibaoDisabled * SEVERE_SHARE_PERCENT / 100;
      oldAgeExtra = Math.max(0, scaled(SEED_OLD_AGE, scale) - dibaoAged80 - epAged80);
      severeExtra = Math.max(0, scaled(SEED_DISABILITY_NURSING, scale) - dibaoSevere);
      share(Kind.DIBAO, six, Pingdingshan.SIX_RURAL_DIBAO_COUNTIES);
      share(Kind.DIBAO, dibao - six, List.of(Pingdingshan.XINHUA, Pingdingshan.WEIDONG, Pingdingshan.ZHANHE, Pingdingshan.RUZHOU));
      share(Kind.EXTREME_POVERTY, ep, Pingdingshan.COUNTY_CODES);
      share(Kind.OLD_AGE, oldAgeExtra, Pingdingshan.COUNTY_CODES);
      share(Kind.SEVERE_DISABILITY, severeExtra, Pingdingshan.COUNTY_CODES);
    }

    /** Largest-remainder apportionment of {@code total} over {@code counties} by weight. */
    private void share(Kind kind, long total, List<RegionCode> counties) {
      long weightSum = counties.stream().mapToLong(WEIGHTS::get).sum();
      long[] q = new long[counties.size()];
      long[] rem = new long[counties.size()];
      long given = 0;
      for (int i = 0; i < q.length; i++) {
        long w = WEIGHTS.get(counties.get(i));
        q[i] = total * w / weightSum;
        rem[i] = total * w % weightSum;
        given += q[i];
      }
      while (given < total) {
        int best = 0;
        for (int i = 1; i < q.length; i++) {
          if (rem[i] > rem[best]) {
            best = i;
          }
        }
        q[best]++;
        rem[best] = -1;
        given++;
      }
      for (int i = 0; i < q.length; i++) {
        if (q[i] > 0) {
          buckets.add(new Bucket(kind, counties.get(i), q[i]));
        }
      }
    }
  }

  private static Map<RegionCode, Integer> weights() {
    Map<RegionCode, Integer> m = new LinkedHashMap<>();
    m.put(Pingdingshan.XINHUA, 50);
    m.put(Pingdingshan.WEIDONG, 40);
    m.put(Pingdingshan.SHILONG, 6);
    m.put(Pingdingshan.ZHANHE, 40);
    m.put(Pingdingshan.BAOFENG, 47);
    m.put(Pingdingshan.YE, 78);
    m.put(Pingdingshan.LUSHAN, 78);
    m.put(Pingdingshan.JIA, 57);
    m.put(Pingdingshan.WUGANG, 30);
    m.put(Pingdingshan.RUZHOU, 95);
    return Map.copyOf(m);
  }

  // ------------------------------------------------------------------ generation

  /** An even spread of {@code num/den} over a counter: the i-th person is flagged when floor((i+1)p) > floor(ip). */
  private static final class Spread {
    private final long num;
    private final long den;
    private long i;

    Spread(long num, long den) {
      this.num = num;
      this.den = den;
    }

    boolean next() {
      boolean flag = (i + 1) * num / den > i * num / den;
      i++;
      return flag;
    }
  }

  private static final class Gen implements Iterator<CaseloadHousehold> {
    private final SplittableRandom r;
    private final Plan plan;
    private long remaining;
    private long index;
    private final Spread dibaoAged80 = new Spread(8, 100);
    private final Spread epAged80 = new Spread(30, 100);
    private final Spread dibaoDisabled = new Spread(SEED_DISABILITY_LIVING, SEED_DIBAO);
    private final Spread severe = new Spread(SEVERE_SHARE_PERCENT, 100);
    private final Spread ta = new Spread(SEED_TEMPORARY_ASSISTANCE, SEED_DIBAO);
    private static final LocalDate SEQ_FIRST_DAY = AGE_DAY.minusYears(130);
    private static final int SEQ_DAYS = (int) (AGE_DAY.plusYears(2).toEpochDay() - SEQ_FIRST_DAY.toEpochDay());
    private static final int SEQ_OFFSET = 37;
    private final short[] sequences = new short[Pingdingshan.COUNTY_CODES.size() * SEQ_DAYS];

    Gen(long seed, Plan plan) {
      this.r = new SplittableRandom(seed);
      this.plan = plan;
      this.remaining = plan.buckets.stream().mapToLong(b -> b.remaining).sum();
    }

    @Override
    public boolean hasNext() {
      return remaining > 0;
    }

    @Override
    public CaseloadHousehold next() {
      if (remaining <= 0) {
        throw new NoSuchElementException("caseload exhausted");
      }
      long pick = r.nextLong(0, remaining);
      Bucket b = null;
      for (Bucket c : plan.buckets) {
        if (pick < c.remaining) {
          b = c;
          break;
        }
        pick -= c.remaining;
      }
      index++;
      CaseloadHousehold h;
      switch (b.kind) {
        case DIBAO:
          h = dibao(b);
          break;
        case EXTREME_POVERTY:
          h = extremePoverty(b);
          break;
        case OLD_AGE:
          h = oldAge(b);
          break;
        default:
          h = severeDisability(b);
          break;
      }
      return h;
    }

    private long take(Bucket b, int wanted) {
      long n = Math.min(wanted, b.remaining);
      b.remaining -= n;
      remaining -= n;
      return n;
    }

    private ResidenceType residence(RegionCode county) {
      if (county.equals(Pingdingshan.XINHUA) || county.equals(Pingdingshan.WEIDONG) || county.equals(Pingdingshan.ZHANHE)) {
        return ResidenceType.URBAN;
      }
      if (county.equals(Pingdingshan.RUZHOU)) {
        return r.nextBoolean() ? ResidenceType.URBAN : ResidenceType.RURAL;
      }
      return ResidenceType.RURAL;
    }

    private HouseholdId householdId(RegionCode county) {
      return HouseholdId.of("PDS-" + county.code() + "-" + String.format("%08d", index));
    }

    /** Born so that the age on {@link #AGE_DAY} is in [minAge, maxAge]. */
    private LocalDate born(int minAge, int maxAge) {
      LocalDate latest = AGE_DAY.minusYears(minAge);
      LocalDate earliest = AGE_DAY.minusYears(maxAge + 1L).plusDays(1);
      return earliest.plusDays(r.nextLong(0, latest.toEpochDay() - earliest.toEpochDay() + 1));
    }

    /** An index drawn with the given weights. */
    private int weighted(int[] weights) {
      int total = 0;
      for (int w : weights) {
        total += w;
      }
      int x = r.nextInt(0, total);
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      throw new AssertionError();
    }

    private long taCases;

    /**
     * Months of hardship of the next case, stratified rather than drawn: within every 100 consecutive cases
     * (visited in the order 37·k mod 100) each number of months occurs exactly its percentage of times, so
     * that a small sample already has the calibrated mean.
     */
    private int hardshipMonths() {
      long slot = (taCases++ * 37) % 100;
      int cumulative = 0;
      for (int m = 0; m < HARDSHIP_MONTHS_PERCENT.length; m++) {
        cumulative += HARDSHIP_MONTHS_PERCENT[m];
        if (slot < cumulative) {
          return m + 1;
        }
      }
      return HARDSHIP_MONTHS_PERCENT.length;
    }

    /** Born so that the age is drawn from the census's distribution of people aged 80 and over. */
    private LocalDate bornAged80Plus() {
      int band = weighted(AGE_80_PLUS_PER_10000);
      return born(80 + 5 * band, 84 + 5 * band);
    }

    private DisabilityCategory category() {
      return DisabilityCategory.values()[weighted(CATEGORY_PER_10000)];
    }

    /**
     * A resident ID that no other person of this caseload has: the sequence number is counted per
     * county and birth day (memory: counties × days, not households), starting at a random offset.
     */
    private ResidentId id(RegionCode county, LocalDate birth, Set<ResidentId> used) {
      int countyIndex = Pingdingshan.COUNTY_CODES.indexOf(county);
      long day = birth.toEpochDay() - SEQ_FIRST_DAY.toEpochDay();
      if (countyIndex < 0 || day < 0 || day >= SEQ_DAYS) {
        throw new IllegalStateException("no sequence slot for county " + county + " and birth date " + birth);
      }
      int slot = countyIndex * SEQ_DAYS + (int) day;
      int seq = 1 + (SEQ_OFFSET + sequences[slot]++) % 999;
      if (sequences[slot] > 999) {
        throw new IllegalStateException("caseload too large: more than 999 persons born on " + birth + " in " + county);
      }
      ResidentId id = MinzhengGenerators.residentId(county, birth, seq);
      used.add(id);
      return id;
    }

    private Person.Builder person(RegionCode county, LocalDate birth, Set<ResidentId> used) {
      return new Person.Builder().id(id(county, birth, used)).hukouRegion(county);
    }

    private CaseloadHousehold dibao(Bucket b) {
      int size = weightedSize();
      long n = take(b, size);
      RegionCode county = b.county;
      HouseholdId hid = householdId(county);
      List<Enrollment> en = new ArrayList<>();
      en.add(Enrollment.of(Scheme.DIBAO, Beneficiary.household(hid.value()), hid, ENROLLED_FROM));
      ResidenceType h0residence = residence(county);
      Household.Builder hb = new Household.Builder().id(hid).region(county).residenceType(h0residence)
          .assetsWithinLimits(true);
      if (r.nextInt(0, 50) == 0) {
        hb.classification("A+");
      }
      Set<ResidentId> used = new HashSet<>();
      // counted income over 12 months, fen: per person a uniform share of the 2020 standard, mean the calibrated share
      ResidenceType res = h0residence;
      long annualStd = res == ResidenceType.URBAN ? 570_00L * 12 : 4_260_00L;
      int meanPercent = res == ResidenceType.URBAN ? URBAN_INCOME_PERCENT : RURAL_INCOME_PERCENT;
      long budget = r.nextLong(0, annualStd * n * 2 * meanPercent / 100 + 1);
      int taPersons = 0;
      for (int i = 0; i < n; i++) {
        boolean aged80 = dibaoAged80.next();
        boolean disabled = dibaoDisabled.next();
        boolean isSevere = disabled && severe.next();
        if (ta.next()) {
          taPersons++;
        }
        LocalDate birth = aged80 ? bornAged80Plus()
            : disabled ? disabledBirth(i == 0)
            : born(i == 0 ? 18 : 0, 79);
        Person.Builder p = person(county, birth, used).hasCapableSupporter(true)
            .selfCare(new SelfCareAssessment(Set.of()));
        if (i == 0 && budget > 0) {
          p.addIncome(new IncomeItem(r.nextBoolean() ? IncomeCategory.WAGES : IncomeCategory.BUSINESS, Money.ofFen(budget)));
        }
        if (birth.isBefore(AGE_DAY.minusYears(60)) && r.nextBoolean()) {
          p.addIncome(new IncomeItem(IncomeCategory.RESIDENT_BASIC_PENSION, Money.ofYuan(r.nextInt(1_000, 1_500))));
        }
        if (disabled) {
          p.disability(Disability.of(category(), isSevere ? r.nextInt(1, 3) : r.nextInt(3, 5)));
        }
        Person person = p.build();
        hb.addMember(person);
        String pid = person.id().value();
        en.add(Enrollment.of(Scheme.PRICE_SUBSIDY, Beneficiary.person(pid), hid, ENROLLED_FROM));
        if (aged80) {
          en.add(Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(pid), hid, ENROLLED_FROM));
        }
        if (disabled) {
          en.add(Enrollment.of(Scheme.DISABILITY_LIVING_SUBSIDY, Beneficiary.person(pid), hid, ENROLLED_FROM));
        }
        if (isSevere) {
          en.add(Enrollment.of(Scheme.DISABILITY_NURSING_SUBSIDY, Beneficiary.person(pid), hid, ENROLLED_FROM));
        }
      }
      Household h = hb.build();
      Optional<TemporaryAssistanceCase> tac = Optional.empty();
      if (taPersons > 0) {
        String caseId = "TA-" + hid.value();
        YearMonth approved = YearMonth.of(MONTH.getYear(), r.nextInt(1, MONTH.getMonthValue() + 1));
        tac = Optional.of(new TemporaryAssistanceCase(caseId, hid, county, h.residenceType(), taPersons,
            AssistanceCause.values()[r.nextInt(0, AssistanceCause.values().length)], hardshipMonths(),
            approved.atDay(r.nextInt(1, approved.lengthOfMonth() + 1))));
      }
      return new CaseloadHousehold(h, en, tac);
    }

    /** A disabled member under 80: of working age 16–59 by the calibrated share, else a child (not the head) or 60–79. */
    private LocalDate disabledBirth(boolean head) {
      if (r.nextInt(0, 100) < DISABLED_WORKING_AGE_PERCENT) {
        return born(head ? 18 : 16, 59);
      }
      return !head && r.nextInt(0, 10) == 0 ? born(0, 15) : born(60, 79);
    }

    /** Dibao household sizes 1–5, mean 2.5. */
    private int weightedSize() {
      int x = r.nextInt(0, 10);
      return x < 2 ? 1 : x < 5 ? 2 : x < 8 ? 3 : x < 9 ? 4 : 5;
    }

    private CaseloadHousehold extremePoverty(Bucket b) {
      take(b, 1);
      RegionCode county = b.county;
      HouseholdId hid = householdId(county);
      boolean aged80 = epAged80.next();
      LocalDate birth = aged80 ? bornAged80Plus() : born(60, 79);
      int level = weighted(EP_CARE_PERCENT);
      int k = level == 0 ? 0 : level == 1 ? r.nextInt(1, 4) : r.nextInt(4, 7);
      List<DailyActivity> activities = new ArrayList<>(List.of(DailyActivity.values()));
      Set<DailyActivity> unable = new HashSet<>();
      for (int i = 0; i < k; i++) {
        unable.add(activities.remove(r.nextInt(0, activities.size())));
      }
      Person.Builder p = person(county, birth, new HashSet<>()).hasCapableSupporter(false)
          .selfCare(new SelfCareAssessment(unable));
      if (r.nextBoolean()) {
        p.addIncome(new IncomeItem(IncomeCategory.OTHER, Money.ofFen(r.nextLong(0, 3_000_00L + 1))));
      }
      if (r.nextInt(0, 4) == 0) {
        p.institution(InstitutionId.of("JLY-" + county.code() + "-" + String.format("%02d", r.nextInt(1, 6))));
      }
      Person person = p.build();
      ResidenceType res = r.nextInt(0, 1000) < EP_URBAN_PER_MILLE ? ResidenceType.URBAN : ResidenceType.RURAL;
      Household h = new Household.Builder().id(hid).region(county).residenceType(res)
          .assetsWithinLimits(true).addMember(person).build();
      List<Enrollment> en = new ArrayList<>();
      String pid = person.id().value();
      en.add(Enrollment.of(Scheme.EXTREME_POVERTY, Beneficiary.person(pid), hid, ENROLLED_FROM));
      en.add(Enrollment.of(Scheme.PRICE_SUBSIDY, Beneficiary.person(pid), hid, ENROLLED_FROM));
      if (aged80) {
        en.add(Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(pid), hid, ENROLLED_FROM));
      }
      return new CaseloadHousehold(h, en, Optional.empty());
    }

    private Person.Builder wellOff(RegionCode county, LocalDate birth, Set<ResidentId> used) {
      return person(county, birth, used).hasCapableSupporter(true).selfCare(new SelfCareAssessment(Set.of()))
          .addIncome(new IncomeItem(IncomeCategory.TRANSFER, Money.ofYuan(r.nextInt(12_000, 30_001))));
    }

    private CaseloadHousehold oldAge(Bucket b) {
      long n = take(b, r.nextInt(0, 3) == 0 ? 2 : 1);
      RegionCode county = b.county;
      HouseholdId hid = householdId(county);
      Household.Builder hb = new Household.Builder().id(hid).region(county).residenceType(residence(county))
          .assetsWithinLimits(false);
      List<Enrollment> en = new ArrayList<>();
      Set<ResidentId> used = new HashSet<>();
      for (int i = 0; i < n; i++) {
        Person person = wellOff(county, bornAged80Plus(), used).build();
        hb.addMember(person);
        en.add(Enrollment.of(Scheme.OLD_AGE_ALLOWANCE, Beneficiary.person(person.id().value()), hid, ENROLLED_FROM));
      }
      return new CaseloadHousehold(hb.build(), en, Optional.empty());
    }

    private CaseloadHousehold severeDisability(Bucket b) {
      take(b, 1);
      RegionCode county = b.county;
      HouseholdId hid = householdId(county);
      Household.Builder hb = new Household.Builder().id(hid).region(county).residenceType(residence(county))
          .assetsWithinLimits(false);
      Set<ResidentId> used = new HashSet<>();
      Person disabled = wellOff(county, born(16, 79), used).disability(Disability.of(category(), r.nextInt(1, 3))).build();
      hb.addMember(disabled);
      int others = r.nextInt(0, 4);
      for (int i = 0; i < others; i++) {
        hb.addMember(wellOff(county, born(0, 79), used).build());
      }
      return new CaseloadHousehold(hb.build(),
          List.of(Enrollment.of(Scheme.DISABILITY_NURSING_SUBSIDY, Beneficiary.person(disabled.id().value()), hid, ENROLLED_FROM)),
          Optional.empty());
    }
  }

  @Override
  public String toString() {
    return "PingdingshanCaseload[seed " + seed + ", scale " + scale + "]";
  }
}
