package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minzheng.StandardsRegistry;
import org.minzheng.StandardsView;
import org.minzheng.institution.ConstructionProgress;
import org.minzheng.institution.ConstructionStatus;
import org.minzheng.institution.Institution;
import org.minzheng.institution.InstitutionKind;
import org.minzheng.report.ReportAggregator;
import org.minzheng.standards2020.Standards2020;

/** The seed's 2020 facility and community figures, counted back from the sample data by the library. */
class Pingdingshan2020WorkTest {
  static final StandardsView CITY = StandardsRegistry.of(Standards2020.provider()).standardFor(Pingdingshan.CITY, YearMonth.of(2020, 9));

  @Test
  void facilitiesGiveTheSeedsCounts() {
    ConstructionProgress p = ConstructionProgress.of(Pingdingshan2020Work.facilities());
    assertThat(p.of(List.of(InstitutionKind.COMPREHENSIVE_ELDERLY_CARE_CENTRE, InstitutionKind.DAY_CARE_CENTRE)))
        .isEqualTo(new ConstructionProgress.Tally(37, 23, 14, 0));
    assertThat(p.of(InstitutionKind.RURAL_HAPPINESS_HOME).built()).isEqualTo(33);
    assertThat(p.of(InstitutionKind.RURAL_HAPPINESS_HOME).planned()).isEqualTo(60);
    assertThat(p.reached(InstitutionKind.URBAN_PUBLIC_CEMETERY, ConstructionStatus.SITE_SELECTED)).isEqualTo(5);
    assertThat(p.of(InstitutionKind.URBAN_PUBLIC_CEMETERY).planned()).isEqualTo(7);
    assertThat(p.reached(InstitutionKind.RURAL_PUBLIC_CEMETERY, ConstructionStatus.SITE_SELECTED)).isEqualTo(18);
    assertThat(p.of(InstitutionKind.RURAL_PUBLIC_CEMETERY).planned()).isEqualTo(66);
  }

  @Test
  void gridsAndProgrammeGiveTheSeedsCounts() {
    assertThat(Pingdingshan2020Work.grids().communities()).hasSize(117);
    assertThat(Pingdingshan2020Work.grids().grids(CITY)).isEqualTo(1_340);
    List<Institution> support = Pingdingshan2020Work.supportInstitutions(PingdingshanCaseload.sample());
    // one institution for each that the sample's centralized persons live in (at most 5 per county)
    long distinct = PingdingshanCaseload.sample().stream().flatMap(ch -> ch.household().members().stream())
        .flatMap(p -> p.institution().stream()).distinct().count();
    assertThat(distinct).isBetween(20L, 50L);
    assertThat(support).hasSize((int) distinct).allSatisfy(i -> assertThat(i.kind()).isEqualTo(InstitutionKind.EXTREME_POVERTY_SUPPORT));
    assertThat(Pingdingshan2020Work.dualPrevention(support).selected()).hasSize(44);
    assertThat(Pingdingshan2020Work.dualPrevention(support).done()).hasSize(35);
  }

  @Test
  void sentencesInChineseAndEnglish() {
    String zh = Pingdingshan2020Work.sentences(PingdingshanCaseload.sample(), new ReportAggregator().build(), YearMonth.of(2020, 9),
        CITY, Locale.CHINESE);
    assertThat(zh).contains("规划7个综合养老服务中心、30个老年人日间照料中心，已建成23个，在建14个，未开工0个")
        .contains("城乡一体化示范区已召开推进移风易俗倡树文明殡葬新风工作会议")
        .contains("将城市区117个社区划分1340个网格");
    String en = Pingdingshan2020Work.sentences(PingdingshanCaseload.sample(), new ReportAggregator().build(), YearMonth.of(2020, 9),
        CITY, Locale.ENGLISH);
    assertThat(en).contains("planned 60 rural happiness homes: 33 built, 0 under construction, 27 not started")
        .contains("of 66 township rural public cemeteries planned, 18 have a site selected")
        .contains("44 institutions selected for the dual-prevention system, 35 done")
        .contains("117 city communities divided into 1340 grids, 996 full-time grid workers hired, 199 staff sent down as grid liaison")
        .contains("Urban-Rural Integration Demonstration Zone have held working meetings")
        // with an empty report nobody is paid centralized support, so every declaring institution disagrees
        .contains("declares").contains("0 paid centralized support in 2020-09");
  }
}
