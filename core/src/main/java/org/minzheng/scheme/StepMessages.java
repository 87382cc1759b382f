package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns steps into sentences: for each step key, a {@link MessageFormat} pattern from the message
 * bundle of the step's scheme in the reader's language. Each scheme ships its own bundles, one per
 * language (Chinese and English for the built-in schemes); a third language is a new bundle, not a
 * code change. A language without a bundle is rendered in English.
 *
 * <p>The bundle of a step is chosen by the key's first segment ({@code dibao} for
 * {@code dibao.gap}); keys shared by several schemes ({@code dependency.*}, {@code standards.*},
 * {@code member.*}) and the words for values ({@code enum.ResidenceType.URBAN}, …) are in the
 * common bundle.
 *
 * <p>Arguments are formatted before they reach the pattern: money as yuan with two decimals, dates
 * ISO, decimals plain, enums by their {@code enum.<Type>.<NAME>} message (else their name), lists
 * joined by commas. A {@link Boolean} fact reaches the pattern as the number 1 (true), 0 (false) or
 * -1 (unknown), so that a pattern says it in words with a choice: {@code {2,choice,-1#unknown|0#no|1#yes}}.
 * Counts stay numbers, so that a pattern may use a choice for plurals.
 *
 * <p>Immutable and thread-safe; bundles are read once.
 *
 * @since 0.2
 */
public final class StepMessages {
  private static final String COMMON = "/org/minzheng/scheme/common_";
  private static final Map<String, Optional<ResourceBundle>> LOADED = new ConcurrentHashMap<>();
  private static final Map<FormatKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private record FormatKey(String pattern, Locale locale) {}
  /** The built-in bundles by step prefix, as resource paths before the language (no class reference, no package cycle). */
  private static final Map<String, String> BUILT_IN_PATHS = Map.of(
      "dibao", "/org/minzheng/schemes/dibao/dibao_",
      "extremePoverty", "/org/minzheng/schemes/extremepoverty/extremePoverty_",
      "temporaryAssistance", "/org/minzheng/schemes/temporary/temporaryAssistance_",
      "priceSubsidy", "/org/minzheng/schemes/price/priceSubsidy_",
      "oldAge", "/org/minzheng/schemes/oldage/oldAge_",
      "disabilityLiving", "/org/minzheng/schemes/disability/disabilityLiving_",
      "disabilityNursing", "/org/minzheng/schemes/disability/disabilityNursing_");
  private static final StepMessages BUILT_IN_MESSAGES = builtInMessages();
  private static volatile StepMessages installed;

  private final Map<String, Function<Locale, Optional<ResourceBundle>>> byPrefix;

  private StepMessages(Map<String, Function<Locale, Optional<ResourceBundle>>> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  /**
   * The messages of the built-in schemes.
   *
   * @return the messages, not null
   */
  public static StepMessages builtIn() {
    return BUILT_IN_MESSAGES;
  }

  /**
   * The messages of every scheme module: the built-in ones, those installed
   * ({@link SchemeModule#installed()}) and those registered by hand ({@link #install}).
   *
   * @return the messages, not null
   */
  public static StepMessages installed() {
    StepMessages m = installed;
    return m != null ? m : installServices();
  }

  private static synchronized StepMessages installServices() {
    if (installed == null) {
      StepMessages m = BUILT_IN_MESSAGES;
      for (SchemeModule s : SchemeModule.installed()) {
        m = m.with(s.stepPrefix(), s::messages);
      }
      installed = m;
    }
    return installed;
  }

  /**
   * Adds a scheme module's bundles to {@link #installed()}; a module whose prefix is there already is skipped.
   *
   * @param module the module, not null
   */
  public static synchronized void install(SchemeModule module) {
    StepMessages m = installed();
    if (!m.byPrefix.containsKey(module.stepPrefix())) {
      installed = m.with(module.stepPrefix(), module::messages);
    }
  }

  /**
   * These messages and a scheme's bundles for the keys starting with {@code prefix + "."}.
   *
   * @param prefix the first segment of the scheme's step keys, e.g. {@code centenarian}, not null
   * @param bundles the scheme's bundle for a language, empty when it has none, not null
   * @return new messages
   * @throws IllegalArgumentException if the prefix already has bundles
   */
  public StepMessages with(String prefix, Function<Locale, Optional<ResourceBundle>> bundles) {
    requireNonNull(prefix, "prefix");
    requireNonNull(bundles, "bundles");
    if (byPrefix.containsKey(prefix)) {
      throw new IllegalArgumentException("step key prefix '" + prefix + "' already has message bundles");
    }
    Map<String, Function<Locale, Optional<ResourceBundle>>> m = new HashMap<>(byPrefix);
    m.put(prefix, bundles);
    return new StepMessages(m);
  }

  /**
   * The resource paths of the built-in bundles, Chinese then English for each: the common one, then
   * each built-in scheme's (in its package, e.g. {@code /org/minzheng/schemes/dibao/dibao_zh.properties}),
   * for tests that check that every bundle has every key.
   *
   * @return the resource paths, not null
   */
  public static List<String> builtInBundlePaths() {
    List<String> l = new java.util.ArrayList<>(List.of(COMMON + "zh.properties", COMMON + "en.properties"));
    for (String path : new java.util.TreeSet<>(BUILT_IN_PATHS.values())) {
      l.add(path + "zh.properties");
      l.add(path + "en.properties");
    }
    return l;
  }


  /**
   * The text of a step in a language.
   *
   * @param step the step, not null
   * @param locale the language, not null
   * @return the text; the step key and its arguments if no bundle has the key
   */
  public String text(Step step, Locale locale) {
    String pattern = find(step.key(), locale);
    List<Object> args = step.arguments();
    if (pattern == null) {
      return step.key() + args;
    }
    Object[] a = new Object[args.size()];
    for (int i = 0; i < a.length; i++) {
      Object v = args.get(i);
      a[i] = v == null ? Integer.valueOf(-1)
          : v instanceof Boolean ? Integer.valueOf((Boolean) v ? 1 : 0)
          : v instanceof Integer || v instanceof Long ? v
          : value(v, step.key(), locale);
    }
    // parsing a pattern costs more than formatting it: parse once per pattern and language, format a clone
    // (a MessageFormat is not thread-safe)
    MessageFormat f = FORMATS.computeIfAbsent(new FormatKey(pattern, locale), k -> new MessageFormat(k.pattern(), k.locale()));
    return ((MessageFormat) f.clone()).format(a);
  }

  /**
   * A value as words in a language: see the class comment.
   *
   * @param value a step argument or result, may be null
   * @param key the step key whose bundle names the scheme's own enum values, not null
   * @param locale the language, not null
   * @return the text, not null
   */
  public String value(Object value, String key, Locale locale) {
    if (value == null) {
      return orElse(find("value.unknown", locale), "unknown");
    }
    if (value instanceof Boolean) {
      return orElse(find("value." + value, locale), value.toString());
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Outcome) {
      return ((Outcome) value).label().in(locale);
    }
    if (value instanceof org.minzheng.standard.Scheme) {
      org.minzheng.standard.Scheme s = (org.minzheng.standard.Scheme) value;
      return locale.getLanguage().equals("zh") ? s.chinese() : s.english();
    }
    if (value instanceof DependencyCase) {
      DependencyCase c = (DependencyCase) value;
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < c.schemes().size(); i++) {
        org.minzheng.standard.Scheme s = c.schemes().get(i);
        b.append(i == 0 ? "" : ", ").append(locale.getLanguage().equals("zh") ? s.chinese() : s.english()).append(": ")
            .append(c.statuses().get(i).label().in(locale));
      }
      return b.append(']').toString();
    }
    if (value instanceof Enum) {
      Enum<?> e = (Enum<?>) value;
      String k = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
      String own = findIn(prefix(key), k, locale);
      return own != null ? own : orElse(find(k, locale), e.name());
    }
    if (value instanceof List) {
      StringBuilder b = new StringBuilder();
      for (Object o : (List<?>) value) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(value(o, key, locale));
      }
      return b.toString();
    }
    return value.toString();
  }

  /**
   * A message of the common bundle (the words of a rendered explanation), e.g.
   * {@code explanation.parameters}.
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @return the message, or the key if there is none
   */
  public String word(String key, Locale locale) {
    return orElse(find(key, locale), key);
  }

  private static String orElse(String s, String other) {
    return s == null ? other : s;
  }

  private static String prefix(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** The pattern of a key: from its scheme's bundle, else the common one; null if none. */
  private String find(String key, Locale locale) {
    String own = findIn(prefix(key), key, locale);
    return own != null ? own : findIn("common", key, locale);
  }

  private String findIn(String prefix, String key, Locale locale) {
    Function<Locale, Optional<ResourceBundle>> f = byPrefix.get(prefix);
    if (f == null) {
      return null;
    }
    Optional<ResourceBundle> b = f.apply(locale);
    if (b.isEmpty() || !b.get().containsKey(key)) {
      b = f.apply(Locale.ENGLISH);
    }
    try {
      return b.isPresent() && b.get().containsKey(key) ? b.get().getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static StepMessages builtInMessages() {
    Map<String, Function<Locale, Optional<ResourceBundle>>> m = new HashMap<>();
    Function<Locale, Optional<ResourceBundle>> common = locale -> bundle(StepMessages.class, COMMON, locale.getLanguage());
    for (String prefix : List.of("common", "standards", "dependency", "member", "value", "enum", "explanation")) {
      m.put(prefix, common);
    }
    BUILT_IN_PATHS.forEach((prefix, path) -> m.put(prefix, locale -> bundle(StepMessages.class, path, locale.getLanguage())));
    return new StepMessages(m);
  }

  /**
   * Reads a bundle shipped as a resource, {@code path + language + ".properties"} (UTF-8), once.
   *
   * @param anchor a class of the module and package that holds it, not null
   * @param path the path before the language, e.g. {@code /org/minzheng/schemes/dibao/dibao_}, not null
   * @param language the language, e.g. {@code zh}, not null
   * @return the bundle, or empty if none is shipped for that language
   */
  public static Optional<ResourceBundle> bundle(Class<?> anchor, String path, String language) {
    return LOADED.computeIfAbsent(path + language, p -> {
      try (InputStream in = anchor.getResourceAsStream(p + ".properties")) {
        return in == null ? Optional.empty() : Optional.of(new PropertyResourceBundle(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read message bundle " + p, e);
      }
    });
  }
}
