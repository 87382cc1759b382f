package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.schemes.Schemes;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Scheme;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * Where {@code payroll} and {@code simulate} get their households: the embedded synthetic sample, a
 * synthetic caseload of a given size, a JSON-lines file, or a CSV file. Every source is re-iterable (each month of
 * a payroll reads it again) and streamed, so memory does not grow with its size.
 */
final class Caseloads {
  private Caseloads() {}

  /** The built-in schemes a plain household of a file is enrolled in, per person. */
  private static final List<Scheme> PERSON_SCHEMES = List.of(Scheme.EXTREME_POVERTY, Scheme.PRICE_SUBSIDY,
      Scheme.OLD_AGE_ALLOWANCE, Scheme.DISABILITY_LIVING_SUBSIDY, Scheme.DISABILITY_NURSING_SUBSIDY);

  /** The schemes a plain household of a file is enrolled in, per person: the built-in ones and those of installed scheme modules. */
  private static List<Scheme> personSchemes() {
    List<Scheme> l = new ArrayList<>(PERSON_SCHEMES);
    Schemes.added().stream().filter(m -> m.unit() == SchemeModule.Unit.PERSON).forEach(m -> l.add(m.scheme()));
    return l;
  }

  /**
   * A source of households.
   *
   * @param description what it is, e.g. {@code synthetic sample (seed 20201127, scale 0.01)}
   * @param households the households, re-iterable
   */
  record Source(String description, Iterable<CaseloadHousehold> households) {}

  /** An iterator over a file's households that can say where the household it last returned is. */
  interface Located {
    /** @return e.g. {@code caseload.jsonl line 7}, or {@code households.csv rows 5-6} (the last household returned) */
    String where();
  }

  /** @return where the household {@code it} last returned comes from, or {@code fallback} if it cannot say */
  static String where(Iterator<?> it, String fallback) {
    return it instanceof Located l ? l.where() : fallback;
  }

  /** The embedded synthetic sample of testkit. */
  static Source sample() {
    PingdingshanCaseload c = PingdingshanCaseload.sample();
    return new Source("synthetic sample (seed " + c.seed() + ", scale " + c.scale() + ")", c);
  }

  /**
   * A synthetic caseload of about {@code households} households: the sample's proportions at the scale
   * that gives that many.
   */
  static Source synthetic(long households) {
    if (households < 1) {
      throw new CliException("--households must be at least 1, not " + households, OneLineErrors.USAGE, null);
    }
    long atSample = sampleSize();
    double scale = PingdingshanCaseload.DEFAULT_SCALE * households / atSample;
    if (scale > 100) {
      throw new CliException("--households " + households + " is too many: the synthetic caseload goes up to about "
          + atSample * 10_000 + " households");
    }
    PingdingshanCaseload c = PingdingshanCaseload.of(PingdingshanCaseload.DEFAULT_SEED, scale);
    return new Source("synthetic caseload (seed " + c.seed() + ", scale " + String.format("%.4f", scale) + ")", c);
  }

  private static long sampleSizeCache;

  static synchronized long sampleSize() {
    if (sampleSizeCache == 0) {
      sampleSizeCache = PingdingshanCaseload.sample().stream().count();
    }
    return sampleSizeCache;
  }

  /**
   * A JSON-lines file: each line either a caseload household ({@code {"household": …, "enrollments": […]}}, as
   * testkit's {@code PingdingshanCaseload.writeJsonLines} writes) or a plain household, which is then
   * enrolled from 2019-01 in every monthly scheme (dibao for the household, the per-person schemes for each member):
   * the run pays whoever is eligible.
   */
  static Source file(CliContext context, String file) {
    return file(context, file, new Rejects(Rejects.Mode.stop));
  }

  /** As {@link #file(CliContext, String)}; an unreadable household goes to {@code rejects}, which stops or skips it. */
  static Source file(CliContext context, String file, Rejects rejects) {
    Path path = Inputs.resolve(context, file);
    if (!Files.isRegularFile(path)) {
      throw new CliException(OneLineErrors.describe(new NoSuchFileException(path.toString())));
    }
    if (Inputs.isCsv(file)) {
      return new Source("file " + file, () -> csv(path, file, rejects));
    }
    return new Source("file " + file, () -> new LineIterator(path, file, rejects));
  }

  /**
   * A CSV file in the flat form of {@link HouseholdCsv} (one row per person), each household enrolled
   * like a plain household of a JSON-lines file; a bad household stops the run with its rows and columns.
   */
  private static Iterator<CaseloadHousehold> csv(Path path, String file, Rejects rejects) {
    HouseholdCsv.Cursor rows;
    try {
      rows = HouseholdCsv.read(Files.newBufferedReader(path, UTF_8), file);
    } catch (IOException e) {
      throw new CliException(OneLineErrors.describe(e), e);
    } catch (RuntimeException e) {
      throw new CliException(e.getMessage(), e);
    }
    final class Csv implements Iterator<CaseloadHousehold>, Located {
      private CaseloadHousehold next;
      /** The rows of {@link #next}, and of the household last returned. */
      private HouseholdCsv.Rows nextRows;
      private HouseholdCsv.Rows returned;

      @Override
      public boolean hasNext() {
        while (next == null) {
          try {
            if (!rows.hasNext()) {
              return false;
            }
          } catch (RuntimeException e) {
            throw new CliException(e.getMessage(), e);
          }
          try {
            next = enrollEverything(rows.next());
            nextRows = rows.lastRows().orElseThrow();
          } catch (NoSuchElementException e) {
            throw e;
          } catch (RuntimeException e) {
            if (!rejects.skipping()) {
              throw new CliException(e.getMessage(), e);
            }
            // the cursor has consumed the bad household's rows; each problem starts with them and the id
            HouseholdCsv.Rows at = rows.lastRows().orElseThrow();
            String prefix = at + ": ";
            List<String> problems = e instanceof org.minzheng.household.InvalidInputException i ? i.problems()
                : List.of(String.valueOf(e.getMessage()));
            rejects.reject(at.where(), at.householdId(), String.join("; ", problems.stream()
                .map(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : p).toList()));
          }
        }
        return true;
      }

      @Override
      public CaseloadHousehold next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CaseloadHousehold h = next;
        returned = nextRows;
        next = null;
        return h;
      }

      @Override
      public String where() {
        return returned == null ? file : returned.where();
      }
    }
    return new Csv();
  }

  /**
   * Whether {@code e}, ending a run over a caseload, is the failure of one household (invalid input, an unknown
   * region, a parameter missing for its region and month, an overflow) rather than of the ledger or the run.
   */
  static boolean householdFailure(RuntimeException e) {
    if (e instanceof CliException || e instanceof org.minzheng.payout.DuplicatePayoutException
        || e instanceof org.minzheng.payout.LedgerCorruptedException
        || e.getClass().getName().startsWith("org.minzheng.ledger.")) {
      return false;
    }
    return e instanceof org.minzheng.household.InvalidInputException || e instanceof org.minzheng.UnknownRegionException
        || e instanceof org.minzheng.standard.StandardNotFoundException || e instanceof IllegalArgumentException
        || e instanceof ArithmeticException || e instanceof IllegalStateException;
  }

  /** @return what {@code e} says is wrong with a household: its problems, or its message */
  static String problems(RuntimeException e) {
    return e instanceof org.minzheng.household.InvalidInputException i ? String.join("; ", i.problems())
        : String.valueOf(e.getMessage());
  }

  /**
   * After a run over {@code households} stopped with {@code e} ({@code --on-error stop}): the run calculates in
   * batches and its error names the household by id at best, so this finds the household again, reading the
   * caseload from the start and checking each until one fails, and names it by its file and line or rows, id and
   * problem, as a household that cannot be read is named. Only the failure path pays for this.
   *
   * @param check what keeps a household from being calculated, or null if nothing does
   * @return the located error, or {@code e} itself if it is not a household's failure or no household fails again
   */
  static RuntimeException located(Iterable<CaseloadHousehold> households, Function<CaseloadHousehold, String> check,
      RuntimeException e) {
    if (!householdFailure(e)) {
      return e;
    }
    Iterator<CaseloadHousehold> it = households.iterator();
    long ordinal = 0;
    while (it.hasNext()) {
      CaseloadHousehold ch = it.next();
      ordinal++;
      String problem = check.apply(ch);
      if (problem != null) {
        return new CliException(Rejects.line(where(it, "household " + ordinal + " of the caseload"),
            ch.household().id().value(), problem), e);
      }
    }
    return e;
  }

  /** What the payout run reads: each household with its enrollments. */
  static Iterable<EnrolledHousehold> enrolled(Iterable<CaseloadHousehold> households) {
    return () -> map(households.iterator(), ch -> new EnrolledHousehold(ch.household(), ch.enrollments()));
  }

  static <A, B> Iterator<B> map(Iterator<A> it, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public B next() {
        return f.apply(it.next());
      }
    };
  }

  /** The first month a plain household of a file is enrolled: the first month of standards-2020. */
  static final YearMonth PLAIN_ENROLLED_FROM = YearMonth.of(2019, 1);

  static CaseloadHousehold enrollEverything(Household h) {
    List<Enrollment> list = new ArrayList<>();
    list.add(Enrollment.of(Scheme.DIBAO, Beneficiary.household(h.id().value()), h.id(), PLAIN_ENROLLED_FROM));
    List<Scheme> schemes = personSchemes();
    for (Person p : h.members()) {
      for (Scheme s : schemes) {
        list.add(Enrollment.of(s, Beneficiary.person(p.id().value()), h.id(), PLAIN_ENROLLED_FROM));
      }
    }
    return new CaseloadHousehold(h, list, Optional.empty());
  }

  /** Reads a JSON-lines file lazily; a bad line stops the run with the file, line number and field. */
  private static final class LineIterator implements Iterator<CaseloadHousehold>, Located {
    private final BufferedReader reader;
    private final String name;
    private final Rejects rejects;
    private int line;
    private int returnedLine;
    private CaseloadHousehold next;
    private boolean ended;

    LineIterator(Path path, String name, Rejects rejects) {
      this.name = name;
      this.rejects = rejects;
      try {
        this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), UTF_8), 1 << 16);
      } catch (IOException e) {
        throw new CliException(OneLineErrors.describe(e), e);
      }
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (ended) {
          return false; // asked again after the end: the reader is closed
        }
        String s;
        try {
          s = reader.readLine();
          if (s == null) {
            ended = true;
            reader.close();
            return false;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        line++;
        if (!s.isBlank()) {
          try {
            next = parse(s);
          } catch (CliException e) {
            if (!rejects.skipping()) {
              throw e;
            }
            rejects.reject(name + " line " + line, idOf(s), e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
          }
        }
      }
      return true;
    }

    private CaseloadHousehold parse(String s) {
      try {
        JsonNode tree = MinzhengJson.mapper().readTree(s);
        if (tree != null && tree.has("household")) {
          return MinzhengJson.mapper().treeToValue(tree, CaseloadHousehold.class);
        }
        return enrollEverything(MinzhengJson.mapper().treeToValue(tree, Household.class));
      } catch (JsonProcessingException e) {
        throw new CliException(name + " line " + line + ": not a valid household: " + Inputs.describe(e), e);
      } catch (RuntimeException e) {
        throw new CliException(name + " line " + line + ": " + e.getMessage(), e);
      }
    }

    @Override
    public CaseloadHousehold next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CaseloadHousehold h = next;
      next = null;
      returnedLine = line;
      return h;
    }

    @Override
    public String where() {
      return name + " line " + returnedLine;
    }

    /** @return the household id of an unreadable line, if it has one, else {@code ?} */
    private static String idOf(String s) {
      try {
        JsonNode tree = MinzhengJson.mapper().readTree(s);
        JsonNode h = tree.has("household") ? tree.get("household") : tree;
        return h.hasNonNull("id") ? h.get("id").asText() : "?";
      } catch (JsonProcessingException | RuntimeException e) {
        return "?";
      }
    }
  }
}
