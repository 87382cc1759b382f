package org.minzheng.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.Status;

class ReformOverlayTest {
  static final RegionCode CITY = RegionCode.of("410400");
  static final RegionCode XINHUA = RegionCode.of("410402");
  static final RegionCode RUZHOU = RegionCode.of("410482");
  static final LegalBasis CITY_BASIS = basis("平民〔2020〕5号");
  static final LegalBasis REFORM_BASIS = basis("reform scenario");

  /** The city claims DIBAO from 2019; urban 520 in 2019 and 570 from 2020; rural 355 throughout. */
  static StandardSet baseline() {
    return StandardSet.builder("city", "1").title("city")
        .addRegion(new RegionInfo(CITY, "平顶山市", "Pingdingshan City"))
        .addRegion(new RegionInfo(XINHUA, "新华区", "Xinhua District"))
        .addRegion(new RegionInfo(RUZHOU, "汝州市", "Ruzhou City"))
        .addClaim(new Claim(CITY, Scheme.DIBAO, LocalDate.of(2019, 1, 1), Optional.empty()))
        .addValue(CITY, value(Money.ofYuan(520), "2019-01-01", "2020-01-01", CITY_BASIS), "a")
        .addValue(CITY, value(Money.ofYuan(570), "2020-01-01", null, CITY_BASIS), "b")
        .addValue(CITY, new ParameterValue<>(Parameters.DIBAO_STANDARD_RURAL, Money.ofYuan(355), LocalDate.of(2019, 1, 1),
            Optional.empty(), CITY_BASIS, Status.SEED, Status.SEED, Optional.empty()), "c")
        .build();
  }

  static StandardSet reform(RegionCode region, String from, String until) {
    return StandardSet.builder("reform", "1").title("urban 600")
        .addRegion(new RegionInfo(region, "x", "x"))
        .addClaim(new Claim(region, Scheme.DIBAO, LocalDate.parse(from), Optional.ofNullable(until).map(LocalDate::parse)))
        .addValue(region, value(Money.ofYuan(600), from, until, REFORM_BASIS), "r")
        .build();
  }

  private final StandardsRegistry base = StandardsRegistry.builder().add(baseline()).build();

  @Test
  void aCityWideChangeReplacesTheValueFromItsStartAndKeepsTheRest() {
    StandardsRegistry r = ReformOverlay.of(reform(CITY, "2020-01-01", null)).applyTo(base);
    ResolvedParameter<Money> urban = r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2020, 9, 1));
    assertThat(urban.value()).isEqualTo(Money.ofYuan(600));
    assertThat(urban.providerId()).isEqualTo("city+reform");
    assertThat(urban.source().basis()).isEqualTo(REFORM_BASIS);
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2019, 12, 31)).value())
        .isEqualTo(Money.ofYuan(520));
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_RURAL, XINHUA, LocalDate.of(2020, 9, 1)).value())
        .isEqualTo(Money.ofYuan(355));
    // the baseline is untouched
    assertThat(base.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2020, 9, 1)).value())
        .isEqualTo(Money.ofYuan(570));
  }

  @Test
  void aTemporaryChangeRestoresTheBaselineAfterIt() {
    StandardsRegistry r = ReformOverlay.of(reform(CITY, "2020-07-01", "2021-01-01")).applyTo(base);
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2020, 6, 1)).value()).isEqualTo(Money.ofYuan(570));
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2020, 7, 1)).value()).isEqualTo(Money.ofYuan(600));
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2021, 1, 1)).value()).isEqualTo(Money.ofYuan(570));
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2021, 1, 1)).source().basis())
        .isEqualTo(CITY_BASIS);
  }

  @Test
  void aCountyChangeOverridesOnlyThatCounty() {
    StandardsRegistry r = ReformOverlay.of(reform(RUZHOU, "2020-01-01", null)).applyTo(base);
    ResolvedParameter<Money> ruzhou = r.resolve(Parameters.DIBAO_STANDARD_URBAN, RUZHOU, LocalDate.of(2020, 9, 1));
    assertThat(ruzhou.value()).isEqualTo(Money.ofYuan(600));
    assertThat(ruzhou.suppliedBy()).isEqualTo(RUZHOU);
    ResolvedParameter<Money> xinhua = r.resolve(Parameters.DIBAO_STANDARD_URBAN, XINHUA, LocalDate.of(2020, 9, 1));
    assertThat(xinhua.value()).isEqualTo(Money.ofYuan(570));
    assertThat(xinhua.suppliedBy()).isEqualTo(CITY);
    // Ruzhou inherits what the reform does not change
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_RURAL, RUZHOU, LocalDate.of(2020, 9, 1)).value()).isEqualTo(Money.ofYuan(355));
  }

  @Test
  void aValueNoBaselineModuleClaimsIsRejectedNamingSchemeAndRegion() {
    StandardSet early = reform(CITY, "2018-01-01", null);
    assertThatThrownBy(() -> ReformOverlay.of(early).applyTo(base))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageContaining("no baseline module claims DIBAO for region 410400 or an ancestor on 2018-01-01");
  }

  private static ParameterValue<Money> value(Money m, String from, String until, LegalBasis basis) {
    return new ParameterValue<>(Parameters.DIBAO_STANDARD_URBAN, m, LocalDate.parse(from),
        Optional.ofNullable(until).map(LocalDate::parse), basis, Status.SEED, Status.SEED, Optional.empty());
  }

  private static LegalBasis basis(String number) {
    return new LegalBasis("B", number, Optional.empty(), number, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
