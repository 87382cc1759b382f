package org.minzheng.benchmarks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsRegistry;
import org.minzheng.StandardsView;
import org.minzheng.json.StandardsJson;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.StandardSet;
import org.minzheng.standards2020.Standards2020;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Standards resolution and registry start-up.
 *
 * <ul>
 *   <li>{@code resolveInheritedFromCity}: {@link StandardsRegistry#resolve} for a county (鲁山县 410423)
 *       whose value comes from the city (410400): walks the chain, finds the claim, scans the timeline.
 *   <li>{@code viewGetCached}: {@link StandardsView#get} on a view already holding the value: what a
 *       scheme pays per parameter use.
 *   <li>{@code standardForCached}: {@link StandardsRegistry#standardFor} on a cached view.
 *   <li>{@code coldStartRegistry}/{@code parseOnly}: build a registry from {@link Standards2020#provider()},
 *       including reading and validating the JSON; and the parse alone. Warm JIT (average time).
 *   <li>{@code firstRegistryInFreshJvm}: the same build once per fresh JVM, no warm-up: the start-up
 *       a host application sees.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegistryBenchmark {
  private static final RegionCode LUSHAN = RegionCode.of("410423");
  private static final LocalDate DATE = LocalDate.of(2020, 10, 1);
  private static final YearMonth MONTH = YearMonth.of(2020, 10);

  private StandardsRegistry registry;
  private StandardsView view;

  @Setup(Level.Trial)
  public void setUp() {
    registry = StandardsRegistry.of(Standards2020.provider());
    view = registry.standardFor(LUSHAN, MONTH);
    Money expected = Money.parse("355.00");
    if (!view.value(Parameters.DIBAO_STANDARD_RURAL).equals(expected)) {
      throw new IllegalStateException("unexpected rural standard " + view.value(Parameters.DIBAO_STANDARD_RURAL));
    }
  }

  @Benchmark
  public ResolvedParameter<Money> resolveInheritedFromCity() {
    return registry.resolve(Parameters.DIBAO_STANDARD_RURAL, LUSHAN, DATE);
  }

  @Benchmark
  public ResolvedParameter<Money> viewGetCached() {
    return view.get(Parameters.DIBAO_STANDARD_RURAL);
  }

  @Benchmark
  public StandardsView standardForCached() {
    return registry.standardFor(LUSHAN, MONTH);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public StandardsRegistry coldStartRegistry() {
    return StandardsRegistry.of(Standards2020.provider());
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public StandardSet parseOnly() {
    return StandardsJson.read(Standards2020.ID, Standards2020.provider().documents().get(0));
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public StandardsRegistry firstRegistryInFreshJvm() {
    return StandardsRegistry.of(Standards2020.provider());
  }
}
