package org.minzheng.testkit.cases;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.minzheng.json.MinzhengJson;

/**
 * Reads case files: {@code *.yaml}/{@code *.yml} (one or more documents separated by {@code ---},
 * each a case) and {@code *.json} (a case object or an array of cases). Directories are searched
 * recursively, files in name order.
 *
 * @since 0.1
 */
public final class CaseFiles {
  private CaseFiles() {}

  private static final ObjectMapper JSON = MinzhengJson.mapper();
  /** YAML is read into a tree, which the JSON mapper then binds: one binding for both formats. */
  private static final YAMLMapper YAML = new YAMLMapper();

  /** A case and the file it came from. */
  public record LoadedCase(Path file, TestCase testCase) {
    /**
     * Checks the components.
     *
     * @param file a case file, not null
     * @param testCase the {@code testCase} component
     */
    public LoadedCase {
      requireNonNull(file, "file");
      requireNonNull(testCase, "testCase");
    }

    /** @return {@code file.yaml :: name} */
    public String displayName() {
      return file.getFileName() + " :: " + testCase.name();
    }
  }

  /**
   * @param paths files or directories, not null
   * @return every case found, in file-name order, then document order
   * @throws IllegalArgumentException naming the file (and JSON path) of a case that cannot be read
   */
  public static List<LoadedCase> load(List<Path> paths) {
    List<LoadedCase> out = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : files(p)) {
        for (TestCase c : read(f)) {
          out.add(new LoadedCase(f, c));
        }
      }
    }
    return out;
  }

  /**
   * The directory or file of a class-path resource (in a directory or a jar).
   *
   * @param loader the class loader, not null
   * @param resource e.g. {@code cases}, not null
   * @return its path
   * @throws IllegalArgumentException if there is no such resource
   */
  public static Path resource(ClassLoader loader, String resource) {
    URL url = loader.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no class-path resource '" + resource + "'");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalArgumentException("class-path resource '" + resource + "' cannot be opened: " + e.getMessage(), e);
    }
  }

  private static List<Path> files(Path p) {
    if (!Files.isDirectory(p)) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("case file " + p + " does not exist");
      }
      return List.of(p);
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).filter(f -> isCaseFile(f.getFileName().toString()))
          .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isCaseFile(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /**
   * @param file a case file, not null
   * @return its cases
   * @throws IllegalArgumentException naming the file and the problem
   */
  public static List<TestCase> read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("case file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads cases from text.
   *
   * @param name the file name, for messages; a name ending in {@code .json} is read as JSON, any
   *     other as YAML, not null
   * @param text the text, not null
   * @return its cases
   * @throws IllegalArgumentException naming the file and the problem (with its JSON path)
   */
  /**
   * Binds one case, refusing a number for an expected amount: money in a case is a decimal-yuan string, so that
   * {@code amount: 355} (which YAML reads as a number) cannot pass for {@code "355.00"} unnoticed.
   */
  private static TestCase bind(JsonNode n) throws IOException {
    JsonNode expect = n.path("expect");
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> scheme = it.next();
      for (int i = 0; i < scheme.getValue().size(); i++) {
        JsonNode amount = scheme.getValue().get(i).path("amount");
        if (amount.isNumber()) {
          throw new IllegalArgumentException("case '" + n.path("name").asText("?") + "': expect." + scheme.getKey() + "[" + i
              + "].amount is the number " + amount + "; write money as a decimal-yuan string, e.g. \""
              + (amount.isIntegralNumber() ? amount + ".00" : amount.asText()) + "\"");
        }
      }
    }
    return JSON.treeToValue(n, TestCase.class);
  }

  /**
   * Reads the cases of one file's text: a JSON object or array when {@code name} ends in {@code .json},
   * otherwise YAML documents (empty documents are skipped).
   *
   * @param name the file's name, for the format and the messages, not null
   * @param text its content, not null
   * @return the cases, in file order
   * @throws IllegalArgumentException naming the file and what is wrong (a number for an amount, …)
   */
  public static List<TestCase> parse(String name, String text) {
    List<TestCase> out = new ArrayList<>();
    try {
      if (name.endsWith(".json")) {
        JsonNode node = JSON.readTree(text);
        if (node.isArray()) {
          for (JsonNode n : node) {
            out.add(bind(n));
          }
        } else {
          out.add(bind(node));
        }
      } else {
        try (JsonParser parser = YAML.getFactory().createParser(text);
            MappingIterator<JsonNode> it = YAML.readValues(parser, JsonNode.class)) {
          while (it.hasNext()) {
            JsonNode n = it.next();
            if (n == null || n.isNull() || n.isMissingNode() || (n.isObject() && n.isEmpty())) {
              continue;
            }
            out.add(bind(n));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("case file " + name + ": " + e.getMessage(), e);
    }
    return out;
  }
}
