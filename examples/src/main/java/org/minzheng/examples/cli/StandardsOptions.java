package org.minzheng.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.StandardsJson;
import org.minzheng.standard.spi.StandardsProvider;
import picocli.CommandLine.Option;

/**
 * {@code --standards PATH} (repeatable): standards modules added to the installed ones — a directory of
 * standards JSON documents ({@code *.json}, each its own module, named by its {@code module} field), one
 * such document, or a jar of providers (found by {@link ServiceLoader} in the jar).
 *
 * @since 0.2
 */
public final class StandardsOptions {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Option(names = "--standards", paramLabel = "PATH",
      description = {"Add a standards module to the installed ones (repeatable): a directory of standards JSON",
          "documents, one document, or a jar of providers. A notice that supersedes an installed module takes over",
          "for the periods it claims, as known from its publication date."})
  List<String> paths = new ArrayList<>();

  /**
   * @param root the command line, not null
   * @return the installed standards plus those {@code --standards} names
   * @throws CliException naming a path that is not a standards module
   */
  StandardsRegistry registry(MinzhengCli root) {
    if (paths.isEmpty()) {
      return root.registry();
    }
    CliContext context = root.context();
    StandardsRegistry.Builder b = StandardsRegistry.builder().addAll(context.providers().get());
    for (String p : paths) {
      add(b, Inputs.resolve(context, p), p);
    }
    return b.build();
  }

  private static void add(StandardsRegistry.Builder b, Path path, String given) {
    try {
      if (Files.isDirectory(path)) {
        List<Path> docs;
        try (Stream<Path> s = Files.list(path)) {
          docs = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (docs.isEmpty()) {
          throw new CliException("--standards " + given + ": not a standards module: the directory has no *.json document");
        }
        for (Path d : docs) {
          document(b, d, given);
        }
      } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")) {
        document(b, path, given);
      } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
        jar(b, path, given);
      } else {
        throw new CliException("--standards " + given + ": not a standards module: "
            + (Files.exists(path) ? "neither a directory of standards JSON documents, a .json document nor a .jar of providers"
                : "no such file or directory"));
      }
    } catch (IOException e) {
      throw new CliException("--standards " + given + ": cannot be read: " + e.getMessage());
    }
  }

  private static void document(StandardsRegistry.Builder b, Path file, String given) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new CliException("--standards " + given + ": " + file.getFileName() + " is not a standards module: not JSON ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    JsonNode module = root == null ? null : root.get("module");
    if (module == null || !module.isTextual()) {
      throw new CliException("--standards " + given + ": " + file.getFileName()
          + " is not a standards module: it has no \"module\" field");
    }
    b.add(StandardsJson.read(module.textValue(), file.toString(), bytes));
  }

  private static void jar(StandardsRegistry.Builder b, Path jar, String given) throws MalformedURLException {
    // The loader stays open for the life of the process: the providers read their documents through it.
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, StandardsOptions.class.getClassLoader());
    int found = 0;
    try {
      for (StandardsProvider p : ServiceLoader.load(StandardsProvider.class, loader)) {
        if (p.getClass().getClassLoader() == loader) {
          b.add(p);
          found++;
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new CliException("--standards " + given + ": a provider in the jar cannot be loaded: " + e.getMessage());
    }
    if (found == 0) {
      throw new CliException("--standards " + given + ": not a standards module: the jar declares no provider in "
          + "META-INF/services/org.minzheng.standard.spi.StandardsProvider");
    }
  }
}
