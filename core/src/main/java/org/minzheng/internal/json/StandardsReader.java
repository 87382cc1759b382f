package org.minzheng.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.Claim;
import org.minzheng.standard.Excerpt;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterRelation;
import org.minzheng.standard.ParameterType;
import org.minzheng.standard.ParameterUnit;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Rounding;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.Status;

/**
 * Reads one standards document ("minzheng-standards/1") into a {@link StandardSet}, collecting every
 * problem with its JSON path. Not thread-safe; one instance per document.
 */
public final class StandardsReader {
  public static final String FORMAT = "minzheng-standards/1";

  private static final JsonMapper TREE_MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
          .streamReadConstraints(ReadLimits.CONSTRAINTS).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // report 570.00 as written
      .build();

  /** The earliest date a document may name: the founding of the People's Republic. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1949, 1, 1);
  /** The latest date a document may name. */
  public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

  private static final Set<String> ROOT_FIELDS =
      ImmutableSet.of("format", "module", "version", "title", "published", "supersedes", "note", "sources", "regions",
          "claims", "parameters");
  private static final Set<String> SOURCE_FIELDS =
      ImmutableSet.of("documentNumber", "title", "titleEnglish", "url", "published");
  private static final Set<String> REGION_FIELDS = ImmutableSet.of("code", "name", "nameEnglish");
  private static final Set<String> CLAIM_FIELDS = ImmutableSet.of("region", "schemes", "effectiveFrom", "effectiveUntil");
  private static final Set<String> PARAMETER_FIELDS = ImmutableSet.of("region", "id", "unit", "values");
  private static final Set<String> VALUE_FIELDS = ImmutableSet.of("value", "perYear", "effectiveFrom", "effectiveUntil",
      "status", "datingStatus", "source", "article", "note", "published");
  private static final Set<String> AGE_BAND_FIELDS = ImmutableSet.of("minAge", "amount");

  private final String providerId;
  private final String documentName;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, LegalBasis> sources = new LinkedHashMap<>();
  private final Set<RegionCode> declaredRegions = new java.util.HashSet<>();
  /** The document's default publication date of its values (rules.md §11). */
  private LocalDate documentPublished = ParameterValue.ALWAYS_KNOWN;

  private StandardsReader(String providerId, String documentName) {
    this.providerId = providerId;
    this.documentName = documentName;
  }

  /** Reads a document from a stream; closes nothing. */
  public static StandardSet read(String providerId, String documentName, InputStream in) {
    StandardsReader r = new StandardsReader(providerId, documentName);
    JsonNode root;
    try {
      root = TREE_MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
      throw new StandardsConfigurationException(r.prefix() + where + "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new StandardsConfigurationException(r.prefix() + "cannot be read: " + e, e);
    }
    return r.readRoot(root);
  }

  /** Reads a document from its bytes. */
  public static StandardSet read(String providerId, String documentName, byte[] json) {
    return read(providerId, documentName, new java.io.ByteArrayInputStream(json));
  }

  private String prefix() {
    return providerId + " " + documentName + ": ";
  }

  private void problem(String path, String message) {
    problems.add(prefix() + path + ": " + message);
  }

  // ---------------------------------------------------------------- structure

  private StandardSet readRoot(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw new StandardsConfigurationException(List.of(prefix() + "$: the document is empty"));
    }
    if (!root.isObject()) {
      throw new StandardsConfigurationException(List.of(prefix() + "$: a standards document is a JSON object, not "
          + describe(root)));
    }
    checkScalars(root, "$");
    checkFields(root, "$", ROOT_FIELDS);
    String format = requiredText(root, "$", "format");
    if (format != null && !format.equals(FORMAT)) {
      problem("$.format", "format '" + Excerpt.of(format) + "' is not supported; this minzheng core reads '" + FORMAT + "'");
    }
    String module = requiredText(root, "$", "module");
    if (module != null && !module.equals(providerId)) {
      problem("$.module", "module '" + Excerpt.of(module) + "' does not equal the provider id '" + providerId + "'");
    }
    String version = requiredText(root, "$", "version");
    String title = requiredText(root, "$", "title");
    StandardSet.Builder b = StandardSet.builder(providerId, version == null ? "?" : version);
    if (title != null) {
      b.title(title);
    }
    optionalText(root, "$", "note");
    Optional<LocalDate> published = optionalDate(root, "$", "published");
    if (published.isPresent()) {
      documentPublished = published.get();
      b.published(published.get());
    }
    readSupersedes(root.get("supersedes"), "$.supersedes", module, b);
    readSources(root.get("sources"), "$.sources");
    readRegions(root.get("regions"), "$.regions", b);
    readClaims(root.get("claims"), "$.claims", b);
    readParameters(root.get("parameters"), "$.parameters", b);
    problems.forEach(b::addProblem);
    try {
      return b.build();
    } catch (StandardsConfigurationException e) {
      // The builder prefixes its own findings with "<module>: "; put the document name in.
      String builderPrefix = providerId + ": ";
      List<String> all = new ArrayList<>();
      for (String p : e.problems()) {
        all.add(!p.startsWith(prefix()) && p.startsWith(builderPrefix)
            ? prefix() + p.substring(builderPrefix.length()) : p);
      }
      throw new StandardsConfigurationException(all);
    }
  }

  private void readSupersedes(JsonNode node, String path, String module, StandardSet.Builder b) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!requireType(node, path, JsonNode::isArray, "an array of module ids")) {
      return;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode n = node.get(i);
      if (!n.isTextual() || n.textValue().isBlank()) {
        problem(p, "expected a module id such as \"standards-2020\", not " + describe(n));
      } else if (n.textValue().equals(providerId)) {
        problem(p, "module " + providerId + " cannot supersede itself");
      } else if (!seen.add(n.textValue())) {
        problem(p, "module " + Excerpt.of(n.textValue()) + " is listed twice");
      } else {
        b.supersedes(n.textValue());
      }
    }
  }

  private void readSources(JsonNode node, String path) {
    if (!requireType(node, path, JsonNode::isObject, "an object of sources by id")) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      String p = path + "." + Excerpt.of(id);
      JsonNode s = e.getValue();
      if (id.isBlank()) {
        problem(p, "a source id is blank");
      }
      if (!requireType(s, p, JsonNode::isObject, "an object")) {
        continue;
      }
      checkFields(s, p, SOURCE_FIELDS);
      String number = requiredText(s, p, "documentNumber");
      String title = requiredText(s, p, "title");
      Optional<String> english = optionalText(s, p, "titleEnglish");
      Optional<String> url = optionalText(s, p, "url");
      Optional<LocalDate> published = optionalDate(s, p, "published");
      if (number != null && title != null) {
        if (title.isBlank()) {
          problem(p + ".title", "title is blank");
          continue;
        }
        sources.put(id, new LegalBasis(id, number, Optional.empty(), title, english, url, published));
      }
    }
  }

  private void readRegions(JsonNode node, String path, StandardSet.Builder b) {
    if (!requireType(node, path, JsonNode::isArray, "an array of regions")) {
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode r = node.get(i);
      if (!requireType(r, p, JsonNode::isObject, "an object")) {
        continue;
      }
      checkFields(r, p, REGION_FIELDS);
      RegionCode code = requiredRegion(r, p, "code");
      String name = requiredText(r, p, "name");
      String english = requiredText(r, p, "nameEnglish");
      if (code != null && name != null && english != null) {
        if (!declaredRegions.add(code)) {
          problem(p + ".code", "region " + code + " is declared twice");
          continue;
        }
        b.addRegion(new RegionInfo(code, name, english));
      }
    }
  }

  private void readClaims(JsonNode node, String path, StandardSet.Builder b) {
    if (!requireType(node, path, JsonNode::isArray, "an array of claims")) {
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode c = node.get(i);
      if (!requireType(c, p, JsonNode::isObject, "an object")) {
        continue;
      }
      checkFields(c, p, CLAIM_FIELDS);
      RegionCode region = requiredRegion(c, p, "region");
      if (region != null && !declaredRegions.contains(region)) {
        problem(p + ".region", "region " + region + " is not declared in $.regions");
        region = null;
      }
      LocalDate from = requiredDate(c, p, "effectiveFrom");
      Optional<LocalDate> until = optionalDate(c, p, "effectiveUntil");
      if (from != null && until.isPresent() && !until.get().isAfter(from)) {
        problem(p + ".effectiveUntil", "effectiveUntil " + until.get() + " is not after effectiveFrom " + from
            + " (effectiveUntil is the first day no longer claimed)");
        from = null;
      }
      JsonNode schemes = c.get("schemes");
      List<Scheme> list = new ArrayList<>();
      if (requireType(schemes, p + ".schemes", JsonNode::isArray, "an array of scheme names")) {
        if (schemes.isEmpty()) {
          problem(p + ".schemes", "a claim names no scheme");
        }
        for (int j = 0; j < schemes.size(); j++) {
          String sp = p + ".schemes[" + j + "]";
          Scheme s = schemeValue(schemes.get(j), sp);
          if (s != null) {
            if (list.contains(s)) {
              problem(sp, "scheme " + s + " is named twice in the claim");
            } else {
              list.add(s);
            }
          }
        }
      }
      if (region != null && from != null) {
        for (Scheme s : list) {
          b.addClaim(new Claim(region, s, from, until));
        }
      }
    }
  }

  private void readParameters(JsonNode node, String path, StandardSet.Builder b) {
    if (!requireType(node, path, JsonNode::isArray, "an array of parameters")) {
      return;
    }
    Map<String, String> seen = new HashMap<>();
    Map<RegionCode, List<ParameterValue<?>>> given = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode n = node.get(i);
      if (!requireType(n, p, JsonNode::isObject, "an object")) {
        continue;
      }
      checkFields(n, p, PARAMETER_FIELDS);
      RegionCode region = requiredRegion(n, p, "region");
      if (region != null && !declaredRegions.contains(region)) {
        problem(p + ".region", "region " + region + " is not declared in $.regions");
        region = null;
      }
      String id = requiredText(n, p, "id");
      ParameterKey<?> key = null;
      if (id != null) {
        SchemeModule.installed(); // the catalogue holds the parameters of the installed scheme modules
        key = Parameters.find(id).orElse(null);
        if (key == null) {
          problem(p + ".id", "unknown parameter id '" + Excerpt.of(id) + "'" + suggestion(id));
        }
      }
      ParameterUnit unit = null;
      if (n.has("unit") || key != null) {
        unit = enumValue(n.get("unit"), p + ".unit", ParameterUnit.class, "unit");
      }
      if (key != null && unit != null && unit != key.unit()) {
        problem(p + ".unit", "unit " + unit + " is not the unit of " + key.id() + ", which is " + key.unit());
      }
      if (key != null && region != null) {
        String previous = seen.putIfAbsent(region + " " + key.id(), p);
        if (previous != null) {
          problem(p, "parameter " + key.id() + " for region " + region + " is given twice (also at " + previous
              + "); put all its dated values in one entry");
        }
      }
      JsonNode values = n.get("values");
      if (!requireType(values, p + ".values", JsonNode::isArray, "an array of dated values")) {
        continue;
      }
      if (values.isEmpty()) {
        problem(p + ".values", "no values");
      }
      for (int j = 0; j < values.size(); j++) {
        String vp = p + ".values[" + j + "]";
        ParameterValue<?> v = readValue(values.get(j), vp, key);
        if (v != null && region != null) {
          b.addValue(region, v, vp);
          given.computeIfAbsent(region, r -> new ArrayList<>()).add(v);
        }
      }
    }
    // the rules between two parameters (ParameterRelation), over the values that lie in their domains
    ParameterRelation.problemsOfAll(given).forEach(x -> problem(path, x));
  }

  private <T> ParameterValue<T> readValue(JsonNode n, String p, ParameterKey<T> key) {
    if (!requireType(n, p, JsonNode::isObject, "an object")) {
      return null;
    }
    checkFields(n, p, VALUE_FIELDS);
    T value = null;
    Optional<String> derivation = Optional.empty();
    boolean hasValue = n.has("value");
    boolean hasPerYear = n.has("perYear");
    if (hasValue && hasPerYear) {
      problem(p, "give either 'value' or 'perYear', not both");
    } else if (!hasValue && !hasPerYear) {
      problem(p, "missing 'value' (or 'perYear' for a monthly money standard given per year)");
    } else if (key != null && hasValue) {
      value = readTyped(n.get("value"), p + ".value", key);
    } else if (key != null) {
      if (key.type() != ParameterType.MONEY || key.unit() != ParameterUnit.YUAN_PER_PERSON_MONTH) {
        problem(p + ".perYear", "'perYear' is allowed only for money parameters in YUAN_PER_PERSON_MONTH; "
            + key.id() + " is " + key.type() + " in " + key.unit());
      } else {
        Money annual = money(n.get("perYear"), p + ".perYear");
        if (annual != null) {
          // One exact division rounded once: HALF_UP to the fen (rules.md §1).
          Money monthly = Money.ofYuan(annual.toYuan().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP));
          value = key.cast(monthly);
          derivation = Optional.of("derived: " + annual + " ÷ 12, HALF_UP to fen = " + monthly);
        }
      }
    }
    if (value != null) {
      List<String> outside = key.problems(value, p + (hasValue ? ".value" : ".perYear"));
      outside.forEach(x -> problems.add(prefix() + x));
      if (!outside.isEmpty()) {
        value = null;
      }
    }
    LocalDate from = requiredDate(n, p, "effectiveFrom");
    Optional<LocalDate> until = optionalDate(n, p, "effectiveUntil");
    Status status = n.has("status") ? enumValue(n.get("status"), p + ".status", Status.class, "status") : null;
    if (!n.has("status")) {
      problem(p + ".status", "missing (one of SEED, VERIFIED, ASSUMPTION)");
    }
    Status dating = status;
    if (n.hasNonNull("datingStatus")) {
      dating = enumValue(n.get("datingStatus"), p + ".datingStatus", Status.class, "datingStatus");
    }
    String sourceId = requiredText(n, p, "source");
    LegalBasis basis = null;
    if (sourceId != null) {
      basis = sources.get(sourceId);
      if (basis == null) {
        problem(p + ".source", "source '" + Excerpt.of(sourceId) + "' is not defined in $.sources (defined: "
            + String.join(", ", sources.keySet()) + ")");
      }
    }
    Optional<String> article = optionalText(n, p, "article");
    Optional<String> note = optionalText(n, p, "note");
    LocalDate published = optionalDate(n, p, "published").orElse(documentPublished);
    if (derivation.isPresent()) {
      note = Optional.of(derivation.get() + note.map(x -> "; " + x).orElse(""));
    }
    if (from != null && until.isPresent() && !until.get().isAfter(from)) {
      problem(p + ".effectiveUntil", "effectiveUntil " + until.get() + " is not after effectiveFrom " + from
          + " (effectiveUntil is the first day no longer in force)");
      return null;
    }
    if (key == null || value == null || from == null || status == null || dating == null || basis == null) {
      return null;
    }
    if (article.isPresent()) {
      basis = basis.withArticle(article.get());
    }
    return new ParameterValue<>(key, value, from, until, basis, status, dating, note, published);
  }

  // ---------------------------------------------------------------- typed values

  private <T> T readTyped(JsonNode n, String p, ParameterKey<T> key) {
    ParameterType<T> type = key.type();
    Object v;
    if (type == ParameterType.MONEY) {
      v = money(n, p);
    } else if (type == ParameterType.DECIMAL) {
      v = decimal(n, p);
    } else if (type == ParameterType.INTEGER) {
      v = integer(n, p);
    } else if (type == ParameterType.BOOLEAN) {
      v = n.isBoolean() ? n.booleanValue() : fail(p, "expected true or false, not " + describe(n));
    } else if (type == ParameterType.ROUNDING) {
      v = parseText(n, p, "a rounding rule such as \"HALF_UP/FEN\"", Rounding::parse);
    } else if (type == ParameterType.REGION) {
      v = parseText(n, p, "a six-digit region code string", RegionCode::of);
    } else if (type == ParameterType.TEXT_LIST) {
      v = textList(n, p);
    } else if (type == ParameterType.MONEY_MAP) {
      v = moneyMap(n, p);
    } else if (type == ParameterType.INTEGER_MAP) {
      v = integerMap(n, p);
    } else if (type == ParameterType.AGE_BANDS) {
      v = ageBands(n, p);
    } else if (type.isEnum()) {
      v = n.isTextual() ? parseText(n, p, "a constant name", type::enumConstant)
          : fail(p, "expected a constant name string, not " + describe(n));
    } else {
      throw new AssertionError("parameter type " + type + " has no JSON form");
    }
    return v == null ? null : key.cast(v);
  }

  private Object fail(String path, String message) {
    problem(path, message);
    return null;
  }

  private Money money(JsonNode n, String p) {
    if (n == null || n.isNull()) {
      problem(p, "missing money (a decimal-yuan string such as \"355.00\")");
      return null;
    }
    if (n.isNumber()) {
      problem(p, "money must be a decimal-yuan string such as \"355.00\", not the JSON number "
          + Excerpt.of(n.asText()));
      return null;
    }
    if (!n.isTextual()) {
      problem(p, "money must be a decimal-yuan string such as \"355.00\", not " + describe(n));
      return null;
    }
    try {
      return Money.parse(n.textValue());
    } catch (IllegalArgumentException e) {
      problem(p, e.getMessage());
      return null;
    }
  }

  private BigDecimal decimal(JsonNode n, String p) {
    if (n == null || !n.isTextual()) {
      problem(p, "a decimal must be a string such as \"1.3\" (exact), not " + describe(n));
      return null;
    }
    String s = n.textValue().trim();
    if (!s.matches("-?\\d{1,18}(\\.\\d{1,18})?")) {
      problem(p, "decimal '" + Excerpt.of(n.textValue()) + "' is not a plain decimal number such as \"1.3\"");
      return null;
    }
    return new BigDecimal(s);
  }

  private Integer integer(JsonNode n, String p) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
      problem(p, "expected a whole number, not " + describe(n));
      return null;
    }
    return n.intValue();
  }

  private <T> T parseText(JsonNode n, String p, String what, java.util.function.Function<String, T> parse) {
    if (n == null || !n.isTextual()) {
      problem(p, "expected " + what + ", not " + describe(n));
      return null;
    }
    try {
      return parse.apply(n.textValue());
    } catch (IllegalArgumentException e) {
      problem(p, e.getMessage());
      return null;
    }
  }

  private List<String> textList(JsonNode n, String p) {
    if (n == null || !n.isArray()) {
      problem(p, "expected an array of strings, not " + describe(n));
      return null;
    }
    ImmutableList.Builder<String> b = ImmutableList.builder();
    boolean ok = true;
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (!e.isTextual() || e.textValue().isBlank()) {
        problem(p + "[" + i + "]", "expected a non-blank string, not " + describe(e));
        ok = false;
      } else if (!seen.add(e.textValue())) {
        problem(p + "[" + i + "]", "'" + Excerpt.of(e.textValue()) + "' is listed twice");
        ok = false;
      } else {
        b.add(e.textValue());
      }
    }
    return ok ? b.build() : null;
  }

  private Map<String, Money> moneyMap(JsonNode n, String p) {
    if (n == null || !n.isObject()) {
      problem(p, "expected an object of decimal-yuan strings, not " + describe(n));
      return null;
    }
    ImmutableMap.Builder<String, Money> b = ImmutableMap.builder();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String ep = p + "['" + Excerpt.of(e.getKey()) + "']";
      Money m = money(e.getValue(), ep);
      if (m == null) {
        ok = false;
      } else if (m.isNegative()) {
        problem(ep, "money " + m + " is negative");
        ok = false;
      } else {
        b.put(e.getKey(), m);
      }
    }
    return ok ? b.buildOrThrow() : null;
  }

  private Map<String, Integer> integerMap(JsonNode n, String p) {
    if (n == null || !n.isObject()) {
      problem(p, "expected an object of whole numbers, not " + describe(n));
      return null;
    }
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Integer v = integer(e.getValue(), p + "['" + Excerpt.of(e.getKey()) + "']");
      if (v == null) {
        ok = false;
      } else {
        b.put(e.getKey(), v);
      }
    }
    return ok ? b.buildOrThrow() : null;
  }

  private List<AgeBand> ageBands(JsonNode n, String p) {
    if (n == null || !n.isArray()) {
      problem(p, "expected an array of {\"minAge\": 80, \"amount\": \"50.00\"}, not " + describe(n));
      return null;
    }
    ImmutableList.Builder<AgeBand> b = ImmutableList.builder();
    boolean ok = true;
    Integer previous = null;
    for (int i = 0; i < n.size(); i++) {
      String bp = p + "[" + i + "]";
      JsonNode e = n.get(i);
      if (!requireType(e, bp, JsonNode::isObject, "an object {\"minAge\": 80, \"amount\": \"50.00\"}")) {
        ok = false;
        continue;
      }
      checkFields(e, bp, AGE_BAND_FIELDS);
      Integer minAge = integer(e.get("minAge"), bp + ".minAge");
      Money amount = money(e.get("amount"), bp + ".amount");
      if (minAge == null || amount == null) {
        ok = false;
        continue;
      }
      if (previous != null && minAge <= previous) {
        problem(bp + ".minAge", "age bands must ascend: minAge " + minAge + " follows " + previous);
        ok = false;
      }
      try {
        b.add(new AgeBand(minAge, amount));
      } catch (IllegalArgumentException ex) {
        problem(bp, ex.getMessage());
        ok = false;
      }
      previous = minAge;
    }
    return ok ? b.build() : null;
  }

  /** A scheme name: a built-in one or one of an installed scheme module (which this loads once). */
  private Scheme schemeValue(JsonNode n, String p) {
    if (n == null || !n.isTextual()) {
      problem(p, "expected a scheme name, not " + describe(n));
      return null;
    }
    SchemeModule.installed();
    Optional<Scheme> s = Scheme.find(n.textValue());
    if (s.isEmpty()) {
      problem(p, "scheme '" + Excerpt.of(n.textValue()) + "' is not one of " + Scheme.all().stream().map(Scheme::name).toList()
          + " (a scheme module's scheme is known once the module is installed)");
    }
    return s.orElse(null);
  }

  private <E extends Enum<E>> E enumValue(JsonNode n, String p, Class<E> type, String what) {
    if (n == null || n.isNull()) {
      problem(p, "missing " + what + " (one of " + names(type) + ")");
      return null;
    }
    if (!n.isTextual()) {
      problem(p, "expected a " + what + " name (one of " + names(type) + "), not " + describe(n));
      return null;
    }
    try {
      return Enum.valueOf(type, n.textValue());
    } catch (IllegalArgumentException e) {
      problem(p, what + " '" + Excerpt.of(n.textValue()) + "' is not one of " + names(type));
      return null;
    }
  }

  private static String names(Class<? extends Enum<?>> type) {
    StringBuilder sb = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- fields

  /**
   * Walks the whole document once, before it is read: every string and field name must survive
   * writing and reading back (no lone UTF-16 surrogate), and every decimal number must have a scale
   * within {@link ReadLimits#MAX_DECIMAL_SCALE}, so that nothing later spends unbounded time on it.
   */
  private void checkScalars(JsonNode n, String p) {
    if (n.isTextual()) {
      if (!wellFormed(n.textValue())) {
        problem(p, "the string \"" + Excerpt.of(n.textValue()) + "\" contains a lone UTF-16 surrogate");
      }
    } else if (n.isBigDecimal() || n.isFloatingPointNumber()) {
      BigDecimal d = n.decimalValue();
      if (Math.abs((long) d.scale()) > ReadLimits.MAX_DECIMAL_SCALE || d.precision() > ReadLimits.MAX_NUMBER_LENGTH) {
        problem(p, "the number " + Excerpt.of(n.asText()) + " is too large or too precise");
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        checkScalars(n.get(i), p + "[" + i + "]");
      }
    } else if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String fp = p + "." + Excerpt.of(e.getKey());
        if (!wellFormed(e.getKey())) {
          problem(fp, "the field name contains a lone UTF-16 surrogate");
        }
        checkScalars(e.getValue(), fp);
      }
    }
  }

  /** @return true if {@code s} has no lone surrogate, so that it survives UTF-8 writing and reading */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private void checkFields(JsonNode n, String path, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problem(path + "." + Excerpt.of(f), "unknown field '" + Excerpt.of(f) + "' (allowed here: " + String.join(", ", allowed) + ")");
      }
    }
  }

  private boolean requireType(JsonNode n, String path, java.util.function.Predicate<JsonNode> test, String what) {
    if (n == null || n.isMissingNode()) {
      problem(path, "missing (expected " + what + ")");
      return false;
    }
    if (!test.test(n)) {
      problem(path, "expected " + what + ", not " + describe(n));
      return false;
    }
    return true;
  }

  private String requiredText(JsonNode parent, String path, String field) {
    JsonNode n = parent.get(field);
    String p = path + "." + field;
    if (n == null || n.isNull()) {
      problem(p, "missing (expected a string)");
      return null;
    }
    if (!n.isTextual()) {
      problem(p, "expected a string, not " + describe(n));
      return null;
    }
    return n.textValue();
  }

  private Optional<String> optionalText(JsonNode parent, String path, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      problem(path + "." + field, "expected a string or null, not " + describe(n));
      return Optional.empty();
    }
    return Optional.of(n.textValue());
  }

  private RegionCode requiredRegion(JsonNode parent, String path, String field) {
    String s = requiredText(parent, path, field);
    if (s == null) {
      return null;
    }
    try {
      return RegionCode.of(s);
    } catch (IllegalArgumentException e) {
      problem(path + "." + field, e.getMessage());
      return null;
    }
  }

  private LocalDate requiredDate(JsonNode parent, String path, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      problem(path + "." + field, "missing (expected an ISO date such as \"2020-01-01\")");
      return null;
    }
    return date(n, path + "." + field);
  }

  private Optional<LocalDate> optionalDate(JsonNode parent, String path, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    return Optional.ofNullable(date(n, path + "." + field));
  }

  private LocalDate date(JsonNode n, String p) {
    if (!n.isTextual()) {
      problem(p, "expected an ISO date string such as \"2020-01-01\", not " + describe(n));
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(n.textValue());
    } catch (DateTimeParseException e) {
      problem(p, "date '" + Excerpt.of(n.textValue()) + "' is not an ISO date such as \"2020-01-01\"");
      return null;
    }
    if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
      problem(p, "date " + d + " is outside " + FIRST_DATE + " to " + LAST_DATE);
      return null;
    }
    return d;
  }

  private static String suggestion(String id) {
    if (id.length() > 100) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ParameterKey<?> k : Parameters.all()) {
      int d = distance(id, k.id());
      if (d < bestDistance) {
        bestDistance = d;
        best = k.id();
      }
    }
    return best != null && bestDistance <= 3 ? " (did you mean '" + best + "'?)" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "the string \"" + Excerpt.of(n.textValue()) + "\"";
    }
    if (n.isNumber()) {
      return "the number " + Excerpt.of(n.asText());
    }
    if (n.isBoolean()) {
      return "the boolean " + n.asText();
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n instanceof ObjectNode) {
      return "an object";
    }
    return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

}
