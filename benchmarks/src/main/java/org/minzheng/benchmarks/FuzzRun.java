package org.minzheng.benchmarks;

import java.util.Locale;
import org.minzheng.testkit.fuzz.MutationFuzzer;

/**
 * The long mutation-fuzz run of issue 15 (the normal build runs a bounded one in testkit's
 * {@code MutationFuzzTest}). Mutates the shipped standards-2020 document, generated household JSON
 * and CSV, and fails on any exception outside the documented family, any negative amount and any
 * accepted document that does not survive write → read.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.FuzzRun \
 *     [standards] [householdJson] [csv] [calculateEvery] [seed]
 * </pre>
 *
 * Defaults: 100,000 standards documents, 700,000 household JSON, 200,000 CSV files (1,000,000
 * mutants), calculating 20 households under every 10th accepted standards document, seed 1. Prints
 * the counts and the failures, and exits with status 1 if there was any failure.
 */
public final class FuzzRun {
  private FuzzRun() {}

  public static void main(String[] args) {
    long standards = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    long households = args.length > 1 ? Long.parseLong(args[1]) : 700_000;
    long csv = args.length > 2 ? Long.parseLong(args[2]) : 200_000;
    int every = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
    long start = System.nanoTime();
    MutationFuzzer.Counts c = new MutationFuzzer(seed, MutationFuzzer.standards2020()).run(standards, households, csv, every);
    double s = (System.nanoTime() - start) / 1e9;
    System.out.println(c);
    System.out.printf(Locale.ROOT, "%.1f s, %.0f mutants/s (seed %d)%n", s, c.mutants() / s, seed);
    c.failures.forEach(f -> System.out.println("FAIL " + f));
    if (c.failureCount > 0) {
      System.exit(1);
    }
  }
}
