package org.minzheng.standard;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A scheme, or another group of parameters a standards module can claim for a region and period:
 * an open identifier. The built-in schemes are the constants below (those of the minimum living
 * guarantee and its neighbours, plus {@link #GENERAL}, {@link #INSTITUTIONS} and
 * {@link #COMMUNITY_GRIDS}, which group the parameters that are not a benefit); a scheme module adds
 * its own with {@link #define}, like a county's centenarian top-up.
 *
 * <p>There is one instance per name, so schemes compare with {@code ==} as the constants of an enum
 * would; {@link #name()}, {@link #ordinal()}, {@link #values()} and {@link #valueOf} behave as an
 * enum's do for the built-ins. Thread-safe.
 *
 * @since 0.1
 */
public final class Scheme implements Comparable<Scheme> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Map<String, Scheme> BY_NAME = new ConcurrentHashMap<>();
  private static final List<Scheme> BUILT_IN = new ArrayList<>();
  private static final List<Scheme> ALL = new ArrayList<>();

  /** Parameters every scheme shares (age reference). */
  public static final Scheme GENERAL = builtIn("GENERAL", "通用", "General", false);
  /** 最低生活保障 (dibao), per household, monthly. */
  public static final Scheme DIBAO = builtIn("DIBAO", "最低生活保障", "Minimum living guarantee", true);
  /** 特困人员救助供养, per person, monthly. */
  public static final Scheme EXTREME_POVERTY = builtIn("EXTREME_POVERTY", "特困人员救助供养", "Extreme-poverty support", true);
  /** 临时救助, per case, one-off. */
  public static final Scheme TEMPORARY_ASSISTANCE = builtIn("TEMPORARY_ASSISTANCE", "临时救助", "Temporary assistance", true);
  /** 价格临时补贴, per person, monthly. */
  public static final Scheme PRICE_SUBSIDY = builtIn("PRICE_SUBSIDY", "价格临时补贴", "Price-linked temporary subsidy", true);
  /** 高龄津贴, per person, monthly. */
  public static final Scheme OLD_AGE_ALLOWANCE = builtIn("OLD_AGE_ALLOWANCE", "高龄津贴", "Old-age allowance", true);
  /** 困难残疾人生活补贴, per person, monthly. */
  public static final Scheme DISABILITY_LIVING_SUBSIDY = builtIn("DISABILITY_LIVING_SUBSIDY", "困难残疾人生活补贴",
      "Living subsidy for disabled people in hardship", true);
  /** 重度残疾人护理补贴, per person, monthly. */
  public static final Scheme DISABILITY_NURSING_SUBSIDY = builtIn("DISABILITY_NURSING_SUBSIDY", "重度残疾人护理补贴",
      "Nursing subsidy for severely disabled people", true);
  /** 民政服务机构: dual-prevention coverage and nursing-bed targets. */
  public static final Scheme INSTITUTIONS = builtIn("INSTITUTIONS", "民政服务机构", "Institutions", false);
  /** 社区网格. */
  public static final Scheme COMMUNITY_GRIDS = builtIn("COMMUNITY_GRIDS", "社区网格", "Community grids", false);

  private final String name;
  private final String chinese;
  private final String english;
  private final boolean benefit;
  private final int ordinal;

  private Scheme(String name, String chinese, String english, boolean benefit, int ordinal) {
    this.name = name;
    this.chinese = chinese;
    this.english = english;
    this.benefit = benefit;
    this.ordinal = ordinal;
  }

  private static Scheme builtIn(String name, String chinese, String english, boolean benefit) {
    Scheme s = new Scheme(name, chinese, english, benefit, ALL.size());
    BY_NAME.put(name, s);
    BUILT_IN.add(s);
    ALL.add(s);
    return s;
  }

  /**
   * Defines a benefit scheme that is not built in, or returns it if it is already defined with the
   * same names (so that loading a scheme module twice is harmless).
   *
   * @param name the identifier, upper case with digits and underscores, e.g. {@code CENTENARIAN_TOP_UP}, not null
   * @param chinese the Chinese name, not null
   * @param english the English name, not null
   * @return the scheme
   * @throws IllegalArgumentException if the name is malformed, or already names a scheme with other names
   * @since 0.2
   */
  public static Scheme define(String name, String chinese, String english) {
    requireNonNull(name, "name");
    requireNonNull(chinese, "chinese");
    requireNonNull(english, "english");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("scheme name '" + name + "' is not upper case letters, digits and underscores");
    }
    synchronized (ALL) {
      Scheme existing = BY_NAME.get(name);
      if (existing != null) {
        if (!existing.chinese.equals(chinese) || !existing.english.equals(english) || !existing.benefit) {
          throw new IllegalArgumentException("scheme " + name + " is already defined as " + existing.describe()
              + "; cannot define it again as " + chinese + " / " + english);
        }
        return existing;
      }
      Scheme s = new Scheme(name, chinese, english, true, ALL.size());
      ALL.add(s);
      BY_NAME.put(name, s);
      return s;
    }
  }

  /**
   * The built-in schemes, in declaration order, as an enum's {@code values()}.
   *
   * @return a new array
   */
  public static Scheme[] values() {
    return BUILT_IN.toArray(new Scheme[0]);
  }

  /**
   * Every scheme defined so far: the built-ins, then those of scheme modules in the order they were defined.
   *
   * @return the schemes, not null
   * @since 0.2
   */
  public static List<Scheme> all() {
    synchronized (ALL) {
      return List.copyOf(ALL);
    }
  }

  /**
   * The scheme with a name, as an enum's {@code valueOf}.
   *
   * @param name the name, not null
   * @return the scheme
   * @throws IllegalArgumentException if no scheme has that name
   */
  public static Scheme valueOf(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no scheme named '" + name + "' (defined: "
        + all().stream().map(Scheme::name).toList() + ")"));
  }

  /**
   * @param name a name, not null
   * @return the scheme with that name, if one is defined
   * @since 0.2
   */
  public static Optional<Scheme> find(String name) {
    return Optional.ofNullable(BY_NAME.get(requireNonNull(name, "name")));
  }

  /** @return the identifier, e.g. {@code DIBAO} */
  public String name() {
    return name;
  }

  /** @return the position among {@link #all()}: declaration order for the built-ins */
  public int ordinal() {
    return ordinal;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the English name */
  public String english() {
    return english;
  }

  /** @return true for a scheme that pays money to a beneficiary */
  public boolean isBenefit() {
    return benefit;
  }

  /**
   * @return true for one of the constants of this class
   * @since 0.2
   */
  public boolean isBuiltIn() {
    return ordinal < BUILT_IN.size();
  }

  @Override
  public int compareTo(Scheme o) {
    return Integer.compare(ordinal, o.ordinal);
  }

  private String describe() {
    return chinese + " / " + english + (benefit ? "" : " (not a benefit)");
  }

  /** @return the name, as an enum's */
  @Override
  public String toString() {
    return name;
  }
}
