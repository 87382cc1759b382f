package org.minzheng.scheme;

import java.util.List;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;

/**
 * What a per-case rule ({@link SchemeModule.CaseRule}) sees of one case: the case, the parameters in
 * force for its region on its date (as known on the calculator's knowledge date), and a recorder of
 * steps. Every parameter read is cited in the case's stamp. Valid only during the call it is passed to;
 * not thread-safe.
 *
 * @since 0.2
 */
public interface CaseContext {
  /** @return the case, not null */
  TemporaryAssistanceCase assistanceCase();

  /**
   * The value of a parameter in force for the case's region on its date; the use is recorded for the
   * stamp and the citations.
   *
   * @param <T> the type of the value
   * @param key a parameter, not null
   * @return the value
   * @throws org.minzheng.standard.StandardNotFoundException if no standards module gives it
   */
  <T> T value(ParameterKey<T> key);

  /** @return true when explanations are on */
  boolean explaining();

  /**
   * Records a step, as {@link RuleContext#step}; parameters are cited as read with {@link #value}.
   *
   * @param key the step key, starting with the module's prefix, not null
   * @param parameters the parameters the step used, not null
   * @param result what the step gave, or null
   * @param arguments the step's typed arguments, in message order
   */
  void step(String key, List<ParameterKey<?>> parameters, Object result, Object... arguments);

  /**
   * @param amount the amount, not null
   * @param payee who is paid, not null
   * @return an ELIGIBLE result about the case, in the month of the case's date
   */
  SchemeResult eligible(Money amount, Beneficiary payee);

  /**
   * @param reasons the conditions that fail, at least one
   * @return an INELIGIBLE result
   */
  SchemeResult ineligible(List<Reason> reasons);

  /**
   * @param missingFacts the missing facts, at least one
   * @return an UNDETERMINED result
   */
  SchemeResult undetermined(List<Reason> missingFacts);
}
