package org.minzheng.examples.packaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it from Java" snippet compiles as written (with {@code --release 17}, as the README tells a
 * host project to set, and the imports of the packages the README names) and prints what its comment says.
 */
class ReadmeSnippetTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeSnippetCompilesAndRunsAsWritten() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize(), UTF_8);
    String section = readme.substring(readme.indexOf("## Use it from Java"));
    assertThat(section).contains("<maven.compiler.release>17</maven.compiler.release>");
    int start = section.indexOf("```java\n") + "```java\n".length();
    String snippet = section.substring(start, section.indexOf("```", start));
    Path src = dir.resolve("Host.java");
    Files.writeString(src, "import java.time.*;\nimport java.util.*;\nimport org.minzheng.*;\n"
        + "import org.minzheng.calculation.*;\nimport org.minzheng.household.*;\nimport org.minzheng.scheme.*;\n"
        + "import org.minzheng.standard.*;\n"
        + "public class Host {\n  public static void main(String[] args) {\n" + snippet + "  }\n}\n", UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null, List.of("--release", "17", "-classpath", cp, "-d", dir.toString()),
        null, javac.getStandardFileManager(null, null, UTF_8).getJavaFileObjects(src)).call();
    assertThat(ok).as(diagnostics.toString()).isTrue();
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, UTF_8));
      loader.loadClass("Host").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(before);
    }
    assertThat(out.toString(UTF_8)).startsWith("ELIGIBLE 306.67");
  }
}
