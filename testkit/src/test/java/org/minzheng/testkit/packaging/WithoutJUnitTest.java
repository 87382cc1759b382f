package org.minzheng.testkit.packaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JUnit is an optional dependency of the test kit: the case runner and the conformance kit run in a class
 * loader that holds the test class path minus every JUnit, opentest4j and apiguardian jar.
 */
class WithoutJUnitTest {
  @TempDir
  Path dir;

  private static URLClassLoader withoutJUnit() throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    URL[] urls = Arrays.stream(cp.split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .filter(s -> !Path.of(s).getFileName().toString().matches("(junit|opentest4j|apiguardian|surefire|common-).*"))
        .filter(s -> !s.endsWith("test-classes"))
        .map(s -> {
          try {
            return Path.of(s).toUri().toURL();
          } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        })
        .toArray(URL[]::new);
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theCaseRunnerRunsACaseWithoutJUnit() throws Exception {
    Path cases = dir.resolve("one.yaml");
    Files.writeString(cases, """
        name: urban 2020, two persons, 12-month income 10,000
        month: 2020-10
        standards: [standards-2020]
        household:
          id: D01
          region: "410402"
          residenceType: URBAN
          assetsWithinLimits: true
          members:
            - {id: "410402199003150111", hukouRegion: "410402", hasCapableSupporter: true,
               incomes: [{category: WAGES, amount: "10000.00"}]}
            - {id: "410402198506200227", hukouRegion: "410402", hasCapableSupporter: true}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "306.67", payee: household}]
        """, UTF_8);
    try (URLClassLoader loader = withoutJUnit()) {
      assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.DynamicTest"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> runner = loader.loadClass("org.minzheng.testkit.cases.CaseRunner");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread t = Thread.currentThread();
      ClassLoader before = t.getContextClassLoader();
      t.setContextClassLoader(loader);
      try {
        Object code = runner.getMethod("run", List.class, PrintStream.class, PrintStream.class)
            .invoke(null, List.of(cases.toString()), new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        assertThat(code).as(out.toString(UTF_8) + err.toString(UTF_8)).isEqualTo(0);
      } finally {
        t.setContextClassLoader(before);
      }
      assertThat(out.toString(UTF_8)).contains("1 passed, 0 failed");
    }
  }

  @Test
  void theConformanceKitChecksAModuleWithoutJUnit() throws Exception {
    try (URLClassLoader loader = withoutJUnit()) {
      Class<?> providerType = loader.loadClass("org.minzheng.standard.spi.StandardsProvider");
      Object provider = loader.loadClass("org.minzheng.standards2020.Standards2020").getMethod("provider").invoke(null);
      Object report = loader.loadClass("org.minzheng.testkit.conformance.ConformanceKit")
          .getMethod("check", providerType).invoke(null, provider);
      assertThat(report.getClass().getMethod("passed").invoke(report)).as(report.toString()).isEqualTo(true);
    }
  }
}
