package org.minzheng.internal.payout;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Scheme;

/**
 * Stable 64-bit fingerprints (FarmHash Fingerprint64, fixed across releases by Guava's contract) of
 * idempotency keys and of (scheme, beneficiary) pairs.
 *
 * <p>The {@code of…} methods taking parts hash the same UTF-8 bytes as {@link #of(String)} of the
 * joined string would, without building the string: a thread's reusable buffer takes the bytes.
 */
public final class Fingerprints {
  private static final HashFunction FP = Hashing.farmHashFingerprint64();
  private static final ThreadLocal<Bytes> BUFFER = ThreadLocal.withInitial(() -> new Bytes(128));

  private Fingerprints() {}

  public static long of(String s) {
    return FP.hashString(s, StandardCharsets.UTF_8).asLong();
  }

  /**
   * The fingerprint of {@code PayoutLine.key(period, scheme, beneficiary, kind, runMonth)}.
   *
   * @param kind the payout kind's name
   * @param correctionRunMonth the run month of a correction (back pay, recovery), or null for any other kind
   */
  public static long ofKey(YearMonth period, Scheme scheme, Beneficiary beneficiary, String kind, YearMonth correctionRunMonth) {
    return ofKey(period, scheme, beneficiary, kind, correctionRunMonth, null);
  }

  /**
   * As {@link #ofKey(YearMonth, Scheme, Beneficiary, String, YearMonth)}, for a correction that says
   * what it corrects.
   *
   * @param corrects what the correction corrects, or null
   */
  public static long ofKey(YearMonth period, Scheme scheme, Beneficiary beneficiary, String kind, YearMonth correctionRunMonth,
      String corrects) {
    Bytes b = BUFFER.get().reset();
    b.yearMonth(period).ascii('|').utf8(scheme.name()).ascii('|').utf8(beneficiary.kind().name()).ascii(':')
        .utf8(beneficiary.id()).ascii('|').utf8(kind);
    if (correctionRunMonth != null) {
      b.ascii('|').yearMonth(correctionRunMonth);
      if (corrects != null) {
        b.ascii('|').utf8(corrects);
      }
    }
    return hash(b);
  }

  /** The fingerprint of {@code scheme.name() + '|' + beneficiary.kind().name() + ':' + beneficiary.id()}. */
  public static long ofPair(Scheme scheme, Beneficiary beneficiary) {
    Bytes b = BUFFER.get().reset();
    b.utf8(scheme.name()).ascii('|').utf8(beneficiary.kind().name()).ascii(':').utf8(beneficiary.id());
    return hash(b);
  }

  /** The fingerprint of {@code beneficiary.kind().name() + ':' + beneficiary.id()}. */
  public static long ofBeneficiary(Beneficiary beneficiary) {
    Bytes b = BUFFER.get().reset();
    b.utf8(beneficiary.kind().name()).ascii(':').utf8(beneficiary.id());
    return hash(b);
  }

  private static long hash(Bytes b) {
    return FP.hashBytes(b.buf, 0, b.len).asLong();
  }
}
