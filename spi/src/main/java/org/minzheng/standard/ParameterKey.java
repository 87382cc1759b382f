package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The typed name of a parameter, as listed in {@link Parameters}: a built-in one, or one a scheme
 * module declares with {@link #of} and registers with {@link Parameters#register}.
 *
 * <p>Two keys are equal when their ids are equal.
 *
 * @param <T> the Java type of the parameter's value
 * @since 0.1
 */
public final class ParameterKey<T> {
  private final String id;
  private final Scheme scheme;
  private final ParameterType<T> type;
  private final ParameterUnit unit;
  private final String chinese;
  private final String english;
  private final ParameterDomain domain;

  ParameterKey(String id, Scheme scheme, ParameterType<T> type, ParameterUnit unit, String chinese, String english) {
    this(id, scheme, type, unit, chinese, english, null);
  }

  ParameterKey(String id, Scheme scheme, ParameterType<T> type, ParameterUnit unit, String chinese, String english,
      ParameterDomain domain) {
    this.id = requireNonNull(id, "id");
    checkArgument(id.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9+]*)+"), "parameter id '%s' is not dotted lowerCamel", id);
    this.scheme = requireNonNull(scheme, "scheme");
    this.type = requireNonNull(type, "type");
    this.unit = requireNonNull(unit, "unit");
    this.chinese = requireNonNull(chinese, "chinese");
    this.english = requireNonNull(english, "english");
    this.domain = domain == null ? ParameterDomain.defaultFor(type) : domain;
  }

  /**
   * A key for a scheme module's own parameter.
   *
   * @param <T> the Java type of the value
   * @param id the id, dotted lowerCamel starting with the scheme's prefix, e.g. {@code centenarian.amount}, not null
   * @param scheme the scheme whose claim covers the parameter, not null
   * @param type the type of the value, not null
   * @param unit the unit of the value, not null
   * @param chinese the Chinese name, not null
   * @param english the English name, not null
   * @return the key
   * @throws IllegalArgumentException if the id is not dotted lowerCamel
   * @since 0.2
   */
  public static <T> ParameterKey<T> of(String id, Scheme scheme, ParameterType<T> type, ParameterUnit unit, String chinese,
      String english) {
    return new ParameterKey<>(id, scheme, type, unit, chinese, english);
  }

  /**
   * A key for a scheme module's own parameter, with the values it may take. Core's standards parser
   * and the conformance kit refuse a value outside {@code domain}.
   *
   * @param <T> the Java type of the value
   * @param id the id, dotted lowerCamel starting with the scheme's prefix, not null
   * @param scheme the scheme whose claim covers the parameter, not null
   * @param type the type of the value, not null
   * @param unit the unit of the value, not null
   * @param chinese the Chinese name, not null
   * @param english the English name, not null
   * @param domain the values the parameter may take, not null
   * @return the key
   * @throws IllegalArgumentException if the id is not dotted lowerCamel
   * @since 0.3
   */
  public static <T> ParameterKey<T> of(String id, Scheme scheme, ParameterType<T> type, ParameterUnit unit, String chinese,
      String english, ParameterDomain domain) {
    return new ParameterKey<>(id, scheme, type, unit, chinese, english, requireNonNull(domain, "domain"));
  }

  /**
   * @return the values this parameter may take (its type's default domain when the key declared none)
   * @since 0.3
   */
  public ParameterDomain domain() {
    return domain;
  }

  /**
   * The problems of a value of this parameter: empty when the value lies in its {@link #domain()}.
   *
   * @param value a value of this key's type, not null
   * @param path where the value is (a JSON path), the start of every problem
   * @return the problems, each {@code "path: what is wrong (id)"}
   * @since 0.3
   */
  public java.util.List<String> problems(Object value, String path) {
    return domain.problems(value, path).stream().map(p -> p + " (" + id + ")").toList();
  }

  /** @return the stable id used in standards documents, e.g. {@code dibao.standard.urban} */
  public String id() {
    return id;
  }

  /** @return the scheme whose claim covers this parameter */
  public Scheme scheme() {
    return scheme;
  }

  /** @return the type of the value */
  public ParameterType<T> type() {
    return type;
  }

  /** @return the unit of the value */
  public ParameterUnit unit() {
    return unit;
  }

  /** @return what the parameter is, in Chinese */
  public String chinese() {
    return chinese;
  }

  /** @return what the parameter is, in English */
  public String english() {
    return english;
  }

  /**
   * Casts a value read for this key.
   *
   * @param value a value of this key's type
   * @return the value, typed
   */
  @SuppressWarnings("unchecked")
  public T cast(Object value) {
    return (T) value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterKey && ((ParameterKey<?>) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
