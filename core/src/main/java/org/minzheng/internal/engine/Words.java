package org.minzheng.internal.engine;

import java.util.Locale;
import org.minzheng.standard.ResidenceType;

/**
 * The small words of explanation texts, one set per language, so that a step's Chinese text is all
 * Chinese and its English text all English. Step results and inputs keep language-neutral tokens
 * ({@link #fact}).
 */
final class Words {
  private Words() {}

  static String yesNoZh(boolean b) {
    return b ? "是" : "否";
  }

  static String yesNoEn(boolean b) {
    return b ? "yes" : "no";
  }

  /** A fact that may be unknown, in Chinese: 是, 否 or 未知. */
  static String factZh(Boolean b) {
    return b == null ? "未知" : yesNoZh(b);
  }

  /** A fact that may be unknown, in English: yes, no or unknown. */
  static String factEn(Boolean b) {
    return b == null ? "unknown" : yesNoEn(b);
  }

  /** A fact as a step's input or result: {@code true}, {@code false} or {@code unknown}. */
  static String fact(Boolean b) {
    return b == null ? "unknown" : b.toString();
  }

  /** The residence type in English words, e.g. {@code urban}. */
  static String en(ResidenceType r) {
    return r.name().toLowerCase(Locale.ROOT);
  }
}
