package org.minzheng.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payout.PayoutFixtures.CITY;
import static org.minzheng.payout.PayoutFixtures.YEXIAN;
import static org.minzheng.payout.PayoutFixtures.registry;
import static org.minzheng.payout.PayoutFixtures.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minzheng.household.InvalidInputException;
import org.minzheng.StandardsView;
import org.minzheng.household.InstitutionId;
import org.minzheng.standard.Parameters;

class InstitutionTest {
  static final LocalDate FROM = LocalDate.of(2019, 1, 1);

  static StandardsView standards(boolean inclusive) {
    return registry("1",
        value(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS, 200, FROM),
        value(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_RESIDENTS, 80, FROM),
        value(Parameters.INSTITUTIONS_THRESHOLD_INCLUSIVE, inclusive, FROM),
        value(Parameters.INSTITUTIONS_NURSING_BED_TARGET, new BigDecimal("0.55"), FROM),
        value(Parameters.GRIDS_HOUSEHOLDS_PER_GRID, 300, FROM),
        value(Parameters.GRIDS_ROUNDING, RoundingMode.CEILING, FROM))
        .standardFor(YEXIAN, YearMonth.of(2020, 9));
  }

  static Institution institution(InstitutionKind kind, int beds, int residents, boolean rural, boolean direct) {
    return new Institution.Builder().id(InstitutionId.of(kind + "-" + beds + "-" + residents)).kind(kind).name("测试机构")
        .region(YEXIAN).beds(beds).nursingBeds(0).residents(residents).directlyUnderCivilAffairs(direct).rural(rural)
        .status(ConstructionStatus.OPERATING).build();
  }

  @Test
  void elderlyCareInstitutionsAreCoveredFrom200Beds() {
    DualPreventionAssessment at199 = DualPrevention.assess(institution(InstitutionKind.ELDERLY_CARE, 199, 150, false, false), standards(true));
    DualPreventionAssessment at200 = DualPrevention.assess(institution(InstitutionKind.ELDERLY_CARE, 200, 150, false, false), standards(true));
    assertThat(at199.covered()).isFalse();
    assertThat(at199.clauses()).isEmpty();
    assertThat(at199.explanation().zh()).contains("床位199张，未达到200张以上（含本数）").contains("不在强制全覆盖范围");
    assertThat(at200.covered()).isTrue();
    assertThat(at200.clauses()).containsExactly(CoverageClause.ELDERLY_CARE_BEDS);
    assertThat(at200.explanation().en()).contains("200 beds reaches the threshold of 200 (inclusive)");
    assertThat(at200.parameters()).extracting(p -> p.id()).containsExactly(
        "institutions.dualPreventionMinBeds", "institutions.dualPreventionMinResidents", "institutions.thresholdInclusive");
  }

  @Test
  void ruralSupportInstitutionsAreCoveredFrom80Residents() {
    assertThat(DualPrevention.assess(institution(InstitutionKind.EXTREME_POVERTY_SUPPORT, 150, 79, true, false), standards(true))
        .covered()).isFalse();
    DualPreventionAssessment at80 = DualPrevention.assess(
        institution(InstitutionKind.EXTREME_POVERTY_SUPPORT, 100, 80, true, false), standards(true));
    assertThat(at80.clauses()).containsExactly(CoverageClause.RURAL_SUPPORT_RESIDENTS);
    // an urban support institution is not under the residents clause; with 300 beds the 200-bed clause
    // covers it, as an elderly-care institution in substance (rules.md §7, clarified)
    DualPreventionAssessment urban = DualPrevention.assess(
        institution(InstitutionKind.EXTREME_POVERTY_SUPPORT, 150, 120, false, false), standards(true));
    assertThat(urban.covered()).isFalse();
    assertThat(urban.explanation().en()).contains("applies to rural institutions only");
    assertThat(DualPrevention.assess(institution(InstitutionKind.EXTREME_POVERTY_SUPPORT, 300, 120, false, false), standards(true))
        .clauses()).containsExactly(CoverageClause.ELDERLY_CARE_BEDS);
  }

  @Test
  void anExclusiveThresholdLeavesTheThresholdItselfOut() {
    StandardsView exclusive = standards(false);
    assertThat(DualPrevention.assess(institution(InstitutionKind.ELDERLY_CARE, 200, 0, false, false), exclusive).covered()).isFalse();
    assertThat(DualPrevention.assess(institution(InstitutionKind.ELDERLY_CARE, 201, 0, false, false), exclusive).covered()).isTrue();
    assertThat(DualPrevention.assess(institution(InstitutionKind.EXTREME_POVERTY_SUPPORT, 90, 80, true, false), exclusive)
        .covered()).isFalse();
    assertThat(DualPrevention.assess(institution(InstitutionKind.EXTREME_POVERTY_SUPPORT, 90, 81, true, false), exclusive)
        .covered()).isTrue();
    assertThat(DualPrevention.assess(institution(InstitutionKind.ELDERLY_CARE, 200, 0, false, false), exclusive)
        .explanation().zh()).contains("不含本数");
  }

  @Test
  void everyInstitutionDirectlyUnderCivilAffairsIsCovered() {
    DualPreventionAssessment a = DualPrevention.assess(institution(InstitutionKind.CHILD_WELFARE, 20, 5, false, true), standards(true));
    assertThat(a.clauses()).containsExactly(CoverageClause.DIRECTLY_UNDER_CIVIL_AFFAIRS);
    DualPreventionAssessment both = DualPrevention.assess(institution(InstitutionKind.ELDERLY_CARE, 250, 5, false, true), standards(true));
    assertThat(both.clauses()).containsExactly(CoverageClause.DIRECTLY_UNDER_CIVIL_AFFAIRS, CoverageClause.ELDERLY_CARE_BEDS);
  }

  @Test
  void nursingBedShareIsComparedExactly() {
    BigDecimal target = new BigDecimal("0.55");
    // 55/100 = 0.55 meets; 54/100 does not; 11/20 = 0.55 meets; 1/3 = 0.333… does not
    assertThat(new NursingBedShare(55, 100).meets(target)).isTrue();
    assertThat(new NursingBedShare(54, 100).meets(target)).isFalse();
    assertThat(new NursingBedShare(11, 20).meets(target)).isTrue();
    assertThat(new NursingBedShare(1, 3).share(4, RoundingMode.HALF_UP)).contains(new BigDecimal("0.3333"));
    assertThat(new NursingBedShare(0, 0).meets(target)).isFalse();
    assertThat(new NursingBedShare(0, 0).share(2, RoundingMode.HALF_UP)).isEmpty();
    // 0.55 × 199 = 109.45 → 110 nursing beds needed; 100 present → 10 missing
    assertThat(new NursingBedShare(100, 199).shortfall(target)).isEqualTo(10);
    assertThat(new NursingBedShare(110, 199).meetsTarget(standards(true))).isTrue();
    assertThat(new NursingBedShare(109, 199).meetsTarget(standards(true))).isFalse();
    // combined over institutions: (30 + 80) / (100 + 100) = 0.55
    Institution a = new Institution.Builder().from(institution(InstitutionKind.ELDERLY_CARE, 100, 0, false, false)).nursingBeds(30).build();
    Institution b = new Institution.Builder().from(institution(InstitutionKind.ELDERLY_CARE, 100, 1, false, false)).nursingBeds(80).build();
    assertThat(NursingBedShare.of(List.of(a, b))).isEqualTo(new NursingBedShare(110, 200));
  }

  @Test
  void invalidInstitutionsNameEveryField() {
    assertThatThrownBy(() -> new Institution.Builder().id(InstitutionId.of("x")).kind(InstitutionKind.OTHER).name(" ")
        .region(YEXIAN).beds(10).nursingBeds(11).residents(-1).directlyUnderCivilAffairs(false).rural(false)
        .status(ConstructionStatus.PLANNED).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name is blank").hasMessageContaining("nursingBeds 11 is not between 0 and beds 10")
        .hasMessageContaining("residents -1 is negative");
  }

  @Test
  void constructionProgressMatchesTheSeed() {
    // seed: 7 centres and 30 day-care centres planned, 23 built, the other 14 under construction;
    // 60 rural happiness homes planned, 33 built
    List<Institution> plan = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 7; i++) {
      plan.add(planned(n++, InstitutionKind.COMPREHENSIVE_ELDERLY_CARE_CENTRE, i < 4 ? ConstructionStatus.OPERATING : ConstructionStatus.UNDER_CONSTRUCTION));
    }
    for (int i = 0; i < 30; i++) {
      plan.add(planned(n++, InstitutionKind.DAY_CARE_CENTRE, i < 19 ? ConstructionStatus.COMPLETED : ConstructionStatus.UNDER_CONSTRUCTION));
    }
    for (int i = 0; i < 60; i++) {
      plan.add(planned(n++, InstitutionKind.RURAL_HAPPINESS_HOME, i < 33 ? ConstructionStatus.OPERATING
          : i < 50 ? ConstructionStatus.APPROVED : ConstructionStatus.PLANNED));
    }
    ConstructionProgress p = ConstructionProgress.of(plan);
    List<InstitutionKind> centres = List.of(InstitutionKind.COMPREHENSIVE_ELDERLY_CARE_CENTRE, InstitutionKind.DAY_CARE_CENTRE);
    assertThat(p.of(centres)).isEqualTo(new ConstructionProgress.Tally(37, 23, 14, 0));
    assertThat(p.of(InstitutionKind.RURAL_HAPPINESS_HOME)).isEqualTo(new ConstructionProgress.Tally(60, 33, 0, 27));
    assertThat(p.of(InstitutionKind.CHILD_WELFARE)).isEqualTo(new ConstructionProgress.Tally(0, 0, 0, 0));
    assertThat(p.render(centres, Locale.CHINESE))
        .isEqualTo("规划7个综合养老服务中心、30个老年人日间照料中心，已建成23个，在建14个，未开工0个");
    assertThat(p.render(List.of(InstitutionKind.RURAL_HAPPINESS_HOME), Locale.ENGLISH))
        .isEqualTo("planned 60 rural happiness homes: 33 built, 0 under construction, 27 not started");
  }

  static Institution planned(int n, InstitutionKind kind, ConstructionStatus s) {
    return new Institution.Builder().id(InstitutionId.of("P" + n)).kind(kind).name("设施" + n).region(CITY)
        .beds(0).nursingBeds(0).residents(0).directlyUnderCivilAffairs(false).rural(kind == InstitutionKind.RURAL_HAPPINESS_HOME)
        .status(s).build();
  }

  @Test
  void gridsAreOnePerStarted300Households() {
    StandardsView v = standards(true);
    assertThat(CommunityGrids.gridsFor(0, v).grids()).isZero();
    assertThat(CommunityGrids.gridsFor(1, v).grids()).isEqualTo(1);
    assertThat(CommunityGrids.gridsFor(300, v).grids()).isEqualTo(1);
    assertThat(CommunityGrids.gridsFor(301, v).grids()).isEqualTo(2);
    assertThat(CommunityGrids.gridsFor(301, v).parameters()).extracting(p -> p.value()).containsExactly("300", "CEILING");
    assertThatThrownBy(() -> CommunityGrids.gridsFor(-1, v)).hasMessageContaining("households -1 is negative");
  }

  @Test
  void the117CityCommunitiesGive1340Grids() {
    // 53 communities of 3,450 households → ⌈11.5⌉ = 12 grids each = 636;
    // 64 communities of 3,100 households → ⌈10.33…⌉ = 11 grids each = 704; 636 + 704 = 1,340 in 117 communities
    List<Long> households = new ArrayList<>();
    for (int i = 0; i < 117; i++) {
      households.add(i < 53 ? 3_450L : 3_100L);
    }
    assertThat(CommunityGrids.totalGrids(households, standards(true))).isEqualTo(1_340);
  }

  @Test
  void anotherRoundingIsAParameter() {
    StandardsView halfUp = registry("1",
        value(Parameters.GRIDS_HOUSEHOLDS_PER_GRID, 300, FROM),
        value(Parameters.GRIDS_ROUNDING, RoundingMode.HALF_UP, FROM)).standardFor(YEXIAN, YearMonth.of(2020, 9));
    // 301 / 300 = 1.003 → 1; 450 / 300 = 1.5 → 2
    assertThat(CommunityGrids.gridsFor(301, halfUp).grids()).isEqualTo(1);
    assertThat(CommunityGrids.gridsFor(450, halfUp).grids()).isEqualTo(2);
  }
}
