package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.household.HouseholdId;
import org.minzheng.payout.KeyPartitions;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/**
 * The ledgers index keys per (kind, run month) partition; this only finds every duplicate if two
 * lines with equal idempotency keys always fall in the same partition (the argument is in
 * {@link KeyPartitions}). Checked here exhaustively over a domain built to make keys collide.
 */
class KeyPartitionTest {
  static final List<YearMonth> MONTHS = List.of(YearMonth.of(2019, 12), YearMonth.of(2020, 1), YearMonth.of(2020, 3));

  /** Ids that try to smuggle kind or month fields into the key: a kind or month read from the wrong end would differ. */
  static final List<String> IDS = List.of("a", "a|REGULAR", "a|BACK_PAY", "a|BACK_PAY|2020-03", "a|RECOVERY|2020-01",
      "a|ONE_OFF", "2020-01|DIBAO|HOUSEHOLD:a", "a|BACK_PAY|2020-03|BACK_PAY", "a|REGULAR|2020-03");

  static PayoutLine line(PayoutKind kind, YearMonth period, YearMonth runMonth, Beneficiary b, long fen) {
    return line(kind, period, runMonth, b, fen, "");
  }

  static PayoutLine line(PayoutKind kind, YearMonth period, YearMonth runMonth, Beneficiary b, long fen, String corrects) {
    Money amount = Money.ofFen(kind == PayoutKind.RECOVERY || kind == PayoutKind.WAIVER ? -fen : fen);
    return new PayoutLine(runMonth, period, Scheme.DIBAO, b, b, HouseholdId.of("h"), PayoutFixtures.XINHUA, kind, amount, 1,
        PayoutFixtures.stamp(), corrects);
  }

  static List<PayoutLine> domain() {
    List<PayoutLine> out = new ArrayList<>();
    for (PayoutKind kind : PayoutKind.values()) {
      for (YearMonth period : MONTHS) {
        for (YearMonth runMonth : MONTHS) {
          if (kind.isCorrection() ? runMonth.isBefore(period) : !runMonth.equals(period)) {
            continue; // PayoutLine refuses these
          }
          for (String id : IDS) {
            for (Beneficiary b : List.of(Beneficiary.household(id), new Beneficiary(Beneficiary.Kind.CASE, id))) {
              out.add(line(kind, period, runMonth, b, 100));
              out.add(line(kind, period, runMonth, b, 250)); // same key, other amount
              if (kind.isCorrection()) { // a correction that says what it corrects (since 0.2)
                out.add(line(kind, period, runMonth, b, 100, "g0 0>100"));
                out.add(line(kind, period, runMonth, b, 250, "g0 0>100"));
                out.add(line(kind, period, runMonth, b, 100, "g1 100>0 waived: moved away"));
                out.add(line(kind, period, runMonth, b, 250, "g1 100>0 waived: moved away"));
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void equalKeysAlwaysFallInTheSamePartitionForEveryKind() {
    List<PayoutLine> all = domain();
    Map<String, List<PayoutLine>> byKey = new HashMap<>();
    for (PayoutLine l : all) {
      byKey.computeIfAbsent(l.idempotencyKey(), k -> new ArrayList<>()).add(l);
    }
    // each line has its twin with another amount, so every group has at least 2 lines
    assertThat(byKey.values()).allSatisfy(g -> assertThat(g).hasSizeGreaterThanOrEqualTo(2));
    for (List<PayoutLine> group : byKey.values()) {
      long p = KeyPartitions.of(group.get(0).kind(), group.get(0).runMonth());
      assertThat(group).allSatisfy(l -> assertThat(KeyPartitions.of(l.kind(), l.runMonth())).isEqualTo(p));
    }
    // every kind is covered
    assertThat(all.stream().map(PayoutLine::kind).distinct()).containsExactlyInAnyOrder(PayoutKind.values());
  }

  @Test
  void partitionsSeparateKindsAndRunMonthsAndRoundTrip() {
    for (PayoutKind kind : PayoutKind.values()) {
      for (YearMonth m : List.of(YearMonth.of(2019, 12), YearMonth.of(2020, 1), YearMonth.of(1, 1), YearMonth.of(9999, 12))) {
        long p = KeyPartitions.of(kind, m);
        assertThat(KeyPartitions.kind(p)).isEqualTo(kind);
        assertThat(KeyPartitions.runMonth(p)).isEqualTo(m);
      }
    }
    assertThat(KeyPartitions.of(PayoutKind.REGULAR, YearMonth.of(2020, 1)))
        .isNotEqualTo(KeyPartitions.of(PayoutKind.ONE_OFF, YearMonth.of(2020, 1)))
        .isNotEqualTo(KeyPartitions.of(PayoutKind.REGULAR, YearMonth.of(2020, 2)));
    assertThat(KeyPartitions.toString(KeyPartitions.of(PayoutKind.BACK_PAY, YearMonth.of(2020, 3)))).isEqualTo("BACK_PAY@2020-03");
  }
}
