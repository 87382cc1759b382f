package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One step of an explanation, as data: which rule step ran, with which typed arguments and
 * parameters, and what it gave. No sentence is stored: {@link #render(Locale)} (or
 * {@link StepMessages#text}) builds the text from the message bundles when someone asks.
 *
 * <p>Arguments and the result are plain values: {@link org.minzheng.standard.Money} (fen),
 * {@link Integer} counts and ages, {@link Boolean} facts ({@code null} for an unknown fact),
 * {@link java.math.BigDecimal} rates and multipliers, {@link java.time.LocalDate} and
 * {@link java.time.YearMonth}, enum constants, {@link String} identifiers (resident IDs, household
 * ids, region codes, classes), {@link ExactQuotient}, and lists of these. In JSON each is an object
 * naming its type, e.g. {@code {"money": "570.00"}}.
 *
 * @param key the step key, stable across versions and the key of its message, e.g. {@code dibao.gap}, not null
 * @param arguments the typed arguments, in the order the messages number them ({0}, {1}, …); may hold null
 * @param parameters the parameters used, with their provenance
 * @param result what the step gave, typed like an argument; null if nothing (or an unknown fact)
 * @since 0.1
 */
public record Step(
    String key,
    @JsonSerialize(contentUsing = StepValueJson.Serializer.class)
    @JsonDeserialize(contentUsing = StepValueJson.Deserializer.class)
    List<Object> arguments,
    List<ParameterUse> parameters,
    @JsonSerialize(using = StepValueJson.Serializer.class)
    @JsonDeserialize(using = StepValueJson.Deserializer.class)
    Object result) {
  /**
   * Checks the key and keeps the lists unmodifiable (the arguments may hold null, an unknown fact).
   *
   * @param key the step key, stable across versions and the key of its message, e.g. {@code dibao.gap}, not null
   * @param arguments the typed arguments, in the order the messages number them ({0}, {1}, …); may hold null
   * @param parameters the parameters used, with their provenance
   * @param result what the step gave, typed like an argument; null if nothing (or an unknown fact)
   */
  public Step {
    requireNonNull(key, "key");
    arguments = arguments == null ? List.of() : unmodifiable(arguments);
    parameters = List.copyOf(parameters);
  }

  /**
   * A step with the given arguments, which are kept as given (not copied): for the engine, which
   * passes a fresh varargs array.
   *
   * @param key the step key, not null
   * @param parameters the parameters used, not null
   * @param result the result, or null
   * @param arguments the arguments, in message order
   * @return the step
   */
  public static Step of(String key, List<ParameterUse> parameters, Object result, Object... arguments) {
    return new Step(key, new Args(arguments), parameters, result);
  }

  /**
   * The step key, under its name before 0.2.
   *
   * @return {@link #key()}
   */
  @JsonIgnore
  public String rule() {
    return key;
  }

  /**
   * This step's text in the locale's language, from the built-in message bundles.
   *
   * @param locale the language, not null
   * @return the text
   */
  public String render(Locale locale) {
    return StepMessages.installed().text(this, locale);
  }

  private static List<Object> unmodifiable(List<Object> l) {
    if (l instanceof Args) {
      return l;
    }
    return new Args(new ArrayList<>(l).toArray());
  }

  /** An unmodifiable list over an array that may hold null; equal to any list with the same elements. */
  private static final class Args extends java.util.AbstractList<Object> implements java.util.RandomAccess {
    private final Object[] a;

    Args(Object[] a) {
      this.a = a;
    }

    @Override
    public Object get(int index) {
      return a[index];
    }

    @Override
    public int size() {
      return a.length;
    }

    @Override
    public String toString() {
      return Arrays.toString(a);
    }
  }
}
