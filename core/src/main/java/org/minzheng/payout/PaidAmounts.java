package org.minzheng.payout;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.minzheng.internal.payout.Fingerprints;
import org.minzheng.internal.payout.LongLongMap;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * The net amount a ledger has recorded for each (scheme, beneficiary) of one benefit month: the sum
 * of its regular, back-pay and recovery lines. Held compactly (a 64-bit fingerprint and a fen count
 * per pair), so a month of a million beneficiaries costs tens of megabytes, not gigabytes.
 *
 * @since 0.1
 */
public final class PaidAmounts {
  private final YearMonth period;
  private final LongLongMap net = new LongLongMap();

  /**
   * @param period the benefit month, not null
   */
  PaidAmounts(YearMonth period) {
    this.period = requireNonNull(period, "period");
  }

  /**
   * Reads the lines of a ledger that concern {@code period}.
   *
   * @param ledger the ledger, not null
   * @param period the benefit month, not null
   * @return the net amounts
   */
  static PaidAmounts of(Ledger ledger, YearMonth period) {
    PaidAmounts p = new PaidAmounts(period);
    ledger.forEachLineOf(java.util.Set.of(period), l -> {
      if (l.kind().movesMoney()) {
        p.net.add(pairKey(l.scheme(), l.beneficiary()), l.amount().fen());
      }
    });
    return p;
  }

  /** @return the benefit month */
  public YearMonth period() {
    return period;
  }

  /** @return the number of (scheme, beneficiary) pairs with a line */
  public int size() {
    return net.size();
  }

  /**
   * @param scheme the scheme, not null
   * @param beneficiary the beneficiary, not null
   * @return true if the ledger has any line for the pair and month
   */
  public boolean contains(Scheme scheme, Beneficiary beneficiary) {
    return net.containsKey(pairKey(scheme, beneficiary));
  }

  /**
   * @param scheme the scheme, not null
   * @param beneficiary the beneficiary, not null
   * @return the net amount recorded for the pair and month, zero if none
   */
  public Money paid(Scheme scheme, Beneficiary beneficiary) {
    return Money.ofFen(net.get(pairKey(scheme, beneficiary), 0L));
  }

  static long pairKey(Scheme scheme, Beneficiary beneficiary) {
    return Fingerprints.ofPair(scheme, beneficiary);
  }

  @Override
  public String toString() {
    return "PaidAmounts[" + period + ", " + net.size() + " pairs]";
  }
}
