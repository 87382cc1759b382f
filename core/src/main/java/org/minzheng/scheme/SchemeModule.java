package org.minzheng.scheme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * A scheme module: one benefit scheme, what it reads and its rule. The six built-in schemes are
 * modules of this kind (one package each, {@code org.minzheng.schemes.*}); a county's own allowance
 * is one too, in its own jar, found by {@link java.util.ServiceLoader} or registered by hand with
 * {@code Schemes.register} (in {@code org.minzheng.schemes}), like a standards provider.
 *
 * @implSpec An implementation is immutable and thread-safe, and answers the same on every call. Its
 *     parameter keys belong to its own scheme, their ids start with {@link #stepPrefix()} and a dot,
 *     and its step keys do too; its message bundles give a pattern for every step key its rule
 *     records, in every language it ships, with the same arguments.
 * @since 0.2
 */
public interface SchemeModule {
  /** Whom one result is about. */
  enum Unit {
    /** One result per household and month (dibao). */
    HOUSEHOLD,
    /** One result per member and month. */
    PERSON,
    /** One result per case (temporary assistance). */
    CASE
  }

  /**
   * The scheme modules installed on the class path or module path, found by the
   * {@link java.util.ServiceLoader} once, on the first call, in the order of their schemes' names.
   * Finding them defines their schemes and adds their parameters to the catalogue
   * ({@link org.minzheng.standard.Parameters#register}), so that standards documents may give them values.
   *
   * @return the modules, not null
   * @throws SchemeConfigurationException if one cannot be loaded or declares a parameter that clashes
   */
  static List<SchemeModule> installed() {
    return ServiceModules.get();
  }

  /** @return the scheme this module computes, with its identifier and Chinese and English names */
  Scheme scheme();

  /** @return whom one result is about */
  Unit unit();

  /** @return the parameters the rule reads, typed keys with units; standards documents may give exactly these */
  List<ParameterKey<?>> parameters();

  /**
   * @return the schemes whose <em>status</em> (eligible, ineligible or undetermined) this scheme's rule
   *     reads; together the modules form a directed acyclic graph
   */
  Set<Scheme> dependsOn();

  /** @return the first segment of this module's step keys and parameter ids, e.g. {@code dibao} */
  String stepPrefix();

  /**
   * @param locale a language, not null
   * @return the module's message bundle for that language, if it ships one
   */
  Optional<ResourceBundle> messages(Locale locale);

  /**
   * The rule of a per-person scheme ({@link Unit#PERSON}). Extreme-poverty support, the price subsidy, the
   * old-age allowance and the two disability subsidies are built in on exactly this interface
   * ({@code ExtremePovertyRule}, {@code PriceSubsidyRule}, {@code OldAgeRule}, {@code DisabilityLivingRule},
   * {@code DisabilityNursingRule}, each beside its module).
   *
   * @return the rule; empty for a module of another unit
   */
  default Optional<PersonRule> personRule() {
    return Optional.empty();
  }

  /**
   * The rule of a per-household scheme ({@link Unit#HOUSEHOLD}); dibao is built in on exactly this
   * interface ({@code DibaoRule}).
   *
   * @return the rule; empty for a module of another unit
   * @since 0.2
   */
  default Optional<HouseholdRule> householdRule() {
    return Optional.empty();
  }

  /**
   * The rule of a per-case scheme ({@link Unit#CASE}); temporary assistance is built in on exactly this
   * interface ({@code TemporaryAssistanceRule}). A case ({@link org.minzheng.household.TemporaryAssistanceCase})
   * names no scheme, so a calculator runs the temporary-assistance module's case rule for every case; a
   * calculator refuses an added per-case module.
   *
   * @return the rule; empty for a module of another unit
   * @since 0.2
   */
  default Optional<CaseRule> caseRule() {
    return Optional.empty();
  }

  /**
   * The rule of a per-person scheme: what one member gets in one month.
   *
   * @since 0.2
   */
  @FunctionalInterface
  interface PersonRule {
    /**
     * Derives, once per region, month and standards, what the rule reads in its hot path (amounts
     * rounded, bands sorted, codes parsed), so that {@link #evaluate} reads plain fields through
     * {@link RuleContext#prepared()}. A value that cannot be used fails here, for every household of
     * the region alike.
     *
     * @param parameters the parameters in force, not null
     * @return what {@link RuleContext#prepared()} gives the rule; null (the default) for nothing
     * @since 0.2
     */
    default Object prepare(Preparation parameters) {
      return null;
    }

    /**
     * @param c the member, the month, the parameters, the statuses of the schemes depended on, and the
     *     recorder of steps, not null. When a status the rule reads is UNDETERMINED, the engine calls it
     *     once per combination of statuses the household's facts allow, with {@link RuleContext#status}
     *     answering that combination, and the result is UNDETERMINED only if those calls differ in status
     *     or amount (rules.md §0)
     * @return the result, made with {@link RuleContext#eligible}, {@link RuleContext#ineligible},
     *     {@link RuleContext#undetermined} or {@link RuleContext#undeterminedAmount}
     */
    SchemeResult evaluate(RuleContext c);

    /**
     * Evaluates the members of one household and month in turn: the engine calls this once per
     * household, and the cursor stops at each member whose result is the rule's to give (members not
     * counted this month, and members whose dependencies must be tried each way, the engine handles
     * itself). The default is the loop below; a rule in a {@code final} class that overrides it with the
     * same two lines lets the JIT inline {@link #evaluate} into the loop, which a call site shared by
     * every rule cannot (the built-in rules do).
     *
     * <pre>{@code
     * while (members.next()) {
     *   members.put(evaluate(members));
     * }
     * }</pre>
     *
     * @param members the cursor over the members, itself the context of the member it stands on, not null
     * @since 0.2
     */
    default void evaluateAll(MemberCursor members) {
      while (members.next()) {
        members.put(evaluate(members));
      }
    }
  }

  /**
   * The rule of a per-household scheme: what the household gets in one month.
   *
   * @since 0.2
   */
  @FunctionalInterface
  interface HouseholdRule {
    /**
     * As {@link PersonRule#prepare}: once per region, month and standards.
     *
     * @param parameters the parameters in force, not null
     * @return what {@link HouseholdContext#prepared()} gives the rule; null (the default) for nothing
     */
    default Object prepare(Preparation parameters) {
      return null;
    }

    /**
     * @param c the household, its members, the month, the parameters, the statuses of the schemes depended
     *     on and the recorder of steps, not null. When the status of a per-person scheme the rule depends
     *     on is UNDETERMINED for some members, the engine calls it once per assignment of ELIGIBLE or
     *     INELIGIBLE to those statuses (up to ten of them), with {@link HouseholdContext#status(Scheme, int)}
     *     answering that assignment, and the result is UNDETERMINED only if those calls differ in status or
     *     amount (rules.md §0)
     * @return the result, made with {@link HouseholdContext#eligible}, {@link HouseholdContext#ineligible}
     *     or {@link HouseholdContext#undetermined}
     */
    SchemeResult evaluate(HouseholdContext c);
  }

  /**
   * The rule of a per-case scheme: what one case gets, once.
   *
   * @since 0.2
   */
  @FunctionalInterface
  interface CaseRule {
    /**
     * @param c the case, the parameters in force on its date and the recorder of steps, not null
     * @return the result, made with {@link CaseContext#eligible}, {@link CaseContext#ineligible} or
     *     {@link CaseContext#undetermined}
     */
    SchemeResult evaluate(CaseContext c);
  }
}
