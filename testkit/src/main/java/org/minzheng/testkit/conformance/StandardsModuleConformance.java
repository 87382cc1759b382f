package org.minzheng.testkit.conformance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * The conformance kit as a JUnit test class: a county extends it with its own module and runs its
 * build as usual. Each check of {@link ConformanceKit} is one test; a failing test lists every
 * problem, naming the parameter, region and dates.
 *
 * <pre>{@code
 * class RuzhouConformanceTest extends StandardsModuleConformance {
 *   @Override protected StandardsProvider provider() { return new RuzhouProvider(); }
 *   @Override protected List<StandardsProvider> baseProviders() { return List.of(Standards2020.provider()); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StandardsModuleConformance {
  private ConformanceKit.Loaded loaded;

  /** For subclasses. */
  protected StandardsModuleConformance() {}

  /** @return the standards module under test, not null */
  protected abstract StandardsProvider provider();

  /**
   * @return modules loaded with the one under test and not checked themselves (e.g. the city's module
   *     a county module overrides); none by default
   */
  protected List<StandardsProvider> baseProviders() {
    return List.of();
  }

  /** @return the months checked after the start when claims are open-ended; 24 by default */
  protected int horizonMonths() {
    return ConformanceKit.DEFAULT_HORIZON_MONTHS;
  }

  /** @return how many generated households the domain laws are checked on; 40 by default */
  protected int lawSamples() {
    return ConformanceKit.DEFAULT_LAW_SAMPLES;
  }

  private ConformanceKit.Loaded loaded() {
    if (loaded == null) {
      loaded = ConformanceKit.load(provider(), baseProviders());
    }
    return loaded;
  }

  private static void assertPassed(CheckResult r) {
    if (!r.passed()) {
      throw new AssertionError(r.status() + " " + r.check() + " — " + r.description() + "\n  - "
          + String.join("\n  - ", r.messages()));
    }
  }

  /** The module loads through the registry (with its base modules), every problem listed. */
  @Test
  public void moduleLoads() {
    assertPassed(loaded().result);
  }

  /** regions() and the documents' declared and claimed regions agree. */
  @Test
  public void declaredRegionsAgree() {
    assertPassed(ConformanceKit.regions(loaded()));
  }

  /** Every parameter resolves for every declared region on the first day of every claimed month. */
  @Test
  public void coversDeclaredRegionsAndMonthsWithoutGaps() {
    assertPassed(ConformanceKit.coverage(loaded(), horizonMonths()));
  }

  /** Every value has a unit, a source and a status. */
  @Test
  public void everyValueHasUnitSourceAndStatus() {
    assertPassed(ConformanceKit.provenance(loaded()));
  }

  /**
   * Every value has a publication date: a warning (printed, the test passes) for an ordinary module, a
   * failure for a module that supersedes another (see {@link ConformanceKit}).
   */
  @Test
  public void everyValueHasAPublicationDate() {
    CheckResult r = ConformanceKit.publicationDates(loaded());
    assertPassed(r);
    if (r.status() == CheckResult.Status.WARNED) {
      System.err.println("WARN " + provider().id() + " " + r.check() + ": " + String.join("\n  ", r.messages()));
    }
  }

  /** No money, ratio or threshold is negative. */
  @Test
  public void noValueIsNegative() {
    assertPassed(ConformanceKit.nonNegative(loaded()));
  }

  /** Every value lies in its parameter's domain, as the catalogue states (the parser's own check). */
  @Test
  public void everyValueLiesInItsParametersDomain() {
    assertPassed(ConformanceKit.domains(loaded()));
  }

  /** Every pair of parameters keeps the rules between them, in the documents and as the regions resolve them. */
  @Test
  public void everyPairOfParametersKeepsTheRulesBetweenThem() {
    assertPassed(ConformanceKit.relations(loaded()));
  }

  /** The extreme-poverty basic standard is at least 1.3 × the dibao standard. */
  @Test
  public void extremePovertyBasicStandardIsAtLeast1point3TimesDibao() {
    assertPassed(ConformanceKit.extremePovertyMultiplier(loaded()));
  }

  /** Writing the module's standards as JSON and reading them back loses nothing. */
  @Test
  public void jsonRoundTripIsLossless() {
    assertPassed(ConformanceKit.jsonRoundTrip(loaded()));
  }

  /** The domain laws hold for generated households under the module's values. */
  @Test
  public void domainLawsHoldUnderItsValues() {
    assertPassed(ConformanceKit.domainLaws(loaded(), lawSamples(), 20201127L));
  }
}
