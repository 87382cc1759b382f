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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minzheng.household.InvalidInputException;
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
 * ({@code "2020-10-01"}, months {@code "2020-10"}). Unknown properties are errors.
 *
 * <p>{@link #read(JsonNode, Class)} and {@link #read(byte[], Class)} turn every bad value into an
 * {@link InvalidInputException} whose one line names the field path and the value in the user's words,
 * e.g. {@code at members[0].id (line 1, column 52): resident ID '4104021980' is not 17 digits and a check
 * character (0-9 or X)} or {@code at residenceType: 'URBN' is not one of [URBAN, RURAL]}, never Jackson's
 * class names; {@link #describe(JsonProcessingException)} gives that line for an exception of a mapper
 * used directly.
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

  /**
   * Binds a JSON tree, reporting a bad value in the user's words.
   *
   * @param <T> the type
   * @param tree the JSON, not null
   * @param type the type to bind, e.g. {@code Household.class}, not null
   * @return the value
   * @throws InvalidInputException naming the field path and value if the JSON does not bind
   */
  public static <T> T read(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw invalidInput(e);
    }
  }

  /**
   * Reads UTF-8 JSON, reporting a bad value in the user's words.
   *
   * @param <T> the type
   * @param json the UTF-8 JSON, not null
   * @param type the type to bind, not null
   * @return the value
   * @throws InvalidInputException naming the field path and value (and line and column) if the JSON does not bind
   */
  public static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw invalidInput(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @param e a failure of this module's mapper, not null
   * @return an {@link InvalidInputException} with the one line of {@link #describe(JsonProcessingException)},
   *     caused by {@code e}
   */
  public static InvalidInputException invalidInput(JsonProcessingException e) {
    InvalidInputException x = new InvalidInputException(describe(e));
    x.initCause(e);
    return x;
  }

  /**
   * One line naming the field path, the line and column if known, and what is wrong with the value, in the
   * user's words: the message of the library's own check (a resident ID, a region code, money) where there is
   * one, else Jackson's first sentence with Java class names reduced to the type's simple name.
   *
   * @param e a failure of a mapper, not null
   * @return e.g. {@code at members[0].residenceType (line 1, column 30): 'URBN' is not one of [URBAN, RURAL]}
   */
  public static String describe(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      sb.append("at ").append(path(m.getPath())).append(' ');
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      sb.append("(line ").append(e.getLocation().getLineNr()).append(", column ")
          .append(e.getLocation().getColumnNr()).append(")");
    }
    String message = userWords(e.getOriginalMessage());
    if (e instanceof UnrecognizedPropertyException u) {
      message = "unknown field \"" + u.getPropertyName() + "\"; the fields there are "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      message = "'" + f.getValue() + "' is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
          .map(Object::toString).collect(Collectors.toList());
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InvalidInputException i) {
        message = String.join("; ", i.problems());
        break;
      }
      if (c instanceof IllegalArgumentException || c instanceof IllegalStateException
          || c instanceof NullPointerException) {
        message = c.getMessage();
        break;
      }
    }
    if (sb.length() > 0) {
      sb.append(": ");
    }
    return sb.append(message == null ? "(no detail)" : message).toString().strip();
  }

  /** @return e.g. {@code members[0].incomes[1].amount}, or {@code $} for the root */
  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "$" : sb.toString();
  }

  /** Jackson's first line, without its reference chain, with {@code `a.b.ImmutableFoo$Json`} as {@code Foo}. */
  private static String userWords(String message) {
    if (message == null) {
      return null;
    }
    String line = message.lines().findFirst().orElse(message);
    int chain = line.indexOf(" (through reference chain");
    line = chain > 0 ? line.substring(0, chain) : line;
    return line.replaceAll("`?(?:[a-z_][a-z0-9_]*\\.)+(?:Immutable)?([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_$]+)?`?", "$1");
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
