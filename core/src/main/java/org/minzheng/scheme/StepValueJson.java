package org.minzheng.scheme;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minzheng.household.AssistanceCause;
import org.minzheng.household.DailyActivity;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.SelfCareLevel;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.DibaoMethod;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.LeapDayBirthday;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Status;

/**
 * The JSON form of a step's typed values: an object with one member naming the type, e.g.
 * {@code {"money": "570.00"}}, {@code {"count": 3}}, {@code {"fact": true}},
 * {@code {"enum": "ResidenceType.URBAN"}}, {@code {"rounding": "HALF_UP/FEN"}}, {@code {"list": [...]}}. An unknown fact is JSON null.
 */
final class StepValueJson {
  private StepValueJson() {}

  /** The enums a step of the built-in schemes uses, by simple name; other enums read back as text. */
  private static final Map<String, Function<String, Object>> ENUMS = Map.ofEntries(
      Map.entry("ResidenceType", ResidenceType::valueOf), Map.entry("SelfCareLevel", SelfCareLevel::valueOf),
      Map.entry("DisabilityCategory", DisabilityCategory::valueOf), Map.entry("Outcome", Outcome::valueOf),
      Map.entry("AgeReference", AgeReference::valueOf), Map.entry("DibaoMethod", DibaoMethod::valueOf),
      Map.entry("AssistanceCause", AssistanceCause::valueOf), Map.entry("Status", Status::valueOf),
      Map.entry("LeapDayBirthday", LeapDayBirthday::valueOf), Map.entry("IncomeCategory", IncomeCategory::valueOf),
      Map.entry("DailyActivity", DailyActivity::valueOf));

  static final class Serializer extends JsonSerializer<Object> {
    @Override
    public void serialize(Object v, JsonGenerator g, SerializerProvider p) throws IOException {
      write(v, g);
    }
  }

  static final class Deserializer extends JsonDeserializer<Object> {
    @Override
    public Object deserialize(JsonParser p, DeserializationContext c) throws IOException {
      return read(p.readValueAsTree(), c);
    }
  }

  static void write(Object v, JsonGenerator g) throws IOException {
    if (v == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (v instanceof Money) {
      g.writeStringField("money", v.toString());
    } else if (v instanceof Integer) {
      g.writeNumberField("count", (Integer) v);
    } else if (v instanceof Long) {
      g.writeNumberField("long", (Long) v);
    } else if (v instanceof Boolean) {
      g.writeBooleanField("fact", (Boolean) v);
    } else if (v instanceof BigDecimal) {
      g.writeStringField("decimal", ((BigDecimal) v).toPlainString());
    } else if (v instanceof LocalDate) {
      g.writeStringField("date", v.toString());
    } else if (v instanceof YearMonth) {
      g.writeStringField("month", v.toString());
    } else if (v instanceof RegionCode) {
      g.writeStringField("region", ((RegionCode) v).code());
    } else if (v instanceof Rounding) {
      g.writeStringField("rounding", v.toString());
    } else if (v instanceof Enum) {
      Enum<?> e = (Enum<?>) v;
      g.writeStringField("enum", e.getDeclaringClass().getSimpleName() + "." + e.name());
    } else if (v instanceof org.minzheng.standard.Scheme) {
      g.writeStringField("scheme", ((org.minzheng.standard.Scheme) v).name());
    } else if (v instanceof DependencyCase) {
      DependencyCase dc = (DependencyCase) v;
      g.writeObjectFieldStart("case");
      g.writeArrayFieldStart("schemes");
      for (org.minzheng.standard.Scheme s : dc.schemes()) {
        g.writeString(s.name());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("statuses");
      for (Outcome o : dc.statuses()) {
        g.writeString(o.name());
      }
      g.writeEndArray();
      g.writeEndObject();
    } else if (v instanceof ExactQuotient) {
      ExactQuotient q = (ExactQuotient) v;
      g.writeObjectFieldStart("quotient");
      g.writeStringField("numerator", q.numerator().toString());
      g.writeNumberField("denominator", q.denominator());
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeArrayFieldStart("list");
      for (Object o : (List<?>) v) {
        write(o, g);
      }
      g.writeEndArray();
    } else {
      g.writeStringField("text", v.toString());
    }
    g.writeEndObject();
  }

  static Object read(JsonNode n, DeserializationContext c) throws IOException {
    if (n == null || n.isNull()) {
      return null;
    }
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    if (!n.isObject() || !it.hasNext()) {
      throw c.weirdStringException(n.toString(), Object.class, "a step value is an object with one member naming its type");
    }
    Map.Entry<String, JsonNode> e = it.next();
    JsonNode v = e.getValue();
    switch (e.getKey()) {
      case "money":
        return Money.parse(v.asText());
      case "count":
        return v.intValue();
      case "long":
        return v.longValue();
      case "fact":
        return v.booleanValue();
      case "decimal":
        return new BigDecimal(v.asText());
      case "date":
        return LocalDate.parse(v.asText());
      case "month":
        return YearMonth.parse(v.asText());
      case "region":
        return RegionCode.of(v.asText());
      case "enum": {
        String s = v.asText();
        int dot = s.indexOf('.');
        Function<String, Object> f = dot < 0 ? null : ENUMS.get(s.substring(0, dot));
        return f == null ? s : f.apply(s.substring(dot + 1));
      }
      case "scheme":
        return org.minzheng.standard.Scheme.find(v.asText()).map(x -> (Object) x).orElse(v.asText());
      case "case": {
        List<org.minzheng.standard.Scheme> schemes = new ArrayList<>();
        List<Outcome> statuses = new ArrayList<>();
        for (JsonNode x : v.path("schemes")) {
          java.util.Optional<org.minzheng.standard.Scheme> s = org.minzheng.standard.Scheme.find(x.asText());
          if (s.isEmpty()) {
            return v.toString(); // a scheme not installed here: kept as text
          }
          schemes.add(s.get());
        }
        for (JsonNode x : v.path("statuses")) {
          statuses.add(Outcome.valueOf(x.asText()));
        }
        return new DependencyCase(schemes, statuses);
      }
      case "quotient":
        return new ExactQuotient(Money.parse(v.get("numerator").asText()), v.get("denominator").intValue());
      case "list": {
        List<Object> l = new ArrayList<>();
        for (JsonNode x : v) {
          l.add(read(x, c));
        }
        return l;
      }
      case "rounding":
        return Rounding.parse(v.asText());
      case "text":
        return v.asText();
      default:
        throw c.weirdStringException(e.getKey(), Object.class, "unknown step value type '" + e.getKey() + "'");
    }
  }
}
