package org.minzheng.payout;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.minzheng.standard.Money;

/**
 * What a payout run did: how many households it read and calculated, how many lines it produced and
 * recorded, and why others were not paid.
 *
 * @param header what the run was, not null
 * @param households households read from the stream (for a run of temporary-assistance cases: cases read)
 * @param calculated households with an enrollment active in the month, which were calculated (cases calculated)
 * @param linesProduced lines the run produced
 * @param linesRecorded lines new to the ledger and recorded
 * @param duplicates lines skipped because their idempotency key was already recorded
 * @param ineligible active enrollments whose result was {@code INELIGIBLE} (or whose person had died
 *     before the month), so not paid
 * @param undetermined active enrollments whose result was {@code UNDETERMINED}, so not paid
 * @param unmatched active enrollments for which the calculation gave no result for their beneficiary
 * @param needsReview for a recomputation: paid pairs now {@code INELIGIBLE}, left for a caseworker
 *     rather than recovered automatically
 * @param amountRecorded the sum of the recorded lines, not null
 * @param recorded the run as the ledger recorded it; empty if nothing was new
 * @since 0.1
 */
public record RunSummary(
    RunHeader header,
    long households,
    long calculated,
    long linesProduced,
    long linesRecorded,
    long duplicates,
    long ineligible,
    long undetermined,
    long unmatched,
    long needsReview,
    Money amountRecorded,
    Optional<RecordedRun> recorded) {
  /**
   * Checks the components.
   *
   * @param header what the run was, not null
   * @param households households read from the stream (for a run of temporary-assistance cases: cases read)
   * @param calculated households with an enrollment active in the month, which were calculated (cases calculated)
   * @param linesProduced lines the run produced
   * @param linesRecorded lines new to the ledger and recorded
   * @param duplicates lines skipped because their idempotency key was already recorded
   * @param ineligible active enrollments whose result was {@code INELIGIBLE} (or whose person had died before the month), so not paid
   * @param undetermined active enrollments whose result was {@code UNDETERMINED}, so not paid
   * @param unmatched active enrollments for which the calculation gave no result for their beneficiary
   * @param needsReview for a recomputation: paid pairs now {@code INELIGIBLE}, left for a caseworker rather than recovered automatically
   * @param amountRecorded the sum of the recorded lines, not null
   * @param recorded the run as the ledger recorded it; empty if nothing was new
   */
  public RunSummary {
    requireNonNull(header, "header");
    requireNonNull(amountRecorded, "amountRecorded");
    requireNonNull(recorded, "recorded");
  }
}
