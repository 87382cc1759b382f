package org.minzheng.examples.cli;

import java.util.regex.Pattern;

/**
 * The one ID-masking policy of the printed output: a resident ID shows its first six and last four characters
 * ({@code 410402********0014}), as in a published roll, everywhere in the text (headings and explanation steps)
 * unless {@code --show-ids} asks for them in full. JSON output is data and carries the IDs in full.
 */
final class ShowIds {
  /** The description of {@code --show-ids}. */
  static final String HELP = "Print resident IDs in full; by default printed text masks them (first six and last four "
      + "characters). JSON output always carries them in full.";

  /** An 18-character resident ID standing alone: 17 digits and a check character. */
  private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

  private ShowIds() {}

  /**
   * @param text printed output
   * @param show whether {@code --show-ids} was given
   * @return the text with every resident ID masked, or unchanged if {@code show}
   */
  static String apply(String text, boolean show) {
    return show ? text : RESIDENT_ID.matcher(text).replaceAll("$1********$2");
  }
}
