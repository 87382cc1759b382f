package org.minzheng.report;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.minzheng.internal.payout.Fingerprints;
import org.minzheng.internal.payout.LongLongMap;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.Reconciliation;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * Builds a {@link Report} from payout lines fed one at a time (from a ledger, or as a run records
 * them), so memory holds only the aggregates: per scheme, region (county and city; and the paying
 * institution for lines paid to one) and year, twelve months of totals and one 64-bit fingerprint
 * per distinct recipient (for the distinct counts).
 *
 * <pre>{@code
 * ReportAggregator agg = new ReportAggregator();
 * ledger.forEachLine(agg);
 * Report report = agg.build();
 * }</pre>
 *
 * <p>Lines are placed in the month they are paid in ({@link PayoutLine#runMonth()}); see
 * {@link ReportRow} for the counting rules. Not thread-safe.
 *
 * @since 0.1
 */
public final class ReportAggregator implements Consumer<PayoutLine> {
  private static final int MONTH_BITS = 12;
  private static final long MONTH_MASK = (1L << MONTH_BITS) - 1;

  private record GroupKey(Scheme scheme, ReportLevel level, String key, int year) {}

  private static final class Group {
    final LongLongMap recipients; // fingerprint -> persons << 12 | month bits; null for a city (see cityRecipients)
    final long[] personTimes = new long[12];
    final long[] fen = new long[12];
    final long[] lines = new long[12];
    final long[] backFen = new long[12];
    final long[] recoveryFen = new long[12];
    final long[] heldItems = new long[12];
    final long[] heldFen = new long[12];
    int firstMonth = 13;
    int lastMonth = 0;

    Group(boolean distinct) {
      recipients = distinct ? new LongLongMap() : null;
    }
  }

  private final Map<GroupKey, Group> groups = new HashMap<>();
  private long lineCount;
  private long totalFen;
  private Group[] last;
  private Scheme lastScheme;
  private RegionCode lastRegion;
  private int lastYear;

  /** An empty aggregator. */
  public ReportAggregator() {}

  /**
   * Reads every committed line of a ledger.
   *
   * @param ledger the ledger, not null
   * @return the aggregator with the ledger's lines
   */
  public static ReportAggregator of(Ledger ledger) {
    ReportAggregator a = new ReportAggregator();
    ledger.forEachLine(a);
    return a;
  }

  /**
   * Adds one line.
   *
   * @param line the line, not null
   */
  @Override
  public void accept(PayoutLine line) {
    requireNonNull(line, "line");
    if (!line.kind().movesMoney()) {
      return; // a waiver settles a held overpayment; no money moves
    }
    int year = line.runMonth().getYear();
    lineCount++;
    totalFen = Math.addExact(totalFen, line.amount().fen());
    boolean counted = line.kind() == PayoutKind.REGULAR || line.kind() == PayoutKind.ONE_OFF;
    long fp = counted ? Fingerprints.ofBeneficiary(line.beneficiary()) : 0;
    Group[] gs = countyAndCity(line, year);
    add(gs[0], line, counted, fp);
    add(gs[1], line, counted, fp);
    if (line.payee().kind() == Beneficiary.Kind.INSTITUTION) {
      add(group(line.scheme(), ReportLevel.INSTITUTION, line.payee().id(), year), line, counted, fp);
    }
  }

  /** The county and city groups of a line; the last (scheme, region, year) is remembered, as lines come in runs. */
  private Group[] countyAndCity(PayoutLine line, int year) {
    if (last == null || line.scheme() != lastScheme || !line.region().equals(lastRegion) || year != lastYear) {
      last = new Group[] {group(line.scheme(), ReportLevel.COUNTY, line.region().code(), year),
          group(line.scheme(), ReportLevel.CITY, line.city().code(), year)};
      lastScheme = line.scheme();
      lastRegion = line.region();
      lastYear = year;
    }
    return last;
  }

  private Group group(Scheme s, ReportLevel level, String key, int year) {
    return groups.computeIfAbsent(new GroupKey(s, level, key, year), k -> new Group(level != ReportLevel.CITY));
  }

  private static void add(Group g, PayoutLine l, boolean counted, long fp) {
    int m = l.runMonth().getMonthValue() - 1;
    g.fen[m] = Math.addExact(g.fen[m], l.amount().fen());
    if (l.kind() == PayoutKind.BACK_PAY) {
      g.backFen[m] = Math.addExact(g.backFen[m], l.amount().fen());
    } else if (l.kind() == PayoutKind.RECOVERY) {
      g.recoveryFen[m] = Math.addExact(g.recoveryFen[m], l.amount().fen());
    }
    g.lines[m]++;
    g.firstMonth = Math.min(g.firstMonth, m);
    g.lastMonth = Math.max(g.lastMonth, m);
    if (counted) {
      g.personTimes[m] += l.persons();
      if (g.recipients != null) {
        g.recipients.merge(fp, ((long) l.persons() << MONTH_BITS) | (1L << m), ReportAggregator::combine);
      }
    }
  }

  /**
   * Adds an overpayment a reconciliation holds for review (rules.md §11, Reports): counted as one item,
   * with its amount, in the month the reconciliation ran, in the scheme and region (county and city) of
   * its household. It moves no money: the amounts, counts and totals of lines stay as they are.
   *
   * @param item a held item of {@link Reconciliation.Report#reviewItems()}, not null
   * @param runMonth the reconciliation's run month, not null
   * @throws IllegalArgumentException if the item holds no month (an undetermined item)
   * @since 0.3
   */
  public void held(Reconciliation.ReviewItem item, YearMonth runMonth) {
    requireNonNull(item, "item");
    requireNonNull(runMonth, "runMonth");
    if (item.held().isEmpty()) {
      throw new IllegalArgumentException("review item " + item.beneficiary() + " " + item.scheme() + " (" + item.reason()
          + ") holds no month: only held overpayments are reported as held");
    }
    held(item.scheme(), item.held().get(0).region(), item.amount(), runMonth);
  }

  /**
   * Adds one item held for review, as {@link #held(Reconciliation.ReviewItem, YearMonth)} does, from its
   * parts (for held items read back from a file).
   *
   * @param scheme the item's scheme, not null
   * @param region its household's region, not null
   * @param amount the amount held, not null
   * @param runMonth the reconciliation's run month, not null
   * @since 0.3
   */
  public void held(Scheme scheme, RegionCode region, Money amount, YearMonth runMonth) {
    requireNonNull(scheme, "scheme");
    requireNonNull(region, "region");
    requireNonNull(amount, "amount");
    requireNonNull(runMonth, "runMonth");
    int year = runMonth.getYear();
    int m = runMonth.getMonthValue() - 1;
    for (Group g : List.of(group(scheme, ReportLevel.COUNTY, region.code(), year),
        group(scheme, ReportLevel.CITY, cityOf(region.code()), year))) {
      g.heldItems[m]++;
      g.heldFen[m] = Math.addExact(g.heldFen[m], amount.fen());
      g.firstMonth = Math.min(g.firstMonth, m);
      g.lastMonth = Math.max(g.lastMonth, m);
    }
  }

  /** Largest persons, union of the months paid. */
  private static long combine(long a, long b) {
    return (Math.max(a >>> MONTH_BITS, b >>> MONTH_BITS) << MONTH_BITS) | ((a | b) & MONTH_MASK);
  }

  /**
   * Visits a city's recipients: the union of its counties' (a beneficiary paid in two counties counts
   * once, with the months and the largest persons of both). Computed from the county maps when the
   * report is built, with no map of its own: the distinct counts cost the county maps only.
   */
  private void forEachCityRecipient(GroupKey city, LongLongMap.Entry action) {
    List<LongLongMap> counties = new ArrayList<>();
    for (Map.Entry<GroupKey, Group> e : groups.entrySet()) {
      GroupKey k = e.getKey();
      if (k.level() == ReportLevel.COUNTY && k.scheme() == city.scheme() && k.year() == city.year()
          && cityOf(k.key()).equals(city.key())) {
        counties.add(e.getValue().recipients);
      }
    }
    for (int i = 0; i < counties.size(); i++) {
      int at = i;
      counties.get(i).forEach((fp, v) -> {
        for (int j = 0; j < at; j++) {
          if (counties.get(j).containsKey(fp)) {
            return; // visited with an earlier county
          }
        }
        long all = v;
        for (int j = at + 1; j < counties.size(); j++) {
          long w = counties.get(j).get(fp, 0L); // 0 = absent: a value always has persons ≥ 1
          if (w != 0) {
            all = combine(all, w);
          }
        }
        action.accept(fp, all);
      });
    }
  }

  private static String cityOf(String county) {
    RegionCode r = RegionCode.of(county);
    return r.level() == RegionCode.Level.COUNTY ? r.parent().orElseThrow().code() : county;
  }

  /** @return the number of lines read */
  public long lineCount() {
    return lineCount;
  }

  /** @return the sum of every line read */
  public Money total() {
    return Money.ofFen(totalFen);
  }

  /**
   * Computes the rows: for each scheme, region or institution and year, one row per month from the
   * first to the last month with a line.
   *
   * @return the report
   */
  public Report build() {
    List<ReportRow> rows = new ArrayList<>();
    for (Map.Entry<GroupKey, Group> e : groups.entrySet()) {
      GroupKey k = e.getKey();
      Group g = e.getValue();
      long[] monthRecipients = new long[12];
      long[] newRecipients = new long[12];
      long[] newPersons = new long[12];
      LongLongMap.Entry count = (fp, v) -> {
        long bits = v & MONTH_MASK;
        long persons = v >>> MONTH_BITS;
        int first = Long.numberOfTrailingZeros(bits);
        newRecipients[first]++;
        newPersons[first] += persons;
        for (int m = 0; m < 12; m++) {
          if ((bits & (1L << m)) != 0) {
            monthRecipients[m]++;
          }
        }
      };
      if (k.level() == ReportLevel.CITY) {
        forEachCityRecipient(k, count);
      } else {
        g.recipients.forEach(count);
      }
      long cumR = 0;
      long cumP = 0;
      long cumPt = 0;
      long cumFen = 0;
      for (int m = 0; m <= g.lastMonth; m++) {
        cumR += newRecipients[m];
        cumP += newPersons[m];
        cumPt += g.personTimes[m];
        cumFen = Math.addExact(cumFen, g.fen[m]);
        if (m >= g.firstMonth) {
          rows.add(new ReportRow(k.scheme(), k.level(), k.key(), YearMonth.of(k.year(), m + 1), monthRecipients[m],
              g.personTimes[m], Money.ofFen(g.fen[m]), cumR, cumP, cumPt, Money.ofFen(cumFen), g.lines[m],
              Money.ofFen(g.backFen[m]), Money.ofFen(g.recoveryFen[m]), g.heldItems[m], Money.ofFen(g.heldFen[m])));
        }
      }
    }
    rows.sort(Comparator.comparing(ReportRow::scheme).thenComparing(ReportRow::level).thenComparing(ReportRow::key)
        .thenComparing(ReportRow::period));
    return new Report(rows, lineCount, Money.ofFen(totalFen));
  }
}
