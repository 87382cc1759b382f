package org.minzheng.payout;

import java.time.YearMonth;

/**
 * The partition of the idempotency-key index a line belongs to: its kind and its run month.
 *
 * <p>Why two lines with equal keys always fall in the same partition. A key is
 * {@code period|scheme|beneficiaryKind:id|KIND} and, for a correction, {@code |runMonth} after it
 * (and, since 0.2, {@code |corrects} after that for a correction that says what it corrects: its text
 * starts with {@code g} and a digit and has no {@code '|'}, so it is never a month or a kind name, and
 * dropping it when present leaves the key of the form described next)
 * ({@code PayoutLine.key}). From the key string alone the kind and the run month can be read back:
 * <ul>
 *   <li>the period is the text before the first {@code '|'} (a YearMonth's text has no {@code '|'});
 *   <li>the last {@code '|'}-separated field is either a kind name ({@code REGULAR}, {@code ONE_OFF})
 *       or a month (a correction): a month's text is never a kind name, so the last field tells
 *       whether the line is a correction; for a correction the field before it is the kind
 *       ({@code BACK_PAY} or {@code RECOVERY}) and the last field is the run month; otherwise the
 *       last field is the kind and the run month equals the period (PayoutLine's constructor
 *       requires {@code runMonth == period} for REGULAR and ONE_OFF lines).
 * </ul>
 * A beneficiary id containing {@code '|'} does not change this, since the kind and run month are
 * read from the end and the period from the start. So (kind, runMonth) is a function of the key:
 * equal keys give equal partitions, and a run only needs the keys of the partitions its lines fall in.
 * (Equal <em>fingerprints</em> of different keys in different partitions are then no longer taken
 * for duplicates, which only removes false positives.)
 */
final class KeyPartitions {
  private static final PayoutKind[] KINDS = PayoutKind.values();

  private KeyPartitions() {}

  /** The partition of a line of {@code kind} paid in {@code runMonth}, as one long. */
  public static long of(PayoutKind kind, YearMonth runMonth) {
    return ((long) runMonth.getYear() * 12 + runMonth.getMonthValue() - 1) * KINDS.length + kind.ordinal();
  }

  /** @return the kind of partition {@code p} */
  public static PayoutKind kind(long p) {
    return KINDS[(int) Math.floorMod(p, (long) KINDS.length)];
  }

  /** @return the run month of partition {@code p} */
  public static YearMonth runMonth(long p) {
    long m = Math.floorDiv(p, (long) KINDS.length);
    return YearMonth.of((int) Math.floorDiv(m, 12L), (int) Math.floorMod(m, 12L) + 1);
  }

  /** @return e.g. {@code REGULAR@2020-01}, for messages */
  public static String toString(long p) {
    return kind(p) + "@" + runMonth(p);
  }
}
