package org.minzheng.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A generator: a plain function from a source of randomness to a value, free of any
 * property-testing library. The same seed gives the same values.
 *
 * <pre>{@code
 * Household h = MinzhengGenerators.households().generate(42L);       // one value, seed 42
 * List<Household> l = MinzhengGenerators.households().stream(42L).limit(100).toList();
 * }</pre>
 *
 * <p>A generator draws only through {@link RandomGenerator#nextInt(int, int)},
 * {@link RandomGenerator#nextLong(long, long)} and {@link RandomGenerator#nextBoolean()}, so an
 * adapter to a shrinking library (QuickTheories: see the test kit's README) can map each draw to a
 * shrinkable choice.
 *
 * @param <T> the type of the values
 * @since 0.1
 */
@FunctionalInterface
public interface Generator<T> extends Function<RandomGenerator, T> {

  /**
   * Draws one value.
   *
   * @param random the source of randomness, not null
   * @return the value, never null
   */
  @Override
  T apply(RandomGenerator random);

  /**
   * One value for a seed.
   *
   * @param seed the seed
   * @return the value that seed always gives
   */
  default T generate(long seed) {
    return apply(new SplittableRandom(seed));
  }

  /**
   * An endless, ordered stream of values for a seed; lazily drawn, so it can be very long.
   *
   * @param seed the seed
   * @return the values that seed always gives, in the same order
   */
  default Stream<T> stream(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> apply(random));
  }

  /**
   * @param <R> the type of the new values
   * @param f the function, not null
   * @return a generator of {@code f} applied to this generator's values
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    requireNonNull(f, "f");
    return r -> f.apply(apply(r));
  }

  /**
   * @param <R> the type of the new values
   * @param f a function choosing the next generator from a value, not null
   * @return the generator that draws a value, then a value of the generator it chooses
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
    requireNonNull(f, "f");
    return r -> f.apply(apply(r)).apply(r);
  }

  /**
   * Values that satisfy {@code condition}, drawing again (at most 1,000 times) when one does not.
   *
   * @param condition the condition, not null
   * @return the filtered generator
   * @throws IllegalStateException when drawn, if 1,000 draws in a row fail the condition
   */
  default Generator<T> filter(Predicate<? super T> condition) {
    requireNonNull(condition, "condition");
    return r -> {
      for (int i = 0; i < 1000; i++) {
        T t = apply(r);
        if (condition.test(t)) {
          return t;
        }
      }
      throw new IllegalStateException("generator filter: 1000 draws in a row failed the condition");
    };
  }

  /**
   * @param min the fewest values, 0 or more
   * @param max the most values, at least {@code min}
   * @return a generator of lists of {@code min} to {@code max} values of this generator
   * @throws IllegalArgumentException if the bounds are wrong; the message names them
   */
  default Generator<List<T>> listOf(int min, int max) {
    checkArgument(min >= 0 && max >= min, "list size bounds min %s max %s are not 0 <= min <= max", min, max);
    return r -> {
      int n = r.nextInt(min, max + 1);
      List<T> l = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        l.add(apply(r));
      }
      return List.copyOf(l);
    };
  }
}
