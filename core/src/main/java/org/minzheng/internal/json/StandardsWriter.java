package org.minzheng.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterType;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;

/**
 * Writes a {@link StandardSet} in the "minzheng-standards/1" format. Monthly values derived from an
 * annual figure are written as their monthly {@code value}, with the derivation kept in the note, so
 * that reading the output again gives equal parameter values.
 */
public final class StandardsWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StandardsWriter() {}

  public static String write(StandardSet set) {
    ObjectNode root = F.objectNode();
    root.put("format", StandardsReader.FORMAT);
    root.put("module", set.moduleId());
    root.put("version", set.version());
    root.put("title", set.title());
    set.published().ifPresent(d -> root.put("published", d.toString()));
    if (!set.supersedes().isEmpty()) {
      ArrayNode sup = root.putArray("supersedes");
      set.supersedes().forEach(sup::add);
    }
    LocalDate documentPublished = set.published().orElse(ParameterValue.ALWAYS_KNOWN);

    Map<String, LegalBasis> sources = new LinkedHashMap<>();
    for (RegionCode r : set.valueRegions()) {
      for (List<ParameterValue<?>> l : set.valuesFor(r).values()) {
        for (ParameterValue<?> v : l) {
          LegalBasis b = withoutArticle(v.basis());
          LegalBasis previous = sources.putIfAbsent(b.sourceId(), b);
          if (previous != null && !previous.equals(b)) {
            throw new IllegalArgumentException("standard set " + set.moduleId() + ": source id " + b.sourceId()
                + " names two different documents: " + previous + " and " + b);
          }
        }
      }
    }
    ObjectNode src = root.putObject("sources");
    for (LegalBasis b : sources.values()) {
      ObjectNode o = src.putObject(b.sourceId());
      o.put("documentNumber", b.documentNumber());
      o.put("title", b.title());
      b.titleEnglish().ifPresent(t -> o.put("titleEnglish", t));
      o.put("url", b.url().orElse(null));
      o.put("published", b.published().map(LocalDate::toString).orElse(null));
    }

    ArrayNode regions = root.putArray("regions");
    for (RegionInfo r : set.regions()) {
      ObjectNode o = regions.addObject();
      o.put("code", r.code().code());
      o.put("name", r.chinese());
      o.put("nameEnglish", r.english());
    }

    ArrayNode claims = root.putArray("claims");
    // Consecutive claims of one region and period become one entry with several schemes.
    List<Claim> all = set.claims();
    for (int i = 0; i < all.size(); ) {
      Claim c = all.get(i);
      List<Scheme> schemes = new ArrayList<>();
      int j = i;
      while (j < all.size() && all.get(j).region().equals(c.region())
          && all.get(j).effectiveFrom().equals(c.effectiveFrom())
          && all.get(j).effectiveUntil().equals(c.effectiveUntil())
          && !schemes.contains(all.get(j).scheme())) {
        schemes.add(all.get(j).scheme());
        j++;
      }
      ObjectNode o = claims.addObject();
      o.put("region", c.region().code());
      ArrayNode s = o.putArray("schemes");
      schemes.forEach(x -> s.add(x.name()));
      o.put("effectiveFrom", c.effectiveFrom().toString());
      o.put("effectiveUntil", c.effectiveUntil().map(LocalDate::toString).orElse(null));
      i = j;
    }

    ArrayNode parameters = root.putArray("parameters");
    for (RegionCode r : set.valueRegions()) {
      for (Map.Entry<ParameterKey<?>, List<ParameterValue<?>>> e : set.valuesFor(r).entrySet()) {
        ObjectNode p = parameters.addObject();
        p.put("region", r.code());
        p.put("id", e.getKey().id());
        p.put("unit", e.getKey().unit().name());
        ArrayNode values = p.putArray("values");
        for (ParameterValue<?> v : e.getValue()) {
          ObjectNode o = values.addObject();
          o.set("value", valueNode(v.key(), v.value()));
          o.put("effectiveFrom", v.effectiveFrom().toString());
          v.effectiveUntil().ifPresent(u -> o.put("effectiveUntil", u.toString()));
          o.put("status", v.status().name());
          if (v.datingStatus() != v.status()) {
            o.put("datingStatus", v.datingStatus().name());
          }
          o.put("source", v.basis().sourceId());
          v.basis().article().ifPresent(a -> o.put("article", a));
          v.note().ifPresent(n -> o.put("note", n));
          if (!v.published().equals(documentPublished)) {
            if (!v.hasPublicationDate()) {
              throw new IllegalArgumentException("standard set " + set.moduleId() + ": value " + v
                  + " has no publication date, but the module is published " + documentPublished
                  + "; the format cannot say 'unknown' for one value of a dated document");
            }
            o.put("published", v.published().toString());
          }
        }
      }
    }
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      return MAPPER.writer(pp).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write standards " + set.moduleId(), e);
    }
  }

  private static LegalBasis withoutArticle(LegalBasis b) {
    return new LegalBasis(b.sourceId(), b.documentNumber(), Optional.empty(), b.title(), b.titleEnglish(), b.url(),
        b.published());
  }

  @SuppressWarnings("unchecked")
  private static com.fasterxml.jackson.databind.JsonNode valueNode(ParameterKey<?> key, Object value) {
    ParameterType<?> type = key.type();
    if (type == ParameterType.MONEY) {
      return F.textNode(value.toString());
    } else if (type == ParameterType.DECIMAL) {
      return F.textNode(((BigDecimal) value).toPlainString());
    } else if (type == ParameterType.INTEGER) {
      return F.numberNode((Integer) value);
    } else if (type == ParameterType.BOOLEAN) {
      return F.booleanNode((Boolean) value);
    } else if (type == ParameterType.ROUNDING || type == ParameterType.REGION) {
      return F.textNode(value.toString());
    } else if (type == ParameterType.TEXT_LIST) {
      ArrayNode a = F.arrayNode();
      ((List<String>) value).forEach(a::add);
      return a;
    } else if (type == ParameterType.MONEY_MAP) {
      ObjectNode o = F.objectNode();
      ((Map<String, Money>) value).forEach((k, m) -> o.put(k, m.toString()));
      return o;
    } else if (type == ParameterType.INTEGER_MAP) {
      ObjectNode o = F.objectNode();
      ((Map<String, Integer>) value).forEach(o::put);
      return o;
    } else if (type == ParameterType.AGE_BANDS) {
      ArrayNode a = F.arrayNode();
      for (AgeBand b : (List<AgeBand>) value) {
        ObjectNode o = a.addObject();
        o.put("minAge", b.minAge());
        o.put("amount", b.amount().toString());
      }
      return a;
    } else if (type.isEnum()) {
      return F.textNode(((Enum<?>) value).name());
    }
    throw new AssertionError("parameter type " + type + " has no JSON form");
  }
}
