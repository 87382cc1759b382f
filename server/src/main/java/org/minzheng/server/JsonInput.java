package org.minzheng.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies within the configured limits and turns them into minzheng's types, refusing
 * what is too large or malformed with a problem that names the field path and value.
 *
 * <p>Numbers are checked before anything is bound: floating-point literals are read as
 * {@link BigDecimal} (so {@code 1E+999999999} is a one-digit number with a large scale, found at
 * once, never expanded), and a number of magnitude 10<sup>12</sup> or more, or with more than 20
 * decimal places, is refused. Jackson's {@link StreamReadConstraints} bound the length of a number
 * literal, strings and nesting depth.
 */
@Component
final class JsonInput {
  /** Numbers at or above this magnitude are refused (money in yuan is far below it). */
  static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(12);

  private final JsonMapper mapper;
  private final ServerSettings settings;

  JsonInput(ServerSettings settings) {
    this.settings = settings;
    JsonMapper m = MinzhengJson.newMapper();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNumberLength(100).maxNestingDepth(64).maxStringLength(1024 * 1024).build());
    m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    this.mapper = m;
  }

  JsonMapper mapper() {
    return mapper;
  }

  /** Reads the whole body of a small request, refusing with 413 one over {@code maxBodyBytes}. */
  byte[] body(HttpServletRequest request) throws IOException {
    long limit = settings.getMaxBodyBytes();
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(declared, limit);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(bytes.length, limit);
      }
      return bytes;
    }
  }

  static ApiProblem.ApiException tooLarge(long size, long limit) {
    return ApiProblem.of(413, "Request body too large", "", size + " bytes",
        "the body is larger than the limit of " + limit + " bytes (minzheng.server.max-body-bytes)");
  }

  /** Parses a JSON document and checks its numbers; {@code where} prefixes messages (e.g. "line 3"). */
  JsonNode tree(byte[] json, String where) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (StreamConstraintsException e) {
      throw ApiProblem.badRequest(where, "", "the JSON exceeds a limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw ApiProblem.badRequest(where, "", "malformed JSON" + at + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiProblem.badRequest(where, "", "the body cannot be read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw ApiProblem.badRequest(where, "", "the body is empty; a JSON object is required");
    }
    checkNumbers(node, "");
    return node;
  }

  private static void checkNumbers(JsonNode node, String path) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        checkNumbers(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isNumber()) {
      boolean bad;
      if (node.isBigDecimal()) {
        BigDecimal d = node.decimalValue();
        bad = d.precision() - d.scale() > 13 || d.scale() > 20;
      } else if (node.isBigInteger()) {
        bad = node.bigIntegerValue().abs().compareTo(BigInteger.TEN.pow(12)) >= 0;
      } else if (node.isIntegralNumber()) {
        bad = Math.abs(node.longValue()) >= 1_000_000_000_000L;
      } else {
        bad = !Double.isFinite(node.doubleValue()) || Math.abs(node.doubleValue()) >= 1e12;
      }
      if (bad || (node.isBigDecimal() && node.decimalValue().abs().compareTo(MAX_MAGNITUDE) >= 0)) {
        String text = node.isBigDecimal() ? node.decimalValue().toString() : node.asText();
        throw ApiProblem.badRequest(path, text.length() > 40 ? text.substring(0, 40) + "…" : text,
            "the number is out of range: its magnitude must be below 10^12 with at most 20 decimal places");
      }
    }
  }

  /**
   * One household of a batch line ({@code json[0, length)}): checked and bound as {@link #tree},
   * {@link #checkMembers} and {@link #bind} would, refused with the same problem, but about twice as fast
   * on the usual, valid line. A pass over the bytes checks every number literal against the bounds of
   * {@link #checkNumbers} without tokenizing names, then the household is bound straight from the bytes
   * and its member count checked; a line that this pass, the binding or the count refuses goes through
   * the tree path, which names the field and value.
   *
   * @throws ApiProblem.ApiException naming the field path and value
   */
  Household household(byte[] json, int length) {
    if (numbersWithinBounds(json, length)) {
      // the plain form straight from the tokens (core's HouseholdJson); anything else through the mapper
      Household fast = org.minzheng.json.HouseholdJson.tryRead(mapper.getFactory(), json, 0, length).orElse(null);
      if (fast != null && fast.members().size() <= settings.getMaxMembers()) {
        return fast;
      }
      try {
        Household h = mapper.readValue(json, 0, length, Household.class);
        if (h != null && h.members().size() <= settings.getMaxMembers()) {
          return h;
        }
      } catch (IOException | RuntimeException e) {
        // the tree path below refuses it naming the field
      }
    }
    JsonNode node = tree(java.util.Arrays.copyOf(json, length), "");
    if (!node.isObject()) {
      throw ApiProblem.badRequest("", node.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
          "a household object is required");
    }
    checkMembers(node, "");
    return bind(node, "", Household.class);
  }

  /**
   * Whether every number literal outside strings in {@code json[0, length)} is within the bounds
   * {@link #checkNumbers} enforces. Conservative: a literal it cannot judge quickly is parsed as a
   * {@link BigDecimal} (bounded by the line's length), and anything odd answers false, leaving the
   * verdict to the tree path. Malformed JSON may pass: the binding refuses it.
   */
  static boolean numbersWithinBounds(byte[] json, int length) {
    int i = 0;
    while (i < length) {
      byte b = json[i];
      if (b == '"') {
        i++;
        while (i < length && json[i] != '"') {
          i += json[i] == '\\' ? 2 : 1;
        }
        i++;
      } else if (b == '-' || (b >= '0' && b <= '9')) {
        int start = i;
        boolean plain = true; // digits only, after an optional sign
        i++;
        while (i < length) {
          byte c = json[i];
          if (c >= '0' && c <= '9') {
            i++;
          } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
            plain = false;
            i++;
          } else {
            break;
          }
        }
        int digits = i - start - (b == '-' ? 1 : 0);
        if (!plain || digits > 12) {
          try {
            BigDecimal d = new BigDecimal(new String(json, start, i - start, java.nio.charset.StandardCharsets.US_ASCII));
            if (d.precision() - d.scale() > 13 || d.scale() > 20 || d.abs().compareTo(MAX_MAGNITUDE) >= 0) {
              return false;
            }
          } catch (NumberFormatException | ArithmeticException e) {
            return false;
          }
        }
      } else {
        i++;
      }
    }
    return true;
  }

  /** Refuses a household with more members than allowed, before any member is bound. */
  void checkMembers(JsonNode household, String path) {
    JsonNode members = household.path("members");
    if (members.isArray() && members.size() > settings.getMaxMembers()) {
      throw ApiProblem.badRequest(path + ".members", members.size() + " members",
          "a household may have at most " + settings.getMaxMembers() + " members (minzheng.server.max-members)");
    }
  }

  /** Binds a node, turning Jackson's errors into a problem naming the field path under {@code path}. */
  <T> T bind(JsonNode node, String path, Class<T> type) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      StringBuilder field = new StringBuilder(path);
      JsonNode at = node;
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          field.append(field.length() == 0 ? "" : ".").append(r.getFieldName());
          at = at == null ? null : at.get(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          field.append('[').append(r.getIndex()).append(']');
          at = at == null ? null : at.get(r.getIndex());
        }
      }
      String value = e instanceof InvalidFormatException f && f.getValue() != null ? String.valueOf(f.getValue())
          : at == null || at.isMissingNode() ? "" : at.isValueNode() ? at.asText() : at.getNodeType().name().toLowerCase();
      String message = e.getOriginalMessage();
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
          || cause instanceof NullPointerException || cause instanceof org.minzheng.standard.MinzhengException) {
        message = cause.getMessage();
      }
      throw ApiProblem.badRequest(field.toString(), value, message == null ? "invalid value" : firstLine(message));
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(path, "", firstLine(e.getOriginalMessage()));
    }
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
