package org.minzheng.internal.payout;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Stable 64-bit fingerprints (FarmHash Fingerprint64, fixed across releases by Guava's contract) of
 * idempotency keys and of (scheme, beneficiary) pairs.
 */
public final class Fingerprints {
  private static final HashFunction FP = Hashing.farmHashFingerprint64();

  private Fingerprints() {}

  public static long of(String s) {
    return FP.hashString(s, StandardCharsets.UTF_8).asLong();
  }
}
