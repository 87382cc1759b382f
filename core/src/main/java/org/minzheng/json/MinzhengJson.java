package org.minzheng.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Rounding;
import org.minzheng.standard.Scheme;
import org.minzheng.scheme.SchemeModule;

/**
 * The JSON mapper for every minzheng input and result.
 *
 * <p>Money is a decimal-yuan <em>string</em> ({@code "355.00"}): exact, readable, never a float. A
 * region code is its six-digit string, a rounding rule {@code "HALF_UP/FEN"}, dates ISO-8601
 * ({@code "2020-10-01"}, months {@code "2020-10"}). Unknown properties are errors. A bad value fails
 * with Jackson's message, which names the JSON path and the value.
 *
 * @since 0.1
 */
public final class MinzhengJson {
  private static final JsonMapper MAPPER = newMapper();

  private MinzhengJson() {}

  /** @return the shared, thread-safe mapper (do not reconfigure it; use {@link #newMapper()} for that) */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** @return a new mapper configured as {@link #mapper()} */
  public static JsonMapper newMapper() {
    return JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(org.minzheng.internal.json.ReadLimits.CONSTRAINTS).build())
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The serialisers of the SPI's scalar types, for hosts that build their own mapper.
   *
   * @return a Jackson module for {@link Money}, {@link RegionCode}, {@link Rounding} and {@link Scheme}
   */
  public static SimpleModule module() {
    SimpleModule m = new SimpleModule("minzheng");
    scalar(m, Money.class, Money::parse);
    scalar(m, RegionCode.class, RegionCode::of);
    scalar(m, Rounding.class, Rounding::parse);
    // a scheme is its name; a scheme module's scheme is known once the module is installed
    scalar(m, Scheme.class, MinzhengJson::scheme);
    m.addKeyDeserializer(Scheme.class, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return scheme(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(Scheme.class, key, e.getMessage());
        }
      }
    });
    return m;
  }

  private static Scheme scheme(String name) {
    SchemeModule.installed(); // defines the schemes of installed modules
    return Scheme.valueOf(name);
  }

  private static <T> void scalar(SimpleModule m, Class<T> type, Function<String, T> parse) {
    m.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(value.toString());
      }
    });
    m.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && type == Money.class) {
          return type.cast(ctxt.handleUnexpectedToken(type, p.currentToken(), p,
              "money must be a decimal-yuan string such as \"355.00\", not a JSON number"));
        }
        String text = p.getValueAsString();
        if (text == null) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
        }
      }
    });
  }
}
