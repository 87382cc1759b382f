package org.minzheng.scheme;

import java.time.YearMonth;
import java.util.List;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * What a scheme module's rule sees of one member and month: the facts, the parameters in force, the
 * statuses of the schemes it depends on, and a recorder of steps (which records nothing when
 * explanations are off). Valid only during the call it is passed to; not thread-safe.
 *
 * @since 0.2
 */
public interface RuleContext {
  /** @return the household, not null */
  Household household();

  /** @return the member the result is about, not null */
  Person person();

  /** @return the benefit month, not null */
  YearMonth month();

  /** @return the member's age in completed years in the month (on the reference day of the standards) */
  int age();

  /**
   * The value of a parameter in force for the household's region in the month; the use is recorded
   * for the explanation's citations when a step names the key.
   *
   * @param <T> the type of the value
   * @param key one of the module's declared parameters, not null
   * @return the value
   * @throws org.minzheng.standard.StandardNotFoundException if no standards module gives it
   */
  <T> T value(ParameterKey<T> key);

  /**
   * The status of a scheme this one depends on, for this member (a per-person scheme) or the
   * household (a per-household scheme such as dibao): ELIGIBLE or INELIGIBLE. When the status is
   * UNDETERMINED, the engine calls the rule once per status the facts allow and this answers the one
   * assumed in the call (see {@link SchemeModule.PersonRule#evaluate}). Extreme poverty's status is
   * ELIGIBLE for a member whose every condition holds even when the amount is undetermined (rules.md §0).
   *
   * @param scheme one of {@link SchemeModule#dependsOn()}, not null
   * @return the status, not null; INELIGIBLE for an added scheme that does not apply in this region and month
   * @throws IllegalArgumentException if the module does not declare the dependency
   */
  Outcome status(Scheme scheme);

  /**
   * The missing facts that leave a dependency undetermined. The engine's {@link #status} answers an
   * assumed status instead of UNDETERMINED, so this is empty in its calls; a rule may still use it to
   * stay correct under a context that passes UNDETERMINED through (a test double, for one).
   *
   * @param scheme one of {@link SchemeModule#dependsOn()}, not null
   * @return the facts, empty unless that status is UNDETERMINED
   */
  List<Reason> missingFactsOf(Scheme scheme);

  /**
   * What the rule's {@link SchemeModule.PersonRule#prepare} gave for this region, month and standards.
   *
   * @param <P> its type
   * @return it, or null if the rule prepares nothing
   * @since 0.2
   */
  <P> P prepared();

  /**
   * @param key a parameter, not null
   * @return its resolved value as text (e.g. {@code 570.00}), for a step's argument; {@code —} if not in force
   * @since 0.2
   */
  String text(ParameterKey<?> key);

  /** @return true when explanations are on, so that a rule need not compute what only a step shows */
  boolean explaining();

  /**
   * Records a step: nothing is formatted; the module's bundles give the words.
   *
   * @param key the step key, starting with the module's prefix, not null
   * @param parameters the parameters the step used, not null
   * @param result what the step gave, or null
   * @param arguments the step's typed arguments, in message order
   */
  void step(String key, List<ParameterKey<?>> parameters, Object result, Object... arguments);

  /**
   * @param amount the amount, not null
   * @return an ELIGIBLE result paid to the member
   */
  SchemeResult eligible(Money amount);

  /**
   * @param amount the amount, not null
   * @param payee who is paid instead of the member (e.g. the support institution of a centralized
   *     extreme-poverty person), not null
   * @return an ELIGIBLE result
   * @since 0.2
   */
  SchemeResult eligible(Money amount, Beneficiary payee);

  /**
   * @param reasons the conditions that fail, at least one
   * @return an INELIGIBLE result
   */
  SchemeResult ineligible(Reason... reasons);

  /**
   * @param reasons the conditions that fail, at least one; an immutable list is kept as it is
   * @return an INELIGIBLE result (in the payout form, one shared object: the engine reads only its outcome)
   * @since 0.2
   */
  SchemeResult ineligible(List<Reason> reasons);

  /**
   * @param missingFacts the missing facts, at least one
   * @return an UNDETERMINED result
   */
  SchemeResult undetermined(List<Reason> missingFacts);

  /**
   * An UNDETERMINED result whose <em>status</em> is known: every condition holds, only a fact of the
   * amount is missing (extreme poverty with self-care not assessed). The result is UNDETERMINED; the
   * schemes depending on this one read its status as ELIGIBLE (rules.md §0).
   *
   * @param missingFacts the missing facts of the amount, at least one
   * @return an UNDETERMINED result
   * @since 0.2
   */
  SchemeResult undeterminedAmount(List<Reason> missingFacts);
}
