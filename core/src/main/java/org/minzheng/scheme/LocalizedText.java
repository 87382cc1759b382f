package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A text in Chinese and English.
 *
 * @param zh the Chinese text, not null
 * @param en the English text, not null
 * @since 0.1
 */
public record LocalizedText(String zh, String en) {
  /**
   * Checks the components.
   *
   * @param zh the Chinese text, not null
   * @param en the English text, not null
   */
  public LocalizedText {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  /**
   * @param zh Chinese
   * @param en English
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * @param locale a locale, not null
   * @return the Chinese text for a Chinese locale, else the English
   */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
