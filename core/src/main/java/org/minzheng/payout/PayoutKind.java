package org.minzheng.payout;

/**
 * What a payout line is.
 *
 * <p>Sign convention: {@link #REGULAR} and {@link #ONE_OFF} amounts are zero or positive,
 * {@link #BACK_PAY} amounts positive, {@link #RECOVERY} and {@link #WAIVER} amounts <em>negative</em>.
 * The net amount paid for a (scheme, beneficiary, period) is then the plain sum of its lines that
 * {@link #movesMoney() move money}.
 *
 * @since 0.1
 */
public enum PayoutKind {
  /** The monthly payment of a month's entitlement (按月发放). */
  REGULAR("按月发放", "regular"),
  /** An additional payment for a past month whose entitlement rose (补发); positive. */
  BACK_PAY("补发", "back pay"),
  /** A reclaim for a past month whose entitlement fell (追回); negative. */
  RECOVERY("追回", "recovery"),
  /** A one-off payment: temporary assistance (临时救助). */
  ONE_OFF("一次性发放", "one-off"),
  /**
   * A caseworker's decision not to recover an overpayment held for review (核销, rules.md §11);
   * negative, the amount forgiven. Moves no money: it is not part of the net paid, and
   * net paid + waived = entitlement for the month it settles.
   *
   * @since 0.2
   */
  WAIVER("核销不追回", "waived");

  private final String chinese;
  private final String english;

  PayoutKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the English name */
  public String english() {
    return english;
  }

  /**
   * @return true for a correction of a past month (back pay, recovery, or a waiver), whose key includes
   *     the run month and what it corrects
   */
  public boolean isCorrection() {
    return this == BACK_PAY || this == RECOVERY || this == WAIVER;
  }

  /**
   * @return true if lines of this kind pay or reclaim money (all but {@link #WAIVER}); only these
   *     count in the net paid and in payment totals
   * @since 0.2
   */
  public boolean movesMoney() {
    return this != WAIVER;
  }
}
