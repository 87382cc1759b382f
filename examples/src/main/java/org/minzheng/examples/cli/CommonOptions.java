package org.minzheng.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Options every subcommand takes: the language of text output and {@code --debug}.
 *
 * @since 0.1
 */
public final class CommonOptions {
  /** The language of text output. */
  public enum Lang {
    /** Chinese. */
    zh,
    /** English. */
    en;

    /** @return the locale */
    public Locale locale() {
      return this == zh ? Locale.CHINESE : Locale.ENGLISH;
    }
  }

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of text output: zh (default) or en.")
  Lang lang = Lang.zh;

  @Option(names = "--debug", description = "On an error, print the stack trace as well.")
  boolean debug;

  /** @return the language */
  public Lang lang() {
    return lang;
  }

  /** @return true for Chinese */
  public boolean zh() {
    return lang == Lang.zh;
  }

  /**
   * @param zh the Chinese text
   * @param en the English text
   * @return the text in the chosen language
   */
  public String t(String zh, String en) {
    return lang == Lang.zh ? zh : en;
  }
}
