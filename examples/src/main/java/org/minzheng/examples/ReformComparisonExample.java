package org.minzheng.examples;

import com.google.common.io.ByteSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.reform.ReformOverlay;
import org.minzheng.standard.Scheme;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * Costing a reform in a host: raise Pingdingshan's urban dibao standard from 570 to 600 yuan
 * ({@code reform-urban-600.json}, a standards document of that one value) and compare September 2020's
 * entitlements of the synthetic sample caseload under both standards.
 *
 * <p>The change reaches further than dibao: the extreme-poverty basic living standard is 1.3 × the
 * local dibao standard (rules.md §2), so urban extreme-poverty persons gain 1.3 × 30 = 39 yuan a month.
 *
 * @since 0.1
 */
public final class ReformComparisonExample {
  /** The reform document, shipped in this jar beside this class (and in {@code examples/samples}). */
  public static final String REFORM = "reform-urban-600.json";

  private ReformComparisonExample() {}

  /**
   * Prints the cost of the reform per scheme for the synthetic sample.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ReformCosting.Result r = compare(StandardsRegistry.loadInstalled(), Clock.systemDefaultZone(),
        PingdingshanCaseload.sample().households()::iterator, YearMonth.of(2020, 9));
    System.out.printf("%,d households, %s%n", r.households(), r.month());
    for (Scheme s : Scheme.values()) {
      ReformCosting.Line t = r.total(s);
      if (t.baselineRecipients() + t.reformRecipients() > 0) {
        System.out.printf("%-48s %14s -> %14s  (%s)%n", s.english(), t.baselineAmount(), t.reformAmount(), t.difference());
      }
    }
    System.out.printf("gaining %,d, losing %,d, newly eligible %,d%n", r.gaining(), r.losing(), r.newlyEligible());
  }

  /**
   * @param baseline the adopted standards, not null
   * @param clock today, not null
   * @param households the households to cost, not null
   * @param month the month, not null
   * @return the comparison
   */
  public static ReformCosting.Result compare(StandardsRegistry baseline, Clock clock, Iterable<Household> households,
      YearMonth month) {
    StandardsRegistry reform = ReformOverlay.read(REFORM, reformDocument()).applyTo(baseline);
    ReformCosting costing = ReformCosting.of(BenefitCalculator.builder(baseline).clock(clock).build(),
        BenefitCalculator.builder(reform).clock(clock).build(), month);
    households.forEach(costing::add);
    return costing.result();
  }

  /** @return the bytes of {@link #REFORM} */
  public static ByteSource reformDocument() {
    try (InputStream in = ReformComparisonExample.class.getResourceAsStream(REFORM)) {
      if (in == null) {
        throw new IllegalStateException(REFORM + " is missing beside " + ReformComparisonExample.class.getName());
      }
      return ByteSource.wrap(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
