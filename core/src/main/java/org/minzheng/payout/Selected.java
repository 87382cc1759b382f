package org.minzheng.payout;

import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.minzheng.household.Household;

/**
 * The households of a stream of enrolled households that a run calculates, handed to the calculator
 * one at a time; each one handed out is queued, so that its result, which the calculator returns in
 * input order, can be matched with its enrollments.
 */
final class Selected {
  private Selected() {}

  /**
   * @param source the enrolled households, read once per iteration
   * @param keep which to calculate; called once per household read
   * @param handedOut receives each household handed out, in order
   * @return the households to calculate
   */
  static Iterable<Household> of(Iterable<EnrolledHousehold> source, Predicate<EnrolledHousehold> keep,
      Deque<EnrolledHousehold> handedOut) {
    return () -> new Iterator<>() {
      private final Iterator<EnrolledHousehold> it = source.iterator();
      private EnrolledHousehold next;

      @Override
      public boolean hasNext() {
        while (next == null && it.hasNext()) {
          EnrolledHousehold eh = it.next();
          if (keep.test(eh)) {
            next = eh;
          }
        }
        return next != null;
      }

      @Override
      public Household next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        handedOut.add(next);
        Household h = next.household();
        next = null;
        return h;
      }
    };
  }
}
