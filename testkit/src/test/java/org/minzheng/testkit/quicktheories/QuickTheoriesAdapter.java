package org.minzheng.testkit.quicktheories;

import static java.util.Objects.requireNonNull;

import java.util.random.RandomGenerator;
import org.minzheng.testkit.Generator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The thin adapter from the test kit's {@link Generator}s to QuickTheories {@link Gen}s. It lives in
 * test scope because QuickTheories has no module name; copy this one file into your own tests
 * (package and all) to use the generators with QuickTheories:
 *
 * <pre>{@code
 * qt().withExamples(200).forAll(gen(MinzhengGenerators.households())).checkAssert(h -> ...);
 * }</pre>
 *
 * <p>Every draw of a generator ({@code nextInt(min, max)}, {@code nextLong(min, max)},
 * {@code nextBoolean()}) becomes one {@link Constraint#between} choice of QuickTheories' randomness
 * source, shrinking towards its lower bound, so a failing household shrinks to fewer members, smaller
 * incomes, earlier choices.
 */
public final class QuickTheoriesAdapter {
  private QuickTheoriesAdapter() {}

  /**
   * @param <T> the type
   * @param generator a test-kit generator, not null
   * @return the QuickTheories generator drawing through QuickTheories' randomness (so it shrinks)
   */
  public static <T> Gen<T> gen(Generator<T> generator) {
    requireNonNull(generator, "generator");
    return in -> generator.apply(adapterRandom(in));
  }

  /**
   * @param in QuickTheories' randomness source, not null
   * @return a {@link RandomGenerator} whose every draw is a shrinkable choice of {@code in}
   */
  public static RandomGenerator adapterRandom(RandomnessSource in) {
    requireNonNull(in, "in");
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE).withShrinkPoint(0));
      }

      @Override
      public int nextInt() {
        return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE).withShrinkPoint(0));
      }

      @Override
      public boolean nextBoolean() {
        return in.next(Constraint.between(0, 1)) == 1;
      }

      @Override
      public int nextInt(int bound) {
        return nextInt(0, bound);
      }

      @Override
      public int nextInt(int origin, int bound) {
        if (origin >= bound) {
          throw new IllegalArgumentException("bound " + bound + " is not above origin " + origin);
        }
        return (int) in.next(Constraint.between(origin, bound - 1L).withShrinkPoint(origin));
      }

      @Override
      public long nextLong(long bound) {
        return nextLong(0, bound);
      }

      @Override
      public long nextLong(long origin, long bound) {
        if (origin >= bound) {
          throw new IllegalArgumentException("bound " + bound + " is not above origin " + origin);
        }
        return in.next(Constraint.between(origin, bound - 1).withShrinkPoint(origin));
      }

      @Override
      public double nextDouble() {
        return in.next(Constraint.between(0, (1L << 53) - 1).withShrinkPoint(0)) * 0x1.0p-53;
      }
    };
  }
}
