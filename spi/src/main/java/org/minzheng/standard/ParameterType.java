package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The type of a parameter's value, with its Java class and a readable text form for explanations.
 *
 * <p>The JSON forms (read by core's standards parser) are: {@link #MONEY} a decimal-yuan string
 * {@code "570.00"}; {@link #DECIMAL} a decimal string {@code "1.3"}; {@link #INTEGER} a number;
 * {@link #BOOLEAN} {@code true}/{@code false}; {@link #ROUNDING} {@code "HALF_UP/FEN"};
 * {@link #REGION} a six-digit string; {@link #TEXT_LIST} an array of strings; {@link #MONEY_MAP}
 * an object of decimal-yuan strings; {@link #INTEGER_MAP} an object of numbers; {@link #AGE_BANDS}
 * an array of {@code {"minAge": 80, "amount": "50.00"}}; an enum type the constant's name.
 *
 * @param <T> the Java type of the value
 * @since 0.1
 */
public final class ParameterType<T> {
  /** Exact money, {@link Money}. */
  public static final ParameterType<Money> MONEY = new ParameterType<>("MONEY", Money.class, null);
  /** An exact decimal (a ratio, a percentage), {@link BigDecimal}. */
  public static final ParameterType<BigDecimal> DECIMAL = new ParameterType<>("DECIMAL", BigDecimal.class, null);
  /** A whole number (an age, a count). */
  public static final ParameterType<Integer> INTEGER = new ParameterType<>("INTEGER", Integer.class, null);
  /** A yes/no rule. */
  public static final ParameterType<Boolean> BOOLEAN = new ParameterType<>("BOOLEAN", Boolean.class, null);
  /** A rounding rule, {@link Rounding}. */
  public static final ParameterType<Rounding> ROUNDING = new ParameterType<>("ROUNDING", Rounding.class, null);
  /** A region, {@link RegionCode}. */
  public static final ParameterType<RegionCode> REGION = new ParameterType<>("REGION", RegionCode.class, null);
  /** A list of names (categories, covered groups). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ParameterType<List<String>> TEXT_LIST = new ParameterType("TEXT_LIST", List.class, null);
  /** Amounts by a name (a class, a level), in a stable order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ParameterType<Map<String, Money>> MONEY_MAP = new ParameterType("MONEY_MAP", Map.class, null);
  /** Whole numbers by a name, in a stable order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ParameterType<Map<String, Integer>> INTEGER_MAP = new ParameterType("INTEGER_MAP", Map.class, null);
  /** Age bands in ascending {@code minAge}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ParameterType<List<AgeBand>> AGE_BANDS = new ParameterType("AGE_BANDS", List.class, null);

  private final String name;
  private final Class<T> javaType;
  private final Class<? extends Enum<?>> enumType;

  private ParameterType(String name, Class<T> javaType, Class<? extends Enum<?>> enumType) {
    this.name = name;
    this.javaType = javaType;
    this.enumType = enumType;
  }

  /**
   * The type of a parameter whose value is one constant of {@code type}.
   *
   * @param type the enum class, not null
   * @param <E> the enum
   * @return the parameter type
   */
  public static <E extends Enum<E>> ParameterType<E> ofEnum(Class<E> type) {
    requireNonNull(type, "type");
    return new ParameterType<>("ENUM:" + type.getSimpleName(), type, type);
  }

  /** @return the name, e.g. {@code MONEY} or {@code ENUM:AgeReference} */
  public String name() {
    return name;
  }

  /** @return the Java class of values */
  public Class<T> javaType() {
    return javaType;
  }

  /** @return true if values are constants of an enum */
  public boolean isEnum() {
    return enumType != null;
  }

  /**
   * Reads an enum constant by name.
   *
   * @param constant the constant's name, not null
   * @return the constant
   * @throws IllegalArgumentException if this is not an enum type or the name is unknown; the message lists the names
   */
  public T enumConstant(String constant) {
    if (enumType == null) {
      throw new IllegalArgumentException("parameter type " + name + " is not an enum");
    }
    for (Enum<?> e : enumType.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return javaType.cast(e);
      }
    }
    throw new IllegalArgumentException("'" + Excerpt.of(constant) + "' is not one of "
        + java.util.Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /**
   * The text an explanation shows for a value of this type.
   *
   * @param value the value, not null
   * @return its readable form
   */
  public String format(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof List && this == AGE_BANDS) {
      return ((List<?>) value).stream()
          .map(b -> ((AgeBand) b).minAge() + "+: " + ((AgeBand) b).amount())
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
