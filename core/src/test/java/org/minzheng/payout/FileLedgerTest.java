package org.minzheng.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payout.PayoutFixtures.line;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

class FileLedgerTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);
  static final YearMonth FEB = YearMonth.of(2020, 2);

  @TempDir
  Path dir;

  static RecordedRun record(Ledger ledger, YearMonth m, PayoutLine... lines) {
    try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.REGULAR, m, m))) {
      for (PayoutLine l : lines) {
        tx.add(l);
      }
      return tx.commit().orElseThrow();
    }
  }

  static List<PayoutLine> lines(Ledger ledger) {
    List<PayoutLine> out = new ArrayList<>();
    ledger.forEachLine(out::add);
    return out;
  }

  @Test
  void linesSurviveReopeningExactly() {
    Path f = dir.resolve("l");
    PayoutLine a = line("a", JAN, 660);
    PayoutLine b = line("b\"quoted,中文", JAN, 740);
    try (FileLedger l = FileLedger.open(f)) {
      RecordedRun r = record(l, JAN, a, b);
      assertThat(r.lines()).isEqualTo(2);
      assertThat(r.amount()).isEqualTo(Money.ofYuan(1400));
    }
    try (FileLedger l = FileLedger.open(f)) {
      assertThat(lines(l)).containsExactly(a, b);
      assertThat(l.contains(a)).isTrue();
      assertThat(l.contains(line("c", JAN, 1))).isFalse();
      assertThat(l.runs()).containsExactly(new RecordedRun(1, new RunHeader(RunKind.REGULAR, JAN, JAN), 2, Money.ofYuan(1400)));
      assertThat(l.paidFor(JAN).paid(Scheme.DIBAO, Beneficiary.household("a"))).isEqualTo(Money.ofYuan(660));
    }
  }

  @Test
  void aReadOfSomeMonthsHandsOutExactlyTheirLinesInOrderWhateverTheIdsHold() {
    Path f = dir.resolve("l");
    YearMonth mar = YearMonth.of(2020, 3);
    // ids that hold the bytes the month is read from (a quote is escaped inside a JSON string)
    PayoutLine a = line("a,\"p\":\"2020-03\"", JAN, 660);
    PayoutLine b = line("b", FEB, 740);
    PayoutLine c = line("c\\\",\"p\":\"2020-02", mar, 1);
    PayoutLine backPay = new PayoutLine(mar, FEB, Scheme.DIBAO, Beneficiary.household("b"), Beneficiary.household("b"),
        b.householdId(), b.region(), PayoutKind.BACK_PAY, Money.ofYuan(30), 2, PayoutFixtures.stamp(), "g0 74000>77000");
    try (FileLedger l = FileLedger.open(f)) {
      record(l, JAN, a);
      record(l, FEB, b);
      try (Ledger.Transaction tx = l.begin(new RunHeader(RunKind.RECOMPUTE, FEB, mar))) {
        tx.add(c);
        tx.add(backPay);
        tx.commit();
      }
      InMemoryLedger reference = new InMemoryLedger();
      l.forEachLine(x -> {
        try (Ledger.Transaction tx = reference.begin(new RunHeader(RunKind.RECOMPUTE, x.period(), x.runMonth()))) {
          tx.add(x);
          tx.commit();
        }
      });
      for (java.util.Set<YearMonth> months : List.of(java.util.Set.of(JAN), java.util.Set.of(FEB),
          java.util.Set.of(mar), java.util.Set.of(JAN, mar), java.util.Set.<YearMonth>of(), java.util.Set.of(YearMonth.of(2019, 12)))) {
        List<PayoutLine> read = new ArrayList<>();
        l.forEachLineOf(months, read::add);
        List<PayoutLine> expected = new ArrayList<>();
        reference.forEachLineOf(months, expected::add);
        assertThat(read).as("months %s", months).containsExactlyElementsOf(expected)
            .containsExactlyElementsOf(lines(l).stream().filter(x -> months.contains(x.period())).toList());
      }
      List<PayoutLine> feb = new ArrayList<>();
      l.forEachLineOf(java.util.Set.of(FEB), feb::add);
      assertThat(feb).containsExactly(b, backPay);
    }
  }

  @Test
  void theMonthOfALineIsReadFromItsBytesOnlyWhenTheyAreLaidOutAsWritten() {
    LedgerCodec codec = new LedgerCodec();
    org.minzheng.internal.payout.Bytes written = codec.line(0, line("x", FEB, 1));
    assertThat(LedgerCodec.linePeriod(written.array(), written.length())).isEqualTo(LedgerCodec.monthCode(FEB));
    byte[] other = "{\"t\":\"line\",\"p\":\"2020-02\",\"st\":0}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(LedgerCodec.linePeriod(other, other.length)).isEqualTo(-1); // another layout: parse it
    byte[] run = codec.run(1, new RunHeader(RunKind.REGULAR, FEB, FEB));
    assertThat(LedgerCodec.linePeriod(run, run.length)).isEqualTo(-1);
    byte[] badMonth = "{\"t\":\"line\",\"st\":0,\"p\":\"2020-13\"}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(LedgerCodec.linePeriod(badMonth, badMonth.length)).isEqualTo(-1);
  }

  @Test
  void aKeyAddedTwiceInOneRunIsAnErrorAndNothingOfTheRunIsRecorded() {
    Path f = dir.resolve("l");
    for (Ledger ledger : List.of(FileLedger.open(f), new InMemoryLedger())) {
      try (ledger) {
        record(ledger, JAN, line("a", JAN, 660));
        PayoutLine b = line("b", FEB, 740);
        PayoutLine bAgain = line("b", FEB, 800); // the same household listed twice, with another amount
        try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.REGULAR, FEB, FEB))) {
          assertThat(tx.add(b)).isTrue();
          assertThatThrownBy(() -> tx.add(bAgain)).isInstanceOf(DuplicatePayoutException.class)
              .hasMessageStartingWith("payout 2020-02|DIBAO|HOUSEHOLD:b|REGULAR (household b) is already in this run")
              .satisfies(e -> assertThat(((DuplicatePayoutException) e).line()).isEqualTo(bAgain));
        }
        assertThat(ledger.runs()).hasSize(1);
        assertThat(ledger.contains(b)).isFalse();
        // a key a committed run recorded is still skipped, not an error: that is what makes a run idempotent
        try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.REGULAR, JAN, JAN))) {
          assertThat(tx.add(line("a", JAN, 660))).isFalse();
          assertThat(tx.commit()).isEmpty();
        }
        assertThat(record(ledger, FEB, b).lines()).isEqualTo(1);
      }
    }
  }

  @Test
  void aCrashAtAnyByteOfTheLastRunLeavesTheLedgerReadableAndWithoutThatRun() throws Exception {
    Path f = dir.resolve("l");
    long endOfFirst;
    try (FileLedger l = FileLedger.open(f)) {
      record(l, JAN, line("a", JAN, 660), line("b", JAN, 740));
      endOfFirst = l.committedLength();
      record(l, FEB, line("a", FEB, 660), line("b", FEB, 740), line("c", FEB, 100));
    }
    byte[] full = Files.readAllBytes(f);
    // a crash leaves a prefix of the writes: try lengths all through the second run (every 11th byte,
    // and each record boundary with its neighbours), commit record included
    java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
    for (long c = endOfFirst; c < full.length; c += 11) {
      cuts.add(c);
    }
    for (int i = (int) endOfFirst; i < full.length; i++) {
      if (full[i] == '\n') {
        cuts.add((long) i);
        cuts.add(i + 1L);
        cuts.add(i - 1L);
      }
    }
    cuts.removeIf(c -> c < endOfFirst || c >= full.length);
    for (long cut : cuts) {
      Path copy = dir.resolve("crash-" + cut);
      Files.write(copy, java.util.Arrays.copyOf(full, (int) cut));
      try (FileLedger l = FileLedger.open(copy)) {
        assertThat(l.runs()).as("cut at %d", cut).hasSize(1);
        assertThat(l.lineCount()).isEqualTo(2);
        assertThat(lines(l)).extracting(PayoutLine::period).containsOnly(JAN);
        assertThat(Files.size(copy)).isEqualTo(endOfFirst);
        // and the interrupted run can be made again
        assertThat(record(l, FEB, line("a", FEB, 660)).sequence()).isEqualTo(2);
      }
      Files.delete(copy);
    }
  }

  @Test
  void aWriterThatFailsMidRunRecordsNothingAndTheLedgerStaysUsable() throws Exception {
    Path f = dir.resolve("l");
    try (FileLedger l = FileLedger.open(f)) {
      record(l, JAN, line("a", JAN, 660));
    }
    long before = Files.size(f);
    FailAfter failing = new FailAfter(300);
    try (FileLedger l = FileLedger.open(f, failing::wrap)) {
      assertThatThrownBy(() -> {
        try (Ledger.Transaction tx = l.begin(new RunHeader(RunKind.REGULAR, FEB, FEB))) {
          for (int i = 0; i < 5_000; i++) {
            tx.add(line("h" + i, FEB, 100));
          }
          tx.commit();
        }
      }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("not recorded");
      assertThat(failing.written).isGreaterThan(0);
      assertThat(Files.size(f)).isEqualTo(before);
      assertThat(l.runs()).hasSize(1);
      assertThat(l.lineCount()).isEqualTo(1);
      failing.limit = Long.MAX_VALUE;
      assertThat(record(l, FEB, line("a", FEB, 660)).sequence()).isEqualTo(2);
    }
    try (FileLedger l = FileLedger.open(f)) {
      assertThat(lines(l)).extracting(x -> x.beneficiary().id()).containsExactly("a", "a");
    }
  }

  @Test
  void aFailureWhileWritingTheCommitRecordsNothing() throws Exception {
    Path f = dir.resolve("l");
    FailAfter failing = new FailAfter(Long.MAX_VALUE);
    try (FileLedger l = FileLedger.open(f, failing::wrap)) {
      Ledger.Transaction tx = l.begin(new RunHeader(RunKind.REGULAR, JAN, JAN));
      tx.add(line("a", JAN, 660));
      failing.limit = 0; // everything buffered so far, and the commit, fail on flush
      assertThatThrownBy(tx::commit).isInstanceOf(UncheckedIOException.class);
      assertThat(l.runs()).isEmpty();
      assertThat(l.contains(line("a", JAN, 660))).isFalse();
    }
    try (FileLedger l = FileLedger.open(f)) {
      assertThat(l.lineCount()).isZero();
    }
  }

  @Test
  void anAbandonedTransactionRecordsNothing() {
    Path f = dir.resolve("l");
    try (FileLedger l = FileLedger.open(f)) {
      try (Ledger.Transaction tx = l.begin(new RunHeader(RunKind.REGULAR, JAN, JAN))) {
        tx.add(line("a", JAN, 660));
      }
      assertThat(l.lineCount()).isZero();
      assertThat(lines(l)).isEmpty();
      assertThatThrownBy(() -> {
        Ledger.Transaction t1 = l.begin(new RunHeader(RunKind.REGULAR, JAN, JAN));
        l.begin(new RunHeader(RunKind.REGULAR, FEB, FEB));
      }).isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
    }
  }

  @Test
  void damageBeforeACommittedRunIsReportedNotTruncated() throws Exception {
    Path f = dir.resolve("l");
    try (FileLedger l = FileLedger.open(f)) {
      record(l, JAN, line("a", JAN, 660));
      record(l, FEB, line("a", FEB, 660));
    }
    String text = Files.readString(f, StandardCharsets.UTF_8);
    Files.writeString(f, text.replace("\"660.00\"", "\"661.00\""), StandardCharsets.UTF_8);
    long size = Files.size(f);
    assertThatThrownBy(() -> FileLedger.open(f)).isInstanceOf(LedgerCorruptedException.class)
        .hasMessageContaining("commit of run 1 does not match");
    assertThat(Files.size(f)).isEqualTo(size);
  }

  @Test
  void aSecondLedgerOnTheSameFileIsRefused() {
    Path f = dir.resolve("l");
    try (FileLedger l = FileLedger.open(f)) {
      assertThatThrownBy(() -> FileLedger.open(f)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already open");
    }
  }

  @Test
  void aFileThatIsNotALedgerIsRefused() throws Exception {
    Path f = dir.resolve("l");
    Files.writeString(f, "hello\n");
    assertThatThrownBy(() -> FileLedger.open(f)).isInstanceOf(LedgerCorruptedException.class);
  }

  @Test
  void aTornHeaderOnlyFileIsRefusedRatherThanRewritten() throws Exception {
    Path f = dir.resolve("l");
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap("{\"t\":\"led".getBytes(StandardCharsets.UTF_8)));
    }
    assertThatThrownBy(() -> FileLedger.open(f)).isInstanceOf(LedgerCorruptedException.class);
  }

  /** Wraps the ledger's output stream; fails once {@code limit} bytes have gone through. */
  static final class FailAfter {
    volatile long limit;
    long written;

    FailAfter(long limit) {
      this.limit = limit;
    }

    OutputStream wrap(OutputStream out) {
      return new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (written + len > limit) {
            int part = (int) Math.max(0, Math.min(len, limit - written));
            out.write(b, off, part); // a torn write: part of the bytes reach the file
            written += part;
            throw new IOException("disk full (simulated)");
          }
          out.write(b, off, len);
          written += len;
        }

        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }
      };
    }
  }
}
