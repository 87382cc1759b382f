package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's structural rules, read from the main sources of every module: dependencies point
 * one way (spi ← core ← testkit, ledger-jdbc ← examples; standards modules on spi only) and no two packages
 * depend on each other, directly or through others.
 */
class ArchitectureTest {
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.minzheng(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  /** module directory → package → packages of org.minzheng it references. */
  private static final Map<String, Map<String, Set<String>>> MODULES = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path module : dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).toList()) {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
          files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")).forEach(f -> {
            String text = read(f);
            Matcher p = PACKAGE.matcher(text);
            if (!p.find()) {
              return;
            }
            Set<String> refs = deps.computeIfAbsent(p.group(1), k -> new TreeSet<>());
            Matcher r = REFERENCE.matcher(text);
            while (r.find()) {
              if (!r.group(1).equals(p.group(1))) {
                refs.add(r.group(1));
              }
            }
          });
        }
        MODULES.put(module.getFileName().toString(), deps);
      }
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void allModulesWereRead() {
    assertThat(MODULES).containsKeys("spi", "core", "standards-2020", "testkit", "ledger-jdbc", "examples", "examples-county",
        "starter", "server", "spark");
  }

  @Test
  void spiAndStandardsModulesReferenceOnlyTheSpi() {
    for (String module : List.of("spi", "standards-2020", "examples-county")) {
      MODULES.get(module).forEach((pkg, refs) -> assertThat(refs)
          .as("%s package %s may reference only org.minzheng.standard*", module, pkg)
          .allMatch(r -> r.startsWith("org.minzheng.standard")));
    }
  }

  @Test
  void coreDoesNotReachUpIntoTestkitOrExamples() {
    MODULES.get("core").forEach((pkg, refs) -> assertThat(refs).as("core package %s", pkg)
        .noneMatch(r -> r.startsWith("org.minzheng.testkit") || r.startsWith("org.minzheng.examples")
            || r.startsWith("org.minzheng.standards2020")));
    MODULES.get("testkit").forEach((pkg, refs) -> assertThat(refs).as("testkit package %s", pkg)
        .noneMatch(r -> r.startsWith("org.minzheng.examples") || r.startsWith("org.minzheng.standards2020")));
  }

  @Test
  void onlyHostsReachTheDatabaseLedger() {
    for (String module : List.of("spi", "core", "testkit", "standards-2020")) {
      MODULES.get(module).forEach((pkg, refs) -> assertThat(refs).as("%s package %s", module, pkg)
          .noneMatch(r -> r.startsWith("org.minzheng.ledger")));
    }
    MODULES.get("ledger-jdbc").forEach((pkg, refs) -> assertThat(refs).as("ledger-jdbc package %s", pkg)
        .noneMatch(r -> r.startsWith("org.minzheng.testkit") || r.startsWith("org.minzheng.examples")
            || r.startsWith("org.minzheng.standards2020")));
  }

  @Test
  void springStaysInTheHostModules() {
    // the library does not know the starter or the server; the starter does not know the server
    for (String module : List.of("spi", "core", "testkit", "examples", "standards-2020")) {
      MODULES.get(module).forEach((pkg, refs) -> assertThat(refs).as("%s package %s", module, pkg)
          .noneMatch(r -> r.startsWith("org.minzheng.spring") || r.startsWith("org.minzheng.server")));
    }
    MODULES.get("starter").forEach((pkg, refs) -> assertThat(refs).as("starter package %s", pkg)
        .noneMatch(r -> r.startsWith("org.minzheng.server") || r.startsWith("org.minzheng.examples")
            || r.startsWith("org.minzheng.testkit")));
  }

  @Test
  void onlyTheSparkModuleReachesSpark() {
    // Spark stays out of spi, core and the command line: the spark module depends on core, never the reverse.
    MODULES.forEach((module, packages) -> {
      if (!module.equals("spark")) {
        packages.forEach((pkg, refs) -> assertThat(refs).as("%s package %s", module, pkg)
            .noneMatch(r -> r.startsWith("org.minzheng.spark")));
      }
    });
    assertThat(MODULES.get("spark")).as("the spark module's main packages").containsOnlyKeys("org.minzheng.spark");
    MODULES.get("spark").values().forEach(refs -> assertThat(refs)
        .noneMatch(r -> r.startsWith("org.minzheng.examples") || r.startsWith("org.minzheng.testkit")));
  }

  @Test
  void noCyclesBetweenPackages() {
    Map<String, Set<String>> graph = new HashMap<>();
    MODULES.values().forEach(graph::putAll);
    List<List<String>> cycles = new Tarjan(graph).cycles();
    assertThat(cycles).as("package cycles (each list is a set of packages that reach each other)").isEmpty();
  }

  /** Strongly connected components of more than one package. */
  private static final class Tarjan {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<List<String>> cycles = new ArrayList<>();
    private int next;

    Tarjan(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<List<String>> cycles() {
      for (String v : new TreeSet<>(graph.keySet())) {
        if (!index.containsKey(v)) {
          visit(v);
        }
      }
      return cycles;
    }

    private void visit(String v) {
      index.put(v, next);
      low.put(v, next++);
      stack.push(v);
      onStack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> component = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(w);
        } while (!w.equals(v));
        if (component.size() > 1) {
          cycles.add(component);
        }
      }
    }
  }
}
