package org.minzheng.ledger.jdbc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.household.HouseholdId;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/** Regular minimum-living-guarantee lines of a month for numbered households, the same in every JVM. */
final class TestLines {
  private static final Stamp STAMP = new Stamp("0.1.0", Map.of("standards-2020", "2020.1"), "fault-tests");
  private static final RegionCode XINHUA = RegionCode.of("410402");

  private TestLines() {}

  static List<PayoutLine> month(int households, YearMonth month) {
    List<PayoutLine> out = new ArrayList<>(households);
    for (int i = 0; i < households; i++) {
      String id = String.format("410402-%07d", i);
      out.add(new PayoutLine(month, month, Scheme.DIBAO, Beneficiary.household(id), Beneficiary.household(id),
          HouseholdId.of(id), XINHUA, PayoutKind.REGULAR, Money.ofFen(30_000 + i % 50_000), 1 + i % 4, STAMP));
    }
    return out;
  }
}
