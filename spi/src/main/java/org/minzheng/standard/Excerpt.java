package org.minzheng.standard;

/**
 * The one way minzheng quotes a value it refuses: at most {@link #MAX_CHARS} characters of it, so
 * that an error message stays short however long the bad value is (a 5 MB id, a 100,000-digit
 * number). Every error message that echoes input uses it.
 *
 * @since 0.3
 */
public final class Excerpt {
  /** The most characters of a value an error message quotes. */
  public static final int MAX_CHARS = 40;

  private Excerpt() {}

  /**
   * A short prefix of a value for an error message.
   *
   * @param value the value, may be null
   * @return the value if it has at most {@link #MAX_CHARS} characters, else its first characters
   *     followed by {@code "…(N chars)"}; {@code "null"} for null
   */
  public static String of(CharSequence value) {
    return of(value, MAX_CHARS);
  }

  /**
   * A prefix of at most {@code max} characters of a longer text, such as a message of a lower layer.
   *
   * @param value the text, may be null
   * @param max the most characters kept, at least 1
   * @return the text, or its first characters followed by {@code "…(N chars)"}
   */
  public static String of(CharSequence value, int max) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= max) {
      return value.toString();
    }
    int end = max;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.subSequence(0, end) + "…(" + value.length() + " chars)";
  }
}
