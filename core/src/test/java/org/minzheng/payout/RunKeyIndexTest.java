package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place that decides what a ledger run adds: skip what is committed, refuse a key twice, read each partition once. */
class RunKeyIndexTest {
  private static final YearMonth JAN = YearMonth.of(2020, 1);
  private static final YearMonth FEB = YearMonth.of(2020, 2);

  @Test
  void committedKeysAreSkippedNewOnesAdmittedAndAKeyTwiceIsADuplicate() {
    PayoutLine committed = LedgerKeyIndexTest.regular(1, JAN);
    List<String> loads = new ArrayList<>();
    RunKeyIndex<RuntimeException> index = RunKeyIndex.of((kind, runMonth, sink) -> {
      loads.add(kind + "@" + runMonth);
      if (kind == PayoutKind.REGULAR && runMonth.equals(JAN)) {
        sink.accept(committed.keyFingerprint());
      }
    });
    assertThat(index.admit(committed)).isFalse();
    PayoutLine fresh = LedgerKeyIndexTest.regular(2, JAN);
    assertThat(index.admit(fresh)).isTrue();
    assertThatThrownBy(() -> index.admit(LedgerKeyIndexTest.regular(2, JAN))).isInstanceOf(DuplicatePayoutException.class)
        .hasMessageContaining(fresh.idempotencyKey());
    assertThat(index.admit(LedgerKeyIndexTest.regular(2, FEB))).isTrue();
    assertThat(index.admit(LedgerKeyIndexTest.correction(2, JAN, FEB, 5))).isTrue();
    assertThat(index.admit(LedgerKeyIndexTest.regular(3, JAN))).isTrue(); // back to a partition already read
    assertThat(loads).containsExactly("REGULAR@2020-01", "REGULAR@2020-02", "BACK_PAY@2020-02");

    List<String> admitted = new ArrayList<>();
    index.forEachPartitionAdmitted((kind, runMonth, n) -> admitted.add(kind + "@" + runMonth + "=" + n));
    assertThat(admitted).containsExactlyInAnyOrder("REGULAR@2020-01=2", "REGULAR@2020-02=1", "BACK_PAY@2020-02=1");
    assertThat(index.indexedKeyCount()).isEqualTo(5);
    index.clear();
    assertThat(index.indexedKeyCount()).isZero();
  }

  @Test
  void aFailedReadOfThePartitionAdmitsNothingAndIsTriedAgain() throws IOException {
    int[] calls = {0};
    RunKeyIndex<IOException> index = RunKeyIndex.of((kind, runMonth, sink) -> {
      if (calls[0]++ == 0) {
        throw new IOException("disk gone");
      }
    });
    PayoutLine line = LedgerKeyIndexTest.regular(1, JAN);
    assertThatThrownBy(() -> index.admit(line)).isInstanceOf(IOException.class).hasMessage("disk gone");
    assertThat(index.indexedKeyCount()).isZero();
    assertThat(index.admit(line)).isTrue();
    assertThat(calls[0]).isEqualTo(2);
  }
}
