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
   * The rule of a per-person scheme. The price subsidy, the old-age allowance and the two disability
   * subsidies are built in on exactly this interface ({@code PriceSubsidyRule}, {@code OldAgeRule},
   * {@code DisabilityLivingRule}, {@code DisabilityNursingRule}, each beside its module).
   *
   * @return the rule; empty for a built-in scheme whose rule the engine still runs itself (dibao,
   *     extreme poverty, temporary assistance)
   */
  default Optional<PersonRule> personRule() {
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
     *     recorder of steps, not null. When the rule depends on dibao or extreme poverty and their outcome
     *     for the member is UNDETERMINED, the engine calls it once per outcome they may have, with
     *     {@link RuleContext#status} answering that outcome, and the result is UNDETERMINED only if
     *     those calls differ in status or amount (rules.md §0)
     * @return the result, made with {@link RuleContext#eligible}, {@link RuleContext#ineligible} or
     *     {@link RuleContext#undetermined}
     */
    SchemeResult evaluate(RuleContext c);
  }
}
