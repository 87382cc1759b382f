package org.minzheng.scheme;

import java.time.YearMonth;
import java.util.List;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * What a per-household rule ({@link SchemeModule.HouseholdRule}) sees of one household and month: the
 * members (by position in {@link Household#members()}), which of them count this month, the statuses of
 * the schemes it depends on, the parameters in force, and a recorder of steps (which records nothing
 * when explanations are off). Valid only during the call it is passed to; not thread-safe.
 *
 * @since 0.2
 */
public interface HouseholdContext {
  /** @return the household, not null */
  Household household();

  /** @return the benefit month, not null */
  YearMonth month();

  /** @return the number of members, counted this month or not */
  int size();

  /**
   * @param member a position in {@link Household#members()}
   * @return whether the member counts this month (born by its end, alive at its start: rules.md §0)
   */
  boolean counted(int member);

  /**
   * @param member a position in {@link Household#members()}
   * @return the member, not null
   */
  Person person(int member);

  /**
   * @param member a position of a counted member
   * @return the member's age in completed years in the month (on the reference day of the standards)
   */
  int age(int member);

  /**
   * The status of a per-person scheme this one depends on, for a counted member: when it is UNDETERMINED,
   * the outcome the engine assumes in this call (see {@link SchemeModule.HouseholdRule#evaluate}).
   * Extreme poverty's status is ELIGIBLE for a member whose every condition holds even when the amount
   * is undetermined (rules.md §0).
   *
   * @param scheme a per-person scheme of {@link SchemeModule#dependsOn()}, not null
   * @param member a position of a counted member
   * @return the status, not null; INELIGIBLE for an added scheme that does not apply in this region and month
   * @throws IllegalArgumentException if the module does not declare the dependency
   */
  Outcome status(Scheme scheme, int member);

  /**
   * The status of a per-household scheme this one depends on (not enumerated: it may be UNDETERMINED).
   *
   * @param scheme a per-household scheme of {@link SchemeModule#dependsOn()}, not null
   * @return the status, not null
   * @throws IllegalArgumentException if the module does not declare the dependency
   */
  Outcome status(Scheme scheme);

  /**
   * As {@link RuleContext#value}.
   *
   * @param <T> the type of the value
   * @param key one of the module's declared parameters, not null
   * @return the value
   */
  <T> T value(ParameterKey<T> key);

  /**
   * @param <P> its type
   * @return what the rule's {@link SchemeModule.HouseholdRule#prepare} gave for this region, month and standards
   */
  <P> P prepared();

  /**
   * @param key a parameter, not null
   * @return its resolved value as text, for a step's argument; {@code —} if not in force
   */
  String text(ParameterKey<?> key);

  /** @return true when explanations are on */
  boolean explaining();

  /**
   * Records a step, as {@link RuleContext#step}.
   *
   * @param key the step key, starting with the module's prefix, not null
   * @param parameters the parameters the step used, not null
   * @param result what the step gave, or null
   * @param arguments the step's typed arguments, in message order
   */
  void step(String key, List<ParameterKey<?>> parameters, Object result, Object... arguments);

  /**
   * @param amount the amount, not null
   * @param persons how many persons the payment covers (in a payout line), at least 1
   * @return an ELIGIBLE result paid to the household
   */
  SchemeResult eligible(Money amount, int persons);

  /**
   * @param reasons the conditions that fail, at least one; an immutable list is kept as it is
   * @return an INELIGIBLE result
   */
  SchemeResult ineligible(List<Reason> reasons);

  /**
   * @param missingFacts the missing facts, at least one
   * @return an UNDETERMINED result
   */
  SchemeResult undetermined(List<Reason> missingFacts);
}
