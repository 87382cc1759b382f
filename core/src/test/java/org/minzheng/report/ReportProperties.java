package org.minzheng.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.household.HouseholdId;
import org.minzheng.payout.FileLedger;
import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutFixtures;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

class ReportProperties {

  /** A random line: household 0..29 (even in Xinhua, odd in Ye County), month 1..6, amount 0..2,000.00 in fen. */
  static PayoutLine line(int household, int month, int fen) {
    String id = "h" + household;
    YearMonth m = YearMonth.of(2020, month);
    RegionCode region = household % 2 == 0 ? PayoutFixtures.XINHUA : PayoutFixtures.YEXIAN;
    return new PayoutLine(m, m, Scheme.DIBAO, Beneficiary.household(id), Beneficiary.household(id), HouseholdId.of(id),
        region, PayoutKind.REGULAR, Money.ofFen(fen), 1 + household % 4, PayoutFixtures.stamp());
  }

  static void recordByMonth(Ledger ledger, List<PayoutLine> lines) {
    for (int m = 1; m <= 6; m++) {
      YearMonth ym = YearMonth.of(2020, m);
      try (Ledger.Transaction tx = ledger.begin(new RunHeader(RunKind.REGULAR, ym, ym))) {
        for (PayoutLine l : lines) {
          if (l.period().equals(ym)) {
            tx.add(l);
          }
        }
        tx.commit();
      }
    }
  }

  @Test
  void fileAndMemoryLedgersAgreeAndReportsAddUpToTheLedger() {
    qt().withExamples(40).forAll(lists().of(integers().between(0, 30 * 6 * 200_000 - 1)).ofSizeBetween(0, 60))
        .checkAssert(codes -> {
          List<PayoutLine> lines = new ArrayList<>();
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (int c : codes) {
            PayoutLine l = line(c % 30, 1 + (c / 30) % 6, c / 180);
            if (seen.add(l.idempotencyKey())) { // a run pays a household once a month
              lines.add(l);
            }
          }
          InMemoryLedger mem = new InMemoryLedger();
          recordByMonth(mem, lines);
          List<PayoutLine> fromFile = new ArrayList<>();
          try {
            Path f = Files.createTempFile("ledger", ".jsonl");
            Files.delete(f);
            try (FileLedger file = FileLedger.open(f)) {
              recordByMonth(file, lines);
            }
            try (FileLedger file = FileLedger.open(f)) {
              file.forEachLine(fromFile::add);
              assertThat(file.runs()).isEqualTo(mem.runs());
            }
            Files.delete(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          assertThat(fromFile).isEqualTo(mem.lines());
          // the first line of each (household, month) is kept, later ones are duplicates
          Set<String> keys = new HashSet<>();
          long fen = 0;
          for (PayoutLine l : lines) {
            if (keys.add(l.idempotencyKey())) {
              fen += l.amount().fen();
            }
          }
          assertThat(mem.lineCount()).isEqualTo(keys.size());
          Report r = ReportAggregator.of(mem).build();
          assertThat(r.total().fen()).isEqualTo(fen);
          long cityCumulative = r.rows(ReportLevel.CITY).stream().mapToLong(x -> x.period().getMonthValue())
              .max().isPresent() ? r.rows(ReportLevel.CITY).get(r.rows(ReportLevel.CITY).size() - 1).cumulativeAmount().fen() : 0;
          assertThat(cityCumulative).isEqualTo(fen);
          long distinct = mem.lines().stream().map(l -> l.beneficiary().id()).distinct().count();
          assertThat(r.rows(ReportLevel.CITY).isEmpty() ? 0
              : r.rows(ReportLevel.CITY).get(r.rows(ReportLevel.CITY).size() - 1).cumulativeRecipients()).isEqualTo(distinct);
        });
  }
}
