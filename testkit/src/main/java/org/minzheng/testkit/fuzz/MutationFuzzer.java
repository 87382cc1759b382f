package org.minzheng.testkit.fuzz;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.StandardsRegistry;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.StandardsJson;
import org.minzheng.scheme.BatchResult;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Excerpt;
import org.minzheng.standard.MinzhengException;
import org.minzheng.standard.StandardSet;
import org.minzheng.testkit.MinzhengGenerators;
import org.minzheng.testkit.StandardSetProvider;

/**
 * Mutation fuzzing of minzheng's three inputs: standards documents, household JSON and household CSV
 * (issue 15). Each mutant is a valid input with one or a few hostile edits: a scalar replaced by a
 * hostile value (negative, zero, huge, tiny, a lone surrogate, a wrong type, {@code UNNECESSARY/FEN}),
 * a span deleted or duplicated, a character changed. The oracle fails a mutant when:
 * <ul>
 *   <li>reading it throws anything but the documented family ({@link MinzhengException}, which
 *       includes {@code StandardsConfigurationException} and {@code InvalidInputException});</li>
 *   <li>an accepted standards document does not survive write → read → write unchanged;</li>
 *   <li>a calculation under an accepted document, or of an accepted household, lets an exception
 *       escape {@code calculateAll}, or pays a negative amount.</li>
 * </ul>
 * Deterministic for a seed. Used by testkit's {@code MutationFuzzTest} (a bounded run) and by the
 * benchmarks' {@code FuzzRun} (a long one).
 *
 * @since 0.3
 */
public final class MutationFuzzer {
  private static final String[] HOSTILE = {
      "-1", "0", "-0.01", "1e-999999999", "1E+99999", "999999999999999.99", "\"999999999999999.99\"", "\"-1\"", "\"-1.3\"",
      "\"0\"", "\"100000.01\"", "\"\\ud800\"", "null", "true", "[]", "{}", "[null]", "\"UNNECESSARY/FEN\"", "\"UNNECESSARY\"",
      "\"0000-01-01\"", "\"2101-01-01\"", "\"+999999999-12-31\"", "2147483648", "-2147483649", "151", "5", "\"\"", "\"x\"",
      "\"NOBODY\"", "{\"WINGS\": 2}", "[{\"minAge\": -1, \"amount\": \"1\"}]", "\"9999999999999999999999\"", "1.5",
  };
  private static final Pattern SCALAR = Pattern.compile("\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|true|false|null");

  /** What a run did. */
  public static final class Counts {
    /** Standards mutants read, and accepted. */
    public long standards;
    /** Standards mutants the reader accepted. */
    public long standardsAccepted;
    /** Household JSON mutants read, and accepted. */
    public long households;
    /** Household JSON mutants the reader accepted. */
    public long householdsAccepted;
    /** CSV mutants read, and households accepted from them. */
    public long csv;
    /** Households accepted from the CSV mutants. */
    public long csvAccepted;
    /** Households calculated under accepted documents or read from mutants. */
    public long calculated;
    /** The failures, each naming the input kind, mutant number and what went wrong (at most 100 kept). */
    public final List<String> failures = new ArrayList<>();
    /** All failures, also those not kept. */
    public long failureCount;

    /** @return the total number of mutants */
    public long mutants() {
      return standards + households + csv;
    }

    void fail(String what) {
      failureCount++;
      if (failures.size() < 100) {
        failures.add(what);
      }
    }

    @Override
    public String toString() {
      return mutants() + " mutants: " + standards + " standards (" + standardsAccepted + " accepted), " + households
          + " household JSON (" + householdsAccepted + " accepted), " + csv + " CSV (" + csvAccepted
          + " households accepted); " + calculated + " households calculated; " + failureCount + " failures";
    }
  }

  private final SplittableRandom random;
  private final String standards;
  private final List<Household> households;
  private final List<String> householdJson = new ArrayList<>();
  private final String csv;
  private final BenefitCalculator baseline;
  private final YearMonth month = YearMonth.of(2020, 10);

  /**
   * @param seed the seed; the same seed gives the same mutants
   * @param standardsDocument a valid standards document to mutate (its module id must be {@code standards-2020})
   */
  public MutationFuzzer(long seed, String standardsDocument) {
    this.random = new SplittableRandom(seed);
    this.standards = requireNonNull(standardsDocument, "standardsDocument");
    this.households = new ArrayList<>();
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < 20; i++) {
      households.add(MinzhengGenerators.households().apply(r));
    }
    try {
      for (Household h : households) {
        householdJson.add(MinzhengJson.mapper().writeValueAsString(h));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringWriter w = new StringWriter();
    HouseholdCsv.write(households, w);
    this.csv = w.toString();
    StandardSet set = StandardsJson.read("standards-2020", "/fuzz.json", standards.getBytes(StandardCharsets.UTF_8));
    this.baseline = BenefitCalculator.builder(StandardsRegistry.of(StandardSetProvider.of(set))).build();
  }

  /** @return the shipped standards-2020 document, read from the class path */
  public static String standards2020() {
    try (InputStream in = MutationFuzzer.class.getResourceAsStream("/standards-2020/pingdingshan.json")) {
      return new String(requireNonNull(in, "standards-2020 is not on the class path").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs mutants.
   *
   * @param standardsMutants how many standards documents
   * @param householdMutants how many household JSON documents
   * @param csvMutants how many CSV files
   * @param calculateEvery calculate households under every n-th accepted standards document (0: never)
   * @return the counts
   */
  public Counts run(long standardsMutants, long householdMutants, long csvMutants, int calculateEvery) {
    Counts c = new Counts();
    for (long i = 0; i < standardsMutants; i++) {
      standardsMutant(c, i, calculateEvery);
    }
    for (long i = 0; i < householdMutants; i++) {
      householdMutant(c, i);
    }
    for (long i = 0; i < csvMutants; i++) {
      csvMutant(c, i);
    }
    return c;
  }

  private void standardsMutant(Counts c, long i, int calculateEvery) {
    c.standards++;
    String m = mutate(standards);
    StandardSet set;
    try {
      set = StandardsJson.read("standards-2020", "/fuzz.json", m.getBytes(StandardCharsets.UTF_8));
    } catch (MinzhengException e) {
      for (String p : e instanceof org.minzheng.standard.StandardsConfigurationException s ? s.problems() : List.of(e.getMessage())) {
        if (p.length() > 2000) {
          c.fail("standards #" + i + ": a message of " + p.length() + " characters: " + Excerpt.of(p, 200));
        }
      }
      return;
    } catch (RuntimeException | Error e) {
      c.fail("standards #" + i + ": " + e.getClass().getName() + ": " + Excerpt.of(String.valueOf(e.getMessage()), 300));
      return;
    }
    c.standardsAccepted++;
    try {
      String written = StandardsJson.write(set);
      StandardSet again = StandardsJson.read("standards-2020", "/again.json", written.getBytes(StandardCharsets.UTF_8));
      if (!StandardsJson.write(again).equals(written)) {
        c.fail("standards #" + i + ": does not survive write -> read");
      }
    } catch (RuntimeException e) {
      c.fail("standards #" + i + ": write -> read throws " + e.getClass().getName() + ": "
          + Excerpt.of(String.valueOf(e.getMessage()), 300));
      return;
    }
    if (calculateEvery > 0 && c.standardsAccepted % calculateEvery == 0) {
      try {
        BenefitCalculator calc = BenefitCalculator.builder(StandardsRegistry.of(StandardSetProvider.of(set))).build();
        check(c, "standards #" + i, calc, households);
      } catch (MinzhengException e) {
        // a registry refusing the set (e.g. an overlap) is the documented family
      } catch (RuntimeException e) {
        c.fail("standards #" + i + ": building a calculator throws " + e.getClass().getName());
      }
    }
  }

  private void householdMutant(Counts c, long i) {
    c.households++;
    String m = mutate(householdJson.get(random.nextInt(householdJson.size())));
    Household h;
    try {
      h = MinzhengJson.mapper().readValue(m, Household.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | MinzhengException e) {
      return; // the documented family: a Jackson error (wrapped by the CLI) or an invalid-input exception
    } catch (RuntimeException | Error e) {
      c.fail("household JSON #" + i + ": " + e.getClass().getName() + ": " + Excerpt.of(String.valueOf(e.getMessage()), 300));
      return;
    }
    if (h == null) {
      return;
    }
    c.householdsAccepted++;
    check(c, "household JSON #" + i, baseline, List.of(h));
  }

  private void csvMutant(Counts c, long i) {
    c.csv++;
    String m = mutate(csv);
    List<Household> read = new ArrayList<>();
    try (HouseholdCsv.Cursor cursor = HouseholdCsv.read(new StringReader(m), "fuzz.csv")) {
      while (cursor.hasNext()) {
        read.add(cursor.next());
      }
    } catch (MinzhengException e) {
      // the documented family; what was read before it still gets calculated
    } catch (RuntimeException | Error e) {
      c.fail("CSV #" + i + ": " + e.getClass().getName() + ": " + Excerpt.of(String.valueOf(e.getMessage()), 300));
      return;
    }
    c.csvAccepted += read.size();
    check(c, "CSV #" + i, baseline, read);
  }

  private void check(Counts c, String what, BenefitCalculator calc, List<Household> hs) {
    BatchResult r;
    try {
      r = calc.calculateAll(hs, month);
    } catch (RuntimeException | Error e) {
      c.fail(what + ": calculateAll throws " + e.getClass().getName() + ": " + Excerpt.of(String.valueOf(e.getMessage()), 300));
      return;
    }
    c.calculated += hs.size();
    for (HouseholdResult hr : r.results()) {
      for (SchemeResult s : hr.results()) {
        if (s.amount().isPresent() && s.amount().get().isNegative()) {
          c.fail(what + ": household " + hr.householdId() + " is paid a negative " + s.scheme() + " amount " + s.amount().get());
        }
      }
    }
  }

  /** One to three edits of a valid input. */
  String mutate(String s) {
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !s.isEmpty(); e++) {
      int op = random.nextInt(10);
      if (op < 6) {
        s = replaceScalar(s);
      } else if (op == 6) {
        int a = random.nextInt(s.length());
        int b = Math.min(s.length(), a + 1 + random.nextInt(40));
        s = s.substring(0, a) + s.substring(b);
      } else if (op == 7) {
        int a = random.nextInt(s.length());
        int b = Math.min(s.length(), a + 1 + random.nextInt(40));
        s = s.substring(0, b) + s.substring(a, b) + s.substring(b);
      } else if (op == 8) {
        int a = random.nextInt(s.length());
        s = s.substring(0, a) + (char) (32 + random.nextInt(95)) + s.substring(a + 1);
      } else {
        int a = random.nextInt(s.length());
        s = s.substring(0, a) + HOSTILE[random.nextInt(HOSTILE.length)] + s.substring(a);
      }
    }
    return s;
  }

  private String replaceScalar(String s) {
    Matcher m = SCALAR.matcher(s);
    int count = 0;
    int target = random.nextInt(Math.max(1, s.length() / 12));
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
      if (count++ >= target) {
        break;
      }
    }
    if (start < 0) {
      return s;
    }
    String replacement = HOSTILE[random.nextInt(HOSTILE.length)];
    if (s.charAt(start) == '"' && random.nextInt(3) == 0) {
      // keep it a string, but hostile inside
      replacement = "\"" + (random.nextBoolean() ? "x".repeat(random.nextInt(5000)) : "\\ud800") + "\"";
    }
    return s.substring(0, start) + replacement + s.substring(end);
  }
}
