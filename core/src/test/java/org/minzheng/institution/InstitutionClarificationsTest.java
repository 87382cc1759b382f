package org.minzheng.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.payout.PayoutFixtures.YEXIAN;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.household.InstitutionId;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Enrollment;
import org.minzheng.payout.InMemoryLedger;
import org.minzheng.payout.PayoutFixtures;
import org.minzheng.payout.PayoutRun;
import org.minzheng.report.Report;
import org.minzheng.report.ReportAggregator;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;

/** rules.md §7 as clarified: the kinds the 200-bed clause covers, what exists, operating beds, residents from the payroll. */
class InstitutionClarificationsTest {
  static final YearMonth JAN = YearMonth.of(2020, 1);

  static Institution of(String id, InstitutionKind kind, int beds, int nursing, int residents, boolean rural,
      ConstructionStatus status) {
    return new Institution.Builder().id(InstitutionId.of(id)).kind(kind).name("机构" + id).region(YEXIAN).beds(beds)
        .nursingBeds(nursing).residents(residents).directlyUnderCivilAffairs(false).rural(rural).status(status).build();
  }

  @Test
  void the200BedClauseCoversEveryElderlyCareInstitutionInSubstance() {
    // a 250-bed 敬老院 with 40 residents (below the 80-resident clause) and a 300-bed 综合养老服务中心
    DualPreventionAssessment jly = DualPrevention.assess(
        of("JLY", InstitutionKind.EXTREME_POVERTY_SUPPORT, 250, 0, 40, true, ConstructionStatus.OPERATING), InstitutionTest.standards(true));
    assertThat(jly.covered()).isTrue();
    assertThat(jly.clauses()).containsExactly(CoverageClause.ELDERLY_CARE_BEDS);
    assertThat(jly.explanation().zh()).contains("特困人员供养服务机构床位250张");
    DualPreventionAssessment centre = DualPrevention.assess(
        of("ZX", InstitutionKind.COMPREHENSIVE_ELDERLY_CARE_CENTRE, 300, 0, 10, false, ConstructionStatus.OPERATING),
        InstitutionTest.standards(true));
    assertThat(centre.clauses()).containsExactly(CoverageClause.ELDERLY_CARE_BEDS);
    // a day-care centre or a child welfare home of 300 beds is not an elderly-care institution in substance
    assertThat(DualPrevention.assess(of("RJ", InstitutionKind.DAY_CARE_CENTRE, 300, 0, 10, false, ConstructionStatus.OPERATING),
        InstitutionTest.standards(true)).covered()).isFalse();
    assertThat(DualPrevention.assess(of("ET", InstitutionKind.CHILD_WELFARE, 300, 0, 10, false, ConstructionStatus.OPERATING),
        InstitutionTest.standards(true)).covered()).isFalse();
  }

  @Test
  void onlyInstitutionsThatExistAreCoveredOrGaps() {
    Institution planned = of("P", InstitutionKind.ELDERLY_CARE, 300, 0, 0, false, ConstructionStatus.PLANNED);
    Institution emptyCompleted = of("C0", InstitutionKind.ELDERLY_CARE, 300, 0, 0, false, ConstructionStatus.COMPLETED);
    Institution completed = of("C1", InstitutionKind.ELDERLY_CARE, 300, 0, 5, false, ConstructionStatus.COMPLETED);
    Institution operating = of("O", InstitutionKind.ELDERLY_CARE, 300, 0, 0, false, ConstructionStatus.OPERATING);
    DualPreventionAssessment p = DualPrevention.assess(planned, InstitutionTest.standards(true));
    assertThat(p.counted()).isFalse();
    assertThat(p.covered()).isFalse();
    assertThat(p.explanation().en()).contains("neither covered nor a gap");
    assertThat(DualPrevention.assess(emptyCompleted, InstitutionTest.standards(true)).counted()).isFalse();
    assertThat(DualPrevention.assess(completed, InstitutionTest.standards(true)).covered()).isTrue();
    assertThat(DualPrevention.assess(operating, InstitutionTest.standards(true)).covered()).isTrue();
    // the programme selected only the operating one: the completed home with residents is the one gap
    DualPreventionProgramme programme = new DualPreventionProgramme(Set.of(operating.id()), Set.of());
    assertThat(programme.gaps(List.of(planned, emptyCompleted, completed, operating), InstitutionTest.standards(true)))
        .containsExactly(completed);
    assertThatThrownBy(() -> new DualPreventionProgramme(Set.of(), Set.of(operating.id())))
        .hasMessageContaining("institution O is done but was not selected");
  }

  @Test
  void nursingBedShareCountsOperatingElderlyCareBedsOnly() {
    List<Institution> all = List.of(
        of("A", InstitutionKind.ELDERLY_CARE, 100, 60, 80, false, ConstructionStatus.OPERATING),
        of("B", InstitutionKind.EXTREME_POVERTY_SUPPORT, 100, 40, 70, true, ConstructionStatus.OPERATING),
        of("C", InstitutionKind.ELDERLY_CARE, 400, 0, 0, false, ConstructionStatus.PLANNED),
        of("D", InstitutionKind.ELDERLY_CARE, 100, 0, 10, false, ConstructionStatus.COMPLETED),
        of("E", InstitutionKind.CHILD_WELFARE, 50, 0, 20, false, ConstructionStatus.OPERATING));
    // (60 + 40) / (100 + 100) = 0.50; the planned 400 beds, the completed home and the child welfare home are not counted
    assertThat(NursingBedShare.of(all)).isEqualTo(new NursingBedShare(100, 200));
  }

  @Test
  void residentsOfASupportInstitutionAreCountedFromWhoIsPaidThere() {
    List<EnrolledHousehold> enrolled = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Household h = new Household.Builder().from(PayoutFixtures.household("h-ep-" + i, YEXIAN, 1, 0))
          .members(List.of(PayoutFixtures.inInstitution(PayoutFixtures.rid(900 + i), i < 2 ? "JLY-01" : "JLY-02"))).build();
      enrolled.add(new EnrolledHousehold(h, List.of(Enrollment.of(Scheme.EXTREME_POVERTY,
          Beneficiary.person(h.members().get(0).id().value()), h.id(), JAN))));
    }
    InMemoryLedger ledger = new InMemoryLedger();
    PayoutRun.of(PayoutFixtures.engine(PayoutFixtures.with2020Rise())).pay(JAN, enrolled, ledger);
    Report report = ReportAggregator.of(ledger).build();
    assertThat(InstitutionResidents.paid(report, JAN))
        .isEqualTo(Map.of(InstitutionId.of("JLY-01"), 2L, InstitutionId.of("JLY-02"), 1L));

    Institution agrees = of("JLY-01", InstitutionKind.EXTREME_POVERTY_SUPPORT, 120, 0, 2, true, ConstructionStatus.OPERATING);
    Institution declaresFive = of("JLY-03", InstitutionKind.EXTREME_POVERTY_SUPPORT, 120, 0, 5, true, ConstructionStatus.OPERATING);
    List<InstitutionResidents.Disagreement> d = InstitutionResidents.disagreements(List.of(agrees, declaresFive), report, JAN);
    assertThat(d).containsExactly(
        new InstitutionResidents.Disagreement(InstitutionId.of("JLY-03"), "机构JLY-03", 5, 0),
        new InstitutionResidents.Disagreement(InstitutionId.of("JLY-02"), "", -1, 1));
    assertThat(InstitutionResidents.render(d, JAN, Locale.CHINESE))
        .contains("机构JLY-03 (JLY-03): 申报在院 5 人, 2020年1月集中供养发放 0 人")
        .contains("JLY-02: 机构名录中无此机构");
    // the 80-resident clause applied to the paid count
    Institution big = of("JLY-09", InstitutionKind.EXTREME_POVERTY_SUPPORT, 150, 0, 10, true, ConstructionStatus.OPERATING);
    assertThat(DualPrevention.assess(big.withResidents(80), InstitutionTest.standards(true)).clauses())
        .containsExactly(CoverageClause.RURAL_SUPPORT_RESIDENTS);
  }

  @Test
  void facilityAndCommunitySentences() {
    List<Institution> plan = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      plan.add(of("GM" + i, InstitutionKind.URBAN_PUBLIC_CEMETERY, 0, 0, 0, false,
          i < 4 ? ConstructionStatus.SITE_SELECTED : i < 5 ? ConstructionStatus.APPROVED : ConstructionStatus.PLANNED));
    }
    ConstructionProgress p = ConstructionProgress.of(plan);
    assertThat(p.renderSited(InstitutionKind.URBAN_PUBLIC_CEMETERY, Locale.CHINESE)).isEqualTo("7座城市公益性公墓建设任务，完成初步选址的有5座");
    assertThat(p.renderSited(InstitutionKind.URBAN_PUBLIC_CEMETERY, Locale.ENGLISH))
        .isEqualTo("of 7 urban public cemeteries planned, 5 have a site selected");
    assertThat(p.of(InstitutionKind.URBAN_PUBLIC_CEMETERY).notStarted()).isEqualTo(7);

    List<GridWork.Community> communities = new ArrayList<>();
    for (int i = 0; i < 117; i++) {
      communities.add(new GridWork.Community("社区" + i, YEXIAN, i < 53 ? 3_600 : 3_300)); // 12 or 11 grids
    }
    GridWork grids = new GridWork(communities, 996, 199);
    assertThat(grids.grids(InstitutionTest.standards(true))).isEqualTo(53 * 12 + 64 * 11);
    assertThat(grids.render(InstitutionTest.standards(true), Locale.CHINESE))
        .isEqualTo("按照每300户左右设置1个网格的原则，将城市区117个社区划分1340个网格，选聘专职网格员996人，下沉199名骨干担任社区网格联络员");

    ReportingUnit zone = new ReportingUnit("410400-SFQ", "城乡一体化示范区", "Urban-Rural Integration Demonstration Zone");
    ReportingUnit xinhua = ReportingUnit.of(new RegionInfo(RegionCode.of("410402"), "新华区", "Xinhua District"));
    FuneralReformProgress f = new FuneralReformProgress(Map.of(FuneralReformProgress.Step.PLAN_ISSUED, List.of(xinhua, zone),
        FuneralReformProgress.Step.MEETING_HELD, List.of(zone)));
    assertThat(f.render(Locale.CHINESE)).isEqualTo("新华区、城乡一体化示范区均已出台对应的实施方案；城乡一体化示范区已召开推进移风易俗倡树文明殡葬新风工作会议");
    assertThat(new DualPreventionProgramme(Set.of(InstitutionId.of("a"), InstitutionId.of("b")), Set.of(InstitutionId.of("a")))
        .render(Locale.CHINESE)).isEqualTo("双重预防体系选定的2家建设单位，已完成建设1家");
  }
}
