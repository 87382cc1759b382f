package org.minzheng.examples.cli;

/**
 * A problem the user can fix (a missing file, a malformed record, no standards installed): the
 * command line prints its message as one line and exits with {@link #exitCode()}.
 *
 * @since 0.1
 */
public class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * @param message the one line to print, naming the file, field and value involved, not null
   */
  public CliException(String message) {
    this(message, 1, null);
  }

  /**
   * @param message the one line to print, not null
   * @param cause the underlying fault (shown with {@code --debug}), may be null
   */
  public CliException(String message, Throwable cause) {
    this(message, 1, cause);
  }

  /**
   * @param message the one line to print, not null
   * @param exitCode the process exit code, not 0
   * @param cause the underlying fault, may be null
   */
  public CliException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    if (exitCode == 0) {
      throw new IllegalArgumentException("exitCode of a CliException must not be 0");
    }
    this.exitCode = exitCode;
  }

  /** @return the process exit code */
  public int exitCode() {
    return exitCode;
  }
}
