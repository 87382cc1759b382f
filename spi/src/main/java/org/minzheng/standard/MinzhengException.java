package org.minzheng.standard;

/**
 * The root of minzheng's domain faults. Caller mistakes (a null, a malformed code) are
 * {@link IllegalArgumentException}s instead; an ineligible household is an outcome, not an exception.
 *
 * @since 0.1
 */
public abstract class MinzhengException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong, naming the fields and values involved
   */
  protected MinzhengException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong, naming the fields and values involved
   * @param cause the underlying fault
   */
  protected MinzhengException(String message, Throwable cause) {
    super(message, cause);
  }
}
