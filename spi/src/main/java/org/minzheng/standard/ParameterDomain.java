package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a parameter may take: its range, its allowed names, its required map keys. Every
 * {@link ParameterKey} has one; core's standards parser refuses, at load, a document whose value lies
 * outside its parameter's domain, and the conformance kit applies the same check. A domain is what
 * guarantees that nothing a loaded standards document contains makes a calculation throw or pay a
 * negative amount.
 *
 * <p>A key created without a domain gets {@link #defaultFor its type's default}: money 0 to
 * {@link #MONEY_CEILING}, decimals 0 to {@link #DECIMAL_CEILING}, whole numbers 0 to
 * {@link #INTEGER_CEILING}, rounding rules other than {@code UNNECESSARY} (which throws when rounding
 * is needed), age bands with ages 0–150.
 *
 * @since 0.3
 */
public final class ParameterDomain {
  /** The highest monthly money value a parameter may have: 100,000 yuan. */
  public static final Money MONEY_CEILING = Money.ofFen(100_000_00L);
  /** The highest decimal (ratio, percentage) a parameter may have by default. */
  public static final BigDecimal DECIMAL_CEILING = BigDecimal.valueOf(1_000_000);
  /** The highest whole number a parameter may have by default. */
  public static final int INTEGER_CEILING = 1_000_000;
  /** The highest age in years any parameter may name. */
  public static final int MAX_AGE = 150;

  private interface Check {
    void check(Object value, String path, List<String> problems);
  }

  private final String description;
  private final Check check;

  private ParameterDomain(String description, Check check) {
    this.description = description;
    this.check = check;
  }

  /**
   * Money from {@code min} to {@code max}, inclusive.
   *
   * @param min the lowest amount, not negative
   * @param max the highest amount, at most {@link #MONEY_CEILING}
   * @return the domain
   */
  public static ParameterDomain money(Money min, Money max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    if (min.isNegative() || max.compareTo(MONEY_CEILING) > 0 || min.compareTo(max) > 0) {
      throw new IllegalArgumentException("money domain " + min + ".." + max + " is not within 0.00.." + MONEY_CEILING);
    }
    return new ParameterDomain("money " + min + " to " + max, (v, p, out) -> money(v, min, max, p, out));
  }

  /**
   * A decimal from {@code min} to {@code max}, inclusive.
   *
   * @param min the lowest value, not null
   * @param max the highest value, not null, not below {@code min}
   * @return the domain
   */
  public static ParameterDomain decimal(BigDecimal min, BigDecimal max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("decimal domain " + min + ".." + max + " is empty");
    }
    return new ParameterDomain("a decimal from " + min.toPlainString() + " to " + max.toPlainString(), (v, p, out) -> {
      BigDecimal d = (BigDecimal) v;
      if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
        out.add(p + ": " + Excerpt.of(d.toString()) + " is outside " + min.toPlainString() + " to " + max.toPlainString());
      }
    });
  }

  /**
   * A whole number from {@code min} to {@code max}, inclusive.
   *
   * @param min the lowest value
   * @param max the highest value, not below {@code min}
   * @return the domain
   */
  public static ParameterDomain integer(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("integer domain " + min + ".." + max + " is empty");
    }
    return new ParameterDomain("a whole number from " + min + " to " + max, (v, p, out) -> integer((Integer) v, min, max, p, out));
  }

  /**
   * A map whose keys are among {@code allowed}, which contains every key of {@code required}, and
   * whose values each lie in {@code values}.
   *
   * @param allowed the allowed keys, not null
   * @param required the keys that must be present, a subset of {@code allowed}, not null
   * @param values the domain of each value, not null
   * @return the domain
   */
  public static ParameterDomain map(Collection<String> allowed, Collection<String> required, ParameterDomain values) {
    Set<String> a = ImmutableSet.copyOf(allowed);
    Set<String> r = ImmutableSet.copyOf(required);
    requireNonNull(values, "values");
    if (!a.containsAll(r)) {
      throw new IllegalArgumentException("required keys " + r + " are not all allowed " + a);
    }
    String d = "an object with keys among " + a + (r.isEmpty() ? "" : " (required: " + r + ")") + ", each value "
        + values.description;
    return new ParameterDomain(d, (v, p, out) -> {
      Map<?, ?> m = (Map<?, ?>) v;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = (String) e.getKey();
        String ep = p + "['" + Excerpt.of(k) + "']";
        if (!a.contains(k)) {
          out.add(ep + ": unknown key '" + Excerpt.of(k) + "' (allowed: " + String.join(", ", a) + ")");
        } else {
          values.check.check(e.getValue(), ep, out);
        }
      }
      for (String k : r) {
        if (!m.containsKey(k)) {
          out.add(p + ": missing the key '" + k + "' (required: " + String.join(", ", r) + ")");
        }
      }
    });
  }

  /**
   * A list of names, each among {@code allowed}.
   *
   * @param allowed the allowed entries, not null
   * @return the domain
   */
  public static ParameterDomain entries(Collection<String> allowed) {
    Set<String> a = ImmutableSet.copyOf(allowed);
    return new ParameterDomain("a list of entries among " + a, (v, p, out) -> {
      List<?> l = (List<?>) v;
      for (int i = 0; i < l.size(); i++) {
        if (!a.contains(l.get(i))) {
          out.add(p + "[" + i + "]: unknown entry '" + Excerpt.of((String) l.get(i)) + "' (allowed: " + String.join(", ", a) + ")");
        }
      }
    });
  }

  /**
   * The domain a key of {@code type} has when it declares none (see the class comment).
   *
   * @param type the parameter type, not null
   * @return the domain
   */
  public static ParameterDomain defaultFor(ParameterType<?> type) {
    requireNonNull(type, "type");
    if (type == ParameterType.MONEY) {
      return money(Money.ZERO, MONEY_CEILING);
    }
    if (type == ParameterType.DECIMAL) {
      return decimal(BigDecimal.ZERO, DECIMAL_CEILING);
    }
    if (type == ParameterType.INTEGER) {
      return integer(0, INTEGER_CEILING);
    }
    if (type == ParameterType.ROUNDING) {
      return new ParameterDomain("a rounding rule whose mode is not UNNECESSARY", (v, p, out) -> {
        if (((Rounding) v).mode() == RoundingMode.UNNECESSARY) {
          out.add(p + ": rounding mode UNNECESSARY is refused: it fails whenever an amount needs rounding");
        }
      });
    }
    if (type.javaType() == RoundingMode.class) {
      return new ParameterDomain("a rounding mode other than UNNECESSARY", (v, p, out) -> {
        if (v == RoundingMode.UNNECESSARY) {
          out.add(p + ": rounding mode UNNECESSARY is refused: it fails whenever a value needs rounding");
        }
      });
    }
    if (type == ParameterType.MONEY_MAP) {
      return new ParameterDomain("an object of money 0.00 to " + MONEY_CEILING, (v, p, out) -> {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          money(e.getValue(), Money.ZERO, MONEY_CEILING, p + "['" + Excerpt.of((String) e.getKey()) + "']", out);
        }
      });
    }
    if (type == ParameterType.INTEGER_MAP) {
      return new ParameterDomain("an object of whole numbers 0 to " + INTEGER_CEILING, (v, p, out) -> {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          integer((Integer) e.getValue(), 0, INTEGER_CEILING, p + "['" + Excerpt.of((String) e.getKey()) + "']", out);
        }
      });
    }
    if (type == ParameterType.AGE_BANDS) {
      return new ParameterDomain("age bands with ages 0 to " + MAX_AGE + ", ascending (each band runs from its minAge to "
          + "the next band's), and amounts 0.00 to " + MONEY_CEILING,
          (v, p, out) -> {
            List<?> l = (List<?>) v;
            for (int i = 0; i < l.size(); i++) {
              AgeBand b = (AgeBand) l.get(i);
              integer(b.minAge(), 0, MAX_AGE, p + "[" + i + "].minAge", out);
              money(b.amount(), Money.ZERO, MONEY_CEILING, p + "[" + i + "].amount", out);
              if (i > 0 && b.minAge() <= ((AgeBand) l.get(i - 1)).minAge()) {
                out.add(p + "[" + i + "].minAge: age bands must ascend: minAge " + b.minAge() + " follows "
                    + ((AgeBand) l.get(i - 1)).minAge() + " (bands that overlap or repeat an age are ambiguous)");
              }
            }
          });
    }
    return new ParameterDomain("any value of type " + type, (v, p, out) -> { });
  }

  private static void money(Object v, Money min, Money max, String p, List<String> out) {
    Money m = (Money) v;
    if (m.compareTo(min) < 0 || m.compareTo(max) > 0) {
      out.add(p + ": money " + m + " is outside " + min + " to " + max);
    }
  }

  private static void integer(int v, int min, int max, String p, List<String> out) {
    if (v < min || v > max) {
      out.add(p + ": " + v + " is outside " + min + " to " + max);
    }
  }

  /**
   * The problems of a value: empty when it lies in this domain.
   *
   * @param value a value of the parameter's type, not null
   * @param path where the value is, e.g. a JSON path; each problem starts with it (or a path below it)
   * @return the problems, each "path: what is wrong"
   */
  public List<String> problems(Object value, String path) {
    requireNonNull(value, "value");
    List<String> out = new ArrayList<>();
    check.check(value, path, out);
    return List.copyOf(out);
  }

  /** @return the domain in words, e.g. {@code money 0.00 to 100000.00} */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
