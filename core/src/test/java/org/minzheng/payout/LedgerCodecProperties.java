package org.minzheng.payout;

import org.minzheng.internal.payout.Bytes;
import org.minzheng.internal.payout.Fingerprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.household.HouseholdId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * The hand-written encodings agree with the plain ones: fingerprints computed from the parts equal
 * those of the joined key string, and a line written by hand reads back equal (ids of any code points,
 * unpaired surrogates, quotes and control characters included).
 */
class LedgerCodecProperties {
  static final Stamp STAMP = new Stamp("test", Map.of("m", "1"), "h");

  static PayoutLine line(String id, String payeeId, int kindIndex, int months, long fen) {
    PayoutKind kind = PayoutKind.values()[kindIndex];
    YearMonth period = YearMonth.of(2020, 1).plusMonths(months % 24);
    YearMonth runMonth = kind.isCorrection() ? period.plusMonths(months / 24) : period;
    long amount = kind == PayoutKind.RECOVERY ? -1 - fen : kind == PayoutKind.BACK_PAY ? 1 + fen : fen;
    Beneficiary b = new Beneficiary(Beneficiary.Kind.values()[months % 4], id);
    Beneficiary payee = months % 3 == 0 ? b : Beneficiary.institution(payeeId);
    return new PayoutLine(runMonth, period, Scheme.values()[months % Scheme.values().length], b, payee,
        HouseholdId.of("h" + payeeId.length()), RegionCode.of("410402"), kind, Money.ofFen(amount), 1 + months % 5, STAMP);
  }

  @Test
  void partsFingerprintsEqualTheKeyStringsAndLinesReadBackEqual() {
    LedgerCodec codec = new LedgerCodec();
    qt().withExamples(2_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12), strings().allPossible().ofLengthBetween(0, 6),
            integers().between(0, 4 * (24 * 30 + 1) - 1), longs().between(0, 999_999_999_999L))
        .checkAssert((id, payeeId, code, fen) -> {
          PayoutLine l = line(id, payeeId, code % 4, code / 4, fen);
          assertThat(l.keyFingerprint()).isEqualTo(Fingerprints.of(l.idempotencyKey()));
          assertThat(Fingerprints.ofPair(l.scheme(), l.beneficiary()))
              .isEqualTo(Fingerprints.of(l.scheme().name() + '|' + l.beneficiary()));
          Bytes b = codec.line(7, l);
          LedgerCodec.Record r = codec.parse(b.array(), b.length());
          assertThat(r).isInstanceOf(LedgerCodec.Line.class);
          LedgerCodec.Line back = (LedgerCodec.Line) r;
          assertThat(back.stampId()).isEqualTo(7);
          assertThat(back.withStamp(STAMP)).isEqualTo(l);
          assertThat(back.keyFingerprint()).isEqualTo(l.keyFingerprint());
        });
  }

  /**
   * The key read straight from a line's bytes (what a re-run reads for every recorded line) is the
   * parsed line's: fingerprint and partition, for every kind, with or without what a correction
   * corrects; and it is read so for every line whose key fields need no escape.
   */
  @Test
  void theKeyReadFromTheBytesIsTheParsedLinesKey() {
    LedgerCodec codec = new LedgerCodec();
    qt().withExamples(3_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12), strings().allPossible().ofLengthBetween(0, 6),
            integers().between(0, 5 * (24 * 30 + 1) - 1), longs().between(0, 999_999_999_999L))
        .checkAssert((id, corrects, code, fen) -> {
          PayoutLine plain = line(id, corrects, code % 4, code / 5, fen);
          PayoutKind kind = PayoutKind.values()[code % 5];
          String c = corrects.replace('|', '/').replace('\n', ' ');
          PayoutLine l = new PayoutLine(kind.isCorrection() ? plain.period().plusMonths(code % 3) : plain.period(),
              plain.period(), plain.scheme(), plain.beneficiary(), plain.payee(), plain.householdId(), plain.region(), kind,
              Money.ofFen(kind == PayoutKind.RECOVERY || kind == PayoutKind.WAIVER ? -1 - fen : 1 + fen), plain.persons(),
              STAMP, kind.isCorrection() ? c : "");
          Bytes b = codec.line(3, l);
          boolean fast = codec.lineKey(b.array(), b.length());
          boolean escapes = (l.beneficiary().kind().name() + ':' + l.beneficiary().id() + l.corrects()).chars()
              .anyMatch(ch -> ch == '"' || ch == '\\' || ch < 0x20 || Character.isSurrogate((char) ch));
          if (!escapes) {
            assertThat(fast).as("read from the bytes: %s", l).isTrue();
          }
          if (fast) {
            assertThat(codec.keyFingerprint()).isEqualTo(l.keyFingerprint());
            assertThat(codec.keyPartition()).isEqualTo(KeyPartitions.of(l.kind(), l.runMonth()));
          }
          assertThat(((LedgerCodec.Line) codec.parse(b.array(), b.length())).withStamp(STAMP)).isEqualTo(l);
        });
    byte[] run = codec.run(1, new RunHeader(RunKind.REGULAR, YearMonth.of(2020, 1), YearMonth.of(2020, 1)));
    assertThat(codec.lineKey(run, run.length)).as("a run record is not a line").isFalse();
  }

  @Test
  void writesJsonAndMoneyAsJacksonAndMoneyDo() {
    Bytes b = new Bytes(4);
    assertThat(text(b.reset().jsonString("a\"b\\c\n\u0001中文\uD83D\uDE00"))).isEqualTo("\"a\\\"b\\\\c\\u000a\\u0001中文\uD83D\uDE00\"");
    assertThat(text(b.reset().jsonString("\uD800x"))).isEqualTo("\"\\ud800x\"");
    for (long fen : new long[] {0, 5, -5, 99, 100, -6_000, 123_456_789, Long.MAX_VALUE, Long.MIN_VALUE}) {
      assertThat(text(b.reset().yuan(fen))).isEqualTo(new java.math.BigDecimal(fen).movePointLeft(2).toPlainString());
    }
    for (YearMonth m : new YearMonth[] {YearMonth.of(2020, 3), YearMonth.of(999, 12), YearMonth.of(10_000, 1)}) {
      assertThat(text(b.reset().yearMonth(m))).isEqualTo(m.toString());
    }
    assertThat(LedgerCodec.fen("-0.05")).isEqualTo(-5);
    assertThat(LedgerCodec.fen("1234.50")).isEqualTo(123_450);
    for (String bad : new String[] {"12", "1.5", "1,00", "-.05", "a.00", "1234567890123456.00"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> LedgerCodec.fen(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
    }
  }

  private static String text(Bytes b) {
    return new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
  }
}
