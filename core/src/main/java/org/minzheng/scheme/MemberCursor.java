package org.minzheng.scheme;

/**
 * The members of one household and month, one at a time, for {@link SchemeModule.PersonRule#evaluateAll}:
 * the cursor is the {@link RuleContext} of the member it stands on. Valid only during that call; not
 * thread-safe.
 *
 * @since 0.2
 */
public interface MemberCursor extends RuleContext {
  /**
   * Moves to the next member whose result is the rule's to give.
   *
   * @return false when there is none left
   */
  boolean next();

  /**
   * Gives the result of the member the cursor stands on.
   *
   * @param result the result the rule's {@link SchemeModule.PersonRule#evaluate} returned for it, not null
   */
  void put(SchemeResult result);
}
