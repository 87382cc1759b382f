package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standards2020.Standards2020;

class ReformComparisonExampleTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2020, 9);

  private final ReformCosting.Result r = ReformComparisonExample.compare(StandardsRegistry.of(Standards2020.provider()),
      org.minzheng.examples.EmbeddingExampleTest.CLOCK, List.of(TestHouseholds.couple(), TestHouseholds.elder(), TestHouseholds.rural()), SEPTEMBER);

  @Test
  void theCouplesDibaoRisesBy30PerMember() {
    // baseline: (570 × 2 × 12 − 10,000) / 12 = 306.67; reform: (600 × 2 × 12 − 10,000) / 12 = 4,400 / 12 = 366.67
    ReformCosting.Line xinhua = line(Scheme.DIBAO, "410402");
    assertThat(xinhua.baselineAmount()).isEqualTo(Money.parse("306.67"));
    assertThat(xinhua.reformAmount()).isEqualTo(Money.parse("366.67"));
    assertThat(xinhua.difference()).isEqualTo(Money.parse("60.00"));
  }

  @Test
  void theUrbanElderGains1point3Times30() {
    // extreme poverty: basic 1.3 × 570 = 741.00 + care (self-care) 5% × 1,900 = 95.00 → 836.00;
    // reform 1.3 × 600 = 780.00 + 95.00 = 875.00
    ReformCosting.Line zhanhe = line(Scheme.EXTREME_POVERTY, "410411");
    assertThat(zhanhe.baselineAmount()).isEqualTo(Money.parse("836.00"));
    assertThat(zhanhe.reformAmount()).isEqualTo(Money.parse("875.00"));
  }

  @Test
  void theRuralHouseholdIsUnchanged() {
    // rural 355.00 − 1,200 / 12 = 255.00 under both
    ReformCosting.Line lushan = line(Scheme.DIBAO, "410423");
    assertThat(lushan.baselineAmount()).isEqualTo(Money.parse("255.00"));
    assertThat(lushan.difference()).isEqualTo(Money.ZERO);
  }

  @Test
  void householdCounts() {
    assertThat(r.households()).isEqualTo(3);
    assertThat(r.gaining()).isEqualTo(2);
    assertThat(r.unchanged()).isEqualTo(1);
    assertThat(r.losing()).isZero();
    assertThat(r.newlyEligible()).isZero();
    // 60.00 + 39.00
    assertThat(r.reformTotal().minus(r.baselineTotal())).isEqualTo(Money.parse("99.00"));
  }

  @Test
  void aHouseholdJustAboveTheOldStandardBecomesNewlyEligible() {
    // one urban person with 7,000 a year: 583.33 a month ≥ 570 (ineligible), < 600 (reform: 600 − 583.33 = 16.67)
    Household h = new Household.Builder().id(HouseholdId.of("n")).region(RegionCode.of("410402"))
        .residenceType(ResidenceType.URBAN).assetsWithinLimits(true)
        .addMember(new Person.Builder().id(ResidentId.parse("410402198001010014")).hasCapableSupporter(true)
            .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(7_000))).build())
        .build();
    ReformCosting.Result n = ReformComparisonExample.compare(StandardsRegistry.of(Standards2020.provider()),
        org.minzheng.examples.EmbeddingExampleTest.CLOCK, List.of(h), SEPTEMBER);
    assertThat(n.newlyEligible()).isEqualTo(1);
    ReformCosting.Line dibao = n.total(Scheme.DIBAO);
    assertThat(dibao.baselineRecipients()).isZero();
    assertThat(dibao.reformRecipients()).isEqualTo(1);
    assertThat(dibao.newlyEligible()).isEqualTo(1);
    assertThat(dibao.reformAmount()).isEqualTo(Money.parse("16.67"));
  }

  private ReformCosting.Line line(Scheme scheme, String region) {
    return r.lines().stream().filter(l -> l.scheme() == scheme && l.region().code().equals(region)).findFirst().orElseThrow();
  }
}
