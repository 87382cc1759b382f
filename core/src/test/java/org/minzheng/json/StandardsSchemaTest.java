package org.minzheng.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of the standards format ({@code docs/schema/minzheng-standards-1.schema.json}, also in core's
 * jar) accepts every standards document shipped in this repository and refuses broken ones.
 *
 * <p>No JSON Schema library is used: {@link #check} implements the keywords the schema uses ({@code type},
 * {@code const}, {@code enum}, {@code pattern}, {@code required}, {@code properties}, {@code additionalProperties},
 * {@code items}, {@code minItems}, {@code oneOf}, {@code $ref} to {@code #/$defs/…}) and fails on any other, so the
 * schema cannot grow a keyword this check silently ignores.
 */
class StandardsSchemaTest {
  private static final String RESOURCE = "/org/minzheng/json/minzheng-standards-1.schema.json";

  private static JsonNode schema() throws IOException {
    try (InputStream in = StandardsSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("the schema is in core's jar at " + RESOURCE).isNotNull();
      return MinzhengJson.mapper().readTree(in);
    }
  }

  /** Every document of the repository (outside build output) in the standards format. */
  private static List<Path> shippedDocuments() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json") && !p.toString().contains("/target/")
              && !p.toString().contains("/node_modules/") && !p.toString().contains("/.git/"))
          .filter(p -> {
            try {
              return Files.readString(p, UTF_8).contains("\"minzheng-standards/1\"");
            } catch (IOException e) {
              return false;
            }
          })
          .sorted().toList();
    }
  }

  @Test
  void theJarHoldsTheSchemaOfDocs() throws Exception {
    Path docs = Path.of("..", "docs", "schema", "minzheng-standards-1.schema.json");
    assertThat(schema()).isEqualTo(MinzhengJson.mapper().readTree(Files.readString(docs, UTF_8)));
  }

  @Test
  void everyShippedStandardsDocumentMatchesTheSchema() throws Exception {
    JsonNode schema = schema();
    List<Path> documents = shippedDocuments();
    assertThat(documents).extracting(p -> p.getFileName().toString())
        .contains("pingdingshan.json", "ruzhou.json", "baofeng-centenarian.json", "reform-urban-600.json");
    for (Path p : documents) {
      List<String> problems = new ArrayList<>();
      check(schema, schema, MinzhengJson.mapper().readTree(Files.readString(p, UTF_8)), "$", problems);
      assertThat(problems).as(p.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaRefusesWhatTheFormatRefuses() throws Exception {
    JsonNode schema = schema();
    Path city = Path.of("..", "standards-2020", "src", "main", "resources", "standards-2020", "pingdingshan.json");
    ObjectNode doc = (ObjectNode) MinzhengJson.mapper().readTree(Files.readString(city, UTF_8));
    doc.put("formt", "x");
    ObjectNode firstValue = (ObjectNode) doc.get("parameters").get(0).get("values").get(0);
    firstValue.put("status", "GUESS");
    ((ObjectNode) doc.get("regions").get(0)).put("code", "4104");
    firstValue.remove("value");
    firstValue.put("perYear", 4260);
    List<String> problems = new ArrayList<>();
    check(schema, schema, doc, "$", problems);
    assertThat(problems).anyMatch(s -> s.startsWith("$: unknown field formt"))
        .anyMatch(s -> s.startsWith("$.parameters[0].values[0].status: GUESS is not one of"))
        .anyMatch(s -> s.startsWith("$.regions[0].code: \"4104\" does not match"))
        .anyMatch(s -> s.startsWith("$.parameters[0].values[0].perYear: a number, not string"));
  }

  /** Checks {@code node} at {@code path} against {@code s}, adding a line naming the path for each problem. */
  static void check(JsonNode root, JsonNode s, JsonNode node, String path, List<String> problems) {
    for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode k = e.getValue();
      switch (e.getKey()) {
        case "$schema", "$id", "title", "description", "$defs" -> { }
        case "$ref" -> check(root, root.at(k.asText().substring(1)), node, path, problems);
        case "type" -> {
          List<String> types = new ArrayList<>();
          (k.isArray() ? k : MinzhengJson.mapper().createArrayNode().add(k)).forEach(t -> types.add(t.asText()));
          if (types.stream().noneMatch(t -> is(node, t))) {
            problems.add(path + ": " + kind(node) + ", not " + String.join(" or ", types));
          }
        }
        case "const" -> {
          if (!node.equals(k)) {
            problems.add(path + ": " + node + " is not " + k);
          }
        }
        case "enum" -> {
          boolean found = false;
          for (JsonNode v : k) {
            found |= v.equals(node);
          }
          if (!found) {
            problems.add(path + ": " + node.asText() + " is not one of " + k);
          }
        }
        case "pattern" -> {
          if (node.isTextual() && !Pattern.compile(k.asText()).matcher(node.asText()).find()) {
            problems.add(path + ": " + node + " does not match " + k.asText());
          }
        }
        case "required" -> k.forEach(r -> {
          if (node.isObject() && !node.has(r.asText())) {
            problems.add(path + ": missing " + r.asText());
          }
        });
        case "minItems" -> {
          if (node.isArray() && node.size() < k.asInt()) {
            problems.add(path + ": fewer than " + k.asInt() + " items");
          }
        }
        case "items" -> {
          if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
              check(root, k, node.get(i), path + "[" + i + "]", problems);
            }
          }
        }
        case "properties" -> {
          if (node.isObject()) {
            k.fields().forEachRemaining(p -> {
              if (node.has(p.getKey())) {
                check(root, p.getValue(), node.get(p.getKey()), path + "." + p.getKey(), problems);
              }
            });
          }
        }
        case "additionalProperties" -> {
          if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
              JsonNode declared = s.path("properties").get(f.getKey());
              if (declared == null) {
                if (k.isBoolean() && !k.asBoolean()) {
                  problems.add(path + ": unknown field " + f.getKey());
                } else if (k.isObject()) {
                  check(root, k, f.getValue(), path + "." + f.getKey(), problems);
                }
              }
            });
          }
        }
        case "oneOf" -> {
          int matching = 0;
          for (JsonNode alternative : k) {
            List<String> own = new ArrayList<>();
            check(root, alternative, node, path, own);
            matching += own.isEmpty() ? 1 : 0;
          }
          if (matching != 1) {
            problems.add(path + ": matches " + matching + " of the alternatives " + k + ", not exactly one");
          }
        }
        default -> throw new AssertionError("the schema uses keyword " + e.getKey() + ", which this check does not implement");
      }
    }
  }

  private static boolean is(JsonNode n, String type) {
    return switch (type) {
      case "object" -> n.isObject();
      case "array" -> n.isArray();
      case "string" -> n.isTextual();
      case "integer" -> n.isIntegralNumber();
      case "number" -> n.isNumber();
      case "boolean" -> n.isBoolean();
      case "null" -> n.isNull();
      default -> throw new AssertionError("unknown type " + type);
    };
  }

  private static String kind(JsonNode n) {
    return n.isObject() ? "an object" : n.isArray() ? "an array" : n.isTextual() ? "a string" : n.isNumber() ? "a number"
        : n.isBoolean() ? "a boolean" : "null";
  }
}
