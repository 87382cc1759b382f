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
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
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
    final LongLongMap recipients = new LongLongMap(); // fingerprint -> persons << 12 | month bits
    final long[] personTimes = new long[12];
    final long[] fen = new long[12];
    final long[] lines = new long[12];
    int firstMonth = 13;
    int lastMonth = 0;
  }

  private final Map<GroupKey, Group> groups = new HashMap<>();
  private long lineCount;
  private long totalFen;

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
    int year = line.runMonth().getYear();
    lineCount++;
    totalFen = Math.addExact(totalFen, line.amount().fen());
    add(group(line.scheme(), ReportLevel.COUNTY, line.region().code(), year), line);
    add(group(line.scheme(), ReportLevel.CITY, line.city().code(), year), line);
    if (line.payee().kind() == Beneficiary.Kind.INSTITUTION) {
      add(group(line.scheme(), ReportLevel.INSTITUTION, line.payee().id(), year), line);
    }
  }

  private Group group(Scheme s, ReportLevel level, String key, int year) {
    return groups.computeIfAbsent(new GroupKey(s, level, key, year), k -> new Group());
  }

  private static void add(Group g, PayoutLine l) {
    int m = l.runMonth().getMonthValue() - 1;
    g.fen[m] = Math.addExact(g.fen[m], l.amount().fen());
    g.lines[m]++;
    g.firstMonth = Math.min(g.firstMonth, m);
    g.lastMonth = Math.max(g.lastMonth, m);
    if (l.kind() == PayoutKind.REGULAR || l.kind() == PayoutKind.ONE_OFF) {
      g.personTimes[m] += l.persons();
      long fp = Fingerprints.of(l.beneficiary().kind().name() + ':' + l.beneficiary().id());
      long v = ((long) l.persons() << MONTH_BITS) | (1L << m);
      g.recipients.merge(fp, v, (a, b) -> (Math.max(a >>> MONTH_BITS, b >>> MONTH_BITS) << MONTH_BITS)
          | ((a | b) & MONTH_MASK));
    }
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
      g.recipients.forEach((fp, v) -> {
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
      });
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
              g.personTimes[m], Money.ofFen(g.fen[m]), cumR, cumP, cumPt, Money.ofFen(cumFen), g.lines[m]));
        }
      }
    }
    rows.sort(Comparator.comparing(ReportRow::scheme).thenComparing(ReportRow::level).thenComparing(ReportRow::key)
        .thenComparing(ReportRow::period));
    return new Report(rows, lineCount, Money.ofFen(totalFen));
  }
}
