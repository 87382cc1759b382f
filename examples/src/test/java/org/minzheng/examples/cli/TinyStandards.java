package org.minzheng.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;

/**
 * A small hand-built standards set for testing the {@code standards} command independently of the
 * real data: a city (410400) and one county (410482), the urban dibao standard with a deliberate gap
 * (no value from 2019-07 through 2019-12), and one ASSUMPTION.
 */
final class TinyStandards {
  private TinyStandards() {}

  static final RegionCode CITY = RegionCode.of("410400");
  static final RegionCode COUNTY = RegionCode.of("410482");
  static final LegalBasis BASIS = new LegalBasis("S0", "平民〔2020〕5号", Optional.empty(), "测试文件",
      Optional.empty(), Optional.empty(), Optional.empty());

  static StandardSet withGap() {
    return StandardSet.builder("tiny", "1").title("tiny test standards")
        .addRegion(new RegionInfo(CITY, "平顶山市", "Pingdingshan City"))
        .addRegion(new RegionInfo(COUNTY, "汝州市", "Ruzhou City"))
        .addClaim(new Claim(CITY, Scheme.DIBAO, LocalDate.of(2019, 1, 1), Optional.empty()))
        .addValue(CITY, value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(520), LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 7, 1), Status.SEED), "$.test[0]")
        .addValue(CITY, value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(570), LocalDate.of(2020, 1, 1), null,
            Status.SEED), "$.test[1]")
        .addValue(CITY, value(Parameters.DIBAO_MINIMUM_PAYOUT, Money.ZERO, LocalDate.of(2019, 1, 1), null,
            Status.ASSUMPTION), "$.test[2]")
        .build();
  }

  static <T> ParameterValue<T> value(ParameterKey<T> key, T v, LocalDate from, LocalDate until, Status status) {
    return new ParameterValue<>(key, v, from, Optional.ofNullable(until), BASIS, status, status, Optional.empty());
  }
}
