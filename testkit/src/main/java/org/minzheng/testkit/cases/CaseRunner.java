package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.json.MinzhengJson;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.spi.StandardsProvider;
import org.minzheng.testkit.cases.CaseFiles.LoadedCase;

/**
 * Runs declarative test cases (see {@code CASES.md}) from JUnit or the command line, and reports each
 * failure with expected versus actual and the library's explanation.
 *
 * <pre>{@code
 * class MyCasesTest {
 *   @TestFactory
 *   Stream<DynamicTest> cases() {
 *     return CaseRunner.dynamicTests("cases");        // every *.yaml / *.json under the class-path folder "cases"
 *   }
 * }
 * }</pre>
 * From the command line: {@code java -cp … org.minzheng.testkit.cases.CaseRunner cases/ extra.yaml};
 * the last line printed is {@code N passed, M failed}, and the exit status is 1 if any failed.
 *
 * @since 0.1
 */
public final class CaseRunner {
  private final Map<String, StandardsProvider> providers;
  private final Map<List<String>, StandardsRegistry> registries = new ConcurrentHashMap<>();
  private final Locale locale;

  private CaseRunner(List<StandardsProvider> providers, Locale locale) {
    Map<String, StandardsProvider> m = new LinkedHashMap<>();
    for (StandardsProvider p : providers) {
      m.putIfAbsent(p.id(), p);
    }
    this.providers = m;
    this.locale = requireNonNull(locale, "locale");
  }

  /**
   * A runner over the standards providers installed on the class path or module path; a case's
   * {@code standards} list picks among them by id.
   *
   * @return the runner
   */
  public static CaseRunner installed() {
    List<StandardsProvider> l = new ArrayList<>();
    ServiceLoader.load(StandardsProvider.class, CaseRunner.class.getClassLoader()).forEach(l::add);
    return new CaseRunner(l, Locale.ENGLISH);
  }

  /**
   * A runner over these providers only (a case's {@code standards} list picks among them by id).
   *
   * @param providers the providers, not null
   * @return the runner
   */
  public static CaseRunner of(List<? extends StandardsProvider> providers) {
    return new CaseRunner(List.copyOf(providers), Locale.ENGLISH);
  }

  /**
   * @param locale the language of explanations in reports ({@link Locale#CHINESE} or English), not null
   * @return a runner like this one, reporting in {@code locale}
   */
  public CaseRunner reportingIn(Locale locale) {
    return new CaseRunner(List.copyOf(providers.values()), locale);
  }

  /**
   * One JUnit dynamic test per case under a class-path folder or file.
   *
   * @param resource the class-path resource, e.g. {@code cases}, not null
   * @return the tests, named {@code file :: case}
   */
  public static Stream<DynamicTest> dynamicTests(String resource) {
    return installed().dynamicTests(List.of(CaseFiles.resource(Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : CaseRunner.class.getClassLoader(), resource)));
  }

  /**
   * One JUnit dynamic test per case in these files or directories; a failing case fails its test
   * with the report of {@link CaseResult#report()}.
   *
   * @param paths files or directories, not null
   * @return the tests, named {@code file :: case}
   */
  public Stream<DynamicTest> dynamicTests(List<Path> paths) {
    return CaseFiles.load(paths).stream().map(c -> DynamicTest.dynamicTest(c.displayName(), c.file().toUri(), () -> {
      CaseResult r = run(c);
      if (!r.passed()) {
        throw new AssertionError(r.report());
      }
    }));
  }

  /**
   * Runs every case in these files or directories.
   *
   * @param paths files or directories, not null
   * @return the results, in order
   */
  public List<CaseResult> runAll(List<Path> paths) {
    return CaseFiles.load(paths).stream().map(this::run).toList();
  }

  /**
   * Runs the cases of these files or directories with a given name.
   *
   * @param paths files or directories, not null
   * @param name a case's {@code name}, or its display name {@code file :: name}, not null
   * @return the results of the cases so named, in order
   * @throws IllegalArgumentException if no case has that name (the message lists the names there are)
   */
  public List<CaseResult> runNamed(List<Path> paths, String name) {
    requireNonNull(name, "name");
    List<LoadedCase> all = CaseFiles.load(paths);
    List<LoadedCase> named = all.stream()
        .filter(c -> c.testCase().name().equals(name) || c.displayName().equals(name)).toList();
    if (named.isEmpty()) {
      throw new IllegalArgumentException("no case named '" + name + "'; the cases are: "
          + all.stream().map(LoadedCase::displayName).collect(Collectors.joining("; ")));
    }
    return named.stream().map(this::run).toList();
  }

  /**
   * The results as a JUnit XML report ({@code <testsuite>} with one {@code <testcase>} per case and a
   * {@code <failure>} holding the report of each failed case), the format CI servers read.
   *
   * @param suite the suite's name, not null
   * @param results the results, not null
   * @return the XML document, UTF-8
   */
  public static String junitXml(String suite, List<CaseResult> results) {
    long failed = results.stream().filter(r -> !r.passed()).count();
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuite name=\"").append(xml(suite)).append("\" tests=\"").append(results.size())
        .append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\">\n");
    for (CaseResult r : results) {
      int sep = r.name().indexOf(" :: ");
      String file = sep < 0 ? suite : r.name().substring(0, sep);
      String name = sep < 0 ? r.name() : r.name().substring(sep + 4);
      sb.append("  <testcase classname=\"").append(xml(file)).append("\" name=\"").append(xml(name)).append('"');
      if (r.passed()) {
        sb.append("/>\n");
      } else {
        String first = r.problems().get(0).lines().findFirst().orElse("");
        sb.append(">\n    <failure message=\"").append(xml(first)).append("\">").append(xml(r.report()))
            .append("</failure>\n  </testcase>\n");
      }
    }
    return sb.append("</testsuite>\n").toString();
  }

  private static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Runs one case.
   *
   * @param loaded the case and its file, not null
   * @return the result
   */
  public CaseResult run(LoadedCase loaded) {
    return run(loaded.displayName(), loaded.testCase());
  }

  /**
   * Runs one case.
   *
   * @param name the name to report, not null
   * @param c the case, not null
   * @return the result
   */
  public CaseResult run(String name, TestCase c) {
    List<String> problems = new ArrayList<>();
    try {
      BenefitCalculator calc = calculator(c);
      if (c.household().isPresent()) {
        Household h = MinzhengJson.read(c.household().get(), Household.class);
        HouseholdResult r = calc.calculate(h, c.month());
        if (c.expectError().isPresent()) {
          problems.add("expected " + c.expectError().get().type() + " but the calculation succeeded");
        }
        for (Map.Entry<Scheme, List<Expectation>> e : c.expect().entrySet()) {
          for (Expectation x : e.getValue()) {
            String id = "household".equals(x.beneficiary()) ? h.id().value() : x.beneficiary();
            Optional<SchemeResult> actual = r.find(e.getKey(), id);
            compare(e.getKey(), x, id, actual, h.id().value(), problems, r);
          }
        }
      } else {
        TemporaryAssistanceCase t = MinzhengJson.read(c.temporaryAssistance().get(), TemporaryAssistanceCase.class);
        SchemeResult r = calc.calculate(t);
        if (c.expectError().isPresent()) {
          problems.add("expected " + c.expectError().get().type() + " but the calculation succeeded");
        }
        for (Map.Entry<Scheme, List<Expectation>> e : c.expect().entrySet()) {
          for (Expectation x : e.getValue()) {
            Optional<SchemeResult> actual = e.getKey() == r.scheme() ? Optional.of(r) : Optional.empty();
            compare(e.getKey(), x, t.id(), actual, t.householdId().value(), problems, null);
          }
        }
      }
    } catch (RuntimeException ex) {
      Optional<ExpectedError> want = c.expectError();
      if (want.isEmpty()) {
        problems.add("unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
      } else {
        // the error itself or a cause (invalid input fails while binding the household, inside Jackson's exception)
        boolean typeOk = false;
        boolean messageOk = want.get().messageContains().isEmpty();
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
          typeOk |= t.getClass().getSimpleName().equals(want.get().type());
          String message = String.valueOf(t.getMessage());
          messageOk |= want.get().messageContains().map(message::contains).orElse(false);
        }
        if (!typeOk || !messageOk) {
          problems.add("expected " + want.get().type() + want.get().messageContains().map(m -> " containing '" + m + "'").orElse("")
              + "\n  actual   " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
      }
    }
    return new CaseResult(name, problems);
  }

  private void compare(Scheme scheme, Expectation x, String id, Optional<SchemeResult> actual, String householdId,
      List<String> problems, HouseholdResult all) {
    String head = scheme + " " + x.beneficiary() + ":";
    if (actual.isEmpty()) {
      String have = all == null ? "" : "\n  results present: " + all.results().stream()
          .map(r -> r.scheme() + " " + r.beneficiary().id()).collect(Collectors.joining(", "));
      problems.add(head + " expected " + x.describe() + "\n  actual   no result for this scheme and beneficiary" + have);
      return;
    }
    SchemeResult r = actual.get();
    List<String> diffs = new ArrayList<>();
    if (r.outcome() != x.status()) {
      diffs.add("status");
    }
    if (x.amount().isPresent() && !x.amount().equals(r.amount())) {
      diffs.add("amount");
    }
    // an expected payee must be there: a result without one fails the expectation
    if (x.payee().isPresent() && (r.payee().isEmpty() || !payeeMatches(x.payee().get(), id, householdId, r.payee().get()))) {
      diffs.add("payee");
    }
    if (x.failedCondition().isPresent()
        && r.reasons().stream().map(Reason::code).noneMatch(x.failedCondition().get()::equals)) {
      diffs.add("failedCondition");
    }
    List<String> missing = r.missingFacts().stream().map(Reason::code).toList();
    for (String m : x.missingFacts()) {
      if (!missing.contains(m)) {
        diffs.add("missingFacts");
        break;
      }
    }
    if (!diffs.isEmpty()) {
      problems.add(head + " " + String.join(", ", diffs) + " differ\n  expected " + x.describe()
          + "\n  actual   " + describe(r) + "\n  explanation:\n    "
          + r.explanation().render(locale).strip().replace("\n", "\n    "));
    }
  }

  private static boolean payeeMatches(String expected, String beneficiaryId, String householdId, Beneficiary actual) {
    if ("household".equals(expected)) {
      return actual.kind() == Beneficiary.Kind.HOUSEHOLD && actual.id().equals(householdId);
    }
    if ("self".equals(expected)) {
      return actual.id().equals(beneficiaryId);
    }
    if (expected.startsWith("institution:")) {
      return actual.kind() == Beneficiary.Kind.INSTITUTION && actual.id().equals(expected.substring("institution:".length()));
    }
    return actual.id().equals(expected);
  }

  private static String describe(SchemeResult r) {
    StringBuilder sb = new StringBuilder(r.outcome().name());
    r.amount().ifPresent(a -> sb.append(' ').append(a));
    r.payee().ifPresent(p -> sb.append(" payee ").append(p));
    if (!r.reasons().isEmpty()) {
      sb.append(" reasons ").append(r.reasons().stream().map(Reason::code).toList());
    }
    if (!r.missingFacts().isEmpty()) {
      sb.append(" missing ").append(r.missingFacts().stream().map(Reason::code).toList());
    }
    return sb.toString();
  }

  private BenefitCalculator calculator(TestCase c) {
    StandardsRegistry registry = registries.computeIfAbsent(c.standards(), this::registry);
    BenefitCalculator.Builder b = BenefitCalculator.builder(registry)
        .clock(Clock.fixed(c.effectiveToday().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    c.asOf().ifPresent(b::knowledgeDate);
    if (!c.priceIndex().isEmpty()) {
      Map<RegionCode, Map<YearMonth, PriceIndex>> m = new TreeMap<>();
      for (PriceIndexEntry e : c.priceIndex()) {
        m.computeIfAbsent(e.region(), k -> new HashMap<>()).put(e.month(), new PriceIndex(e.cpi(), e.foodCpi()));
      }
      b.priceIndex(new PriceIndexSeries("case " + c.name(), m));
    }
    return b.build();
  }

  private StandardsRegistry registry(List<String> ids) {
    if (ids.isEmpty()) {
      return StandardsRegistry.builder().addAll(providers.values()).build();
    }
    StandardsRegistry.Builder b = StandardsRegistry.builder();
    for (String id : ids) {
      StandardsProvider p = providers.get(id);
      if (p == null) {
        throw new IllegalArgumentException("case names standards provider '" + id + "', which is not installed (installed: "
            + String.join(", ", providers.keySet()) + ")");
      }
      b.add(p);
    }
    return b.build();
  }

  /**
   * Runs the cases in the files and directories given and prints each failure, then the line
   * {@code N passed, M failed}. Exit status 0 if all passed, 1 if any failed, 2 on bad arguments.
   * {@code --zh} reports explanations in Chinese; {@code --case NAME} runs only the case so named;
   * {@code --junit-xml FILE} also writes a JUnit XML report for a CI server.
   *
   * @param args case files or directories, optionally {@code --zh}, {@code --case NAME}, {@code --junit-xml FILE}
   */
  public static void main(String[] args) {
    int status = run(List.of(args), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * The command line, with its streams given (for tests and embedding).
   *
   * @param args as {@link #main}, not null
   * @param out where reports go, not null
   * @param err where usage errors go, not null
   * @return the exit status: 0 all passed, 1 some failed, 2 bad arguments
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<Path> paths = new ArrayList<>();
    Locale locale = Locale.ENGLISH;
    String only = null;
    Path junitXml = null;
    String usage = "usage: CaseRunner [--zh] [--case NAME] [--junit-xml FILE] <case file or directory>...";
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ("--zh".equals(a)) {
        locale = Locale.CHINESE;
      } else if ("--case".equals(a) || "--junit-xml".equals(a)) {
        if (i + 1 >= args.size()) {
          err.println(a + " needs a value; " + usage);
          return 2;
        }
        if ("--case".equals(a)) {
          only = args.get(++i);
        } else {
          junitXml = Path.of(args.get(++i));
        }
      } else {
        paths.add(Path.of(a));
      }
    }
    if (paths.isEmpty()) {
      err.println(usage);
      return 2;
    }
    List<CaseResult> results;
    try {
      CaseRunner runner = installed().reportingIn(locale);
      results = only == null ? runner.runAll(paths) : runner.runNamed(paths, only);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (junitXml != null) {
      try {
        java.nio.file.Files.writeString(junitXml, junitXml("minzheng cases", results), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        err.println("cannot write " + junitXml + ": " + e.getMessage());
        return 2;
      }
    }
    int passed = 0;
    int failed = 0;
    for (CaseResult r : results) {
      if (r.passed()) {
        passed++;
      } else {
        failed++;
        out.print(r.report());
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }
}
