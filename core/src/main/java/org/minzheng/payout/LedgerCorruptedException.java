package org.minzheng.payout;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.minzheng.standard.MinzhengException;

/**
 * A ledger file that is damaged other than by an unfinished last run: a committed run that fails
 * its checksum or count, or a malformed record followed by a committed run. The file is left as it
 * is for an operator to inspect.
 *
 * @since 0.1
 */
public final class LedgerCorruptedException extends MinzhengException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The byte offset in the ledger file where the damage starts. */
  private final long offset;

  /**
   * @param file the ledger file, not null
   * @param offset the byte offset of the first damaged record
   * @param message what is wrong, not null
   */
  public LedgerCorruptedException(Path file, long offset, String message) {
    super("ledger " + file + " is damaged at byte " + offset + ": " + message);
    this.file = requireNonNull(file, "file");
    this.offset = offset;
  }

  /** @return the ledger file */
  public Path file() {
    return file;
  }

  /** @return the byte offset of the first damaged record */
  public long offset() {
    return offset;
  }
}
