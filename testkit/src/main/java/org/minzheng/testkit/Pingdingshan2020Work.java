package org.minzheng.testkit;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.minzheng.StandardsView;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.institution.ConstructionProgress;
import org.minzheng.institution.ConstructionStatus;
import org.minzheng.institution.DualPreventionProgramme;
import org.minzheng.institution.FuneralReformProgress;
import org.minzheng.institution.GridWork;
import org.minzheng.institution.Institution;
import org.minzheng.institution.InstitutionKind;
import org.minzheng.institution.InstitutionResidents;
import org.minzheng.institution.ReportingUnit;
import org.minzheng.report.Report;
import org.minzheng.standard.RegionCode;

/**
 * The seed's 2020 facility and community work as sample data (seed 一、(四), (六), (七), (十)), and the
 * report sentences built from it with the library's machinery ({@link ConstructionProgress},
 * {@link DualPreventionProgramme}, {@link GridWork}, {@link FuneralReformProgress},
 * {@link InstitutionResidents}). The counts are the seed's; names, regions, beds and the households of
 * each community are invented to fit them (see docs/sample-caseload.md).
 *
 * @since 0.1
 */
public final class Pingdingshan2020Work {
  private Pingdingshan2020Work() {}

  /** 平顶山市城乡一体化示范区: a reporting unit beside the districts, with no GB/T 2260 code of its own. */
  public static final ReportingUnit DEMONSTRATION_ZONE =
      new ReportingUnit("410400-SFQ", "城乡一体化示范区", "Urban-Rural Integration Demonstration Zone");

  private static final List<RegionCode> CITY_DISTRICTS =
      List.of(Pingdingshan.XINHUA, Pingdingshan.WEIDONG, Pingdingshan.ZHANHE, Pingdingshan.SHILONG);

  /**
   * The facilities planned in 2020: 7 comprehensive elderly-care centres and 30 day-care centres (23 built,
   * the other 14 under construction), 60 rural happiness homes (33 built; the rest assumed not started), 7
   * urban public cemeteries (5 with a site selected) and 66 township rural public cemeteries (18 sited).
   *
   * @return the facilities
   */
  public static List<Institution> facilities() {
    List<Institution> l = new ArrayList<>();
    add(l, InstitutionKind.COMPREHENSIVE_ELDERLY_CARE_CENTRE, "ZHYL", 7, 4, ConstructionStatus.OPERATING, ConstructionStatus.UNDER_CONSTRUCTION, 60);
    add(l, InstitutionKind.DAY_CARE_CENTRE, "RJZL", 30, 19, ConstructionStatus.OPERATING, ConstructionStatus.UNDER_CONSTRUCTION, 20);
    add(l, InstitutionKind.RURAL_HAPPINESS_HOME, "XFY", 60, 33, ConstructionStatus.OPERATING, ConstructionStatus.PLANNED, 10);
    add(l, InstitutionKind.URBAN_PUBLIC_CEMETERY, "CSGM", 7, 5, ConstructionStatus.SITE_SELECTED, ConstructionStatus.PLANNED, 0);
    add(l, InstitutionKind.RURAL_PUBLIC_CEMETERY, "NCGM", 66, 18, ConstructionStatus.SITE_SELECTED, ConstructionStatus.PLANNED, 0);
    return l;
  }

  private static void add(List<Institution> l, InstitutionKind kind, String prefix, int n, int first, ConstructionStatus firstStatus,
      ConstructionStatus rest, int beds) {
    for (int i = 0; i < n; i++) {
      RegionCode region = Pingdingshan.COUNTY_CODES.get(i % Pingdingshan.COUNTY_CODES.size());
      ConstructionStatus s = i < first ? firstStatus : rest;
      l.add(new Institution.Builder().id(InstitutionId.of(prefix + "-" + String.format("%02d", i + 1))).kind(kind)
          .name(Pingdingshan.COUNTIES.get(i % Pingdingshan.COUNTIES.size()).chinese() + kind.chinese() + (i + 1))
          .region(region).beds(beds).nursingBeds(beds / 4).residents(s == ConstructionStatus.OPERATING ? beds / 2 : 0)
          .directlyUnderCivilAffairs(false).rural(kind == InstitutionKind.RURAL_HAPPINESS_HOME
              || kind == InstitutionKind.RURAL_PUBLIC_CEMETERY)
          .status(s).build());
    }
  }

  /**
   * The extreme-poverty support institutions (敬老院) the caseload's centralized persons live in, each
   * declaring as residents the persons of the caseload who live there, except the first three with
   * residents, which declare two more (so that the check against the payroll has something to list).
   *
   * @param caseload the households, not null
   * @return the institutions, by id
   */
  public static List<Institution> supportInstitutions(Iterable<CaseloadHousehold> caseload) {
    Map<String, Integer> residents = new TreeMap<>();
    Map<String, RegionCode> region = new TreeMap<>();
    for (CaseloadHousehold ch : requireNonNull(caseload, "caseload")) {
      for (Person p : ch.household().members()) {
        p.institution().ifPresent(id -> {
          residents.merge(id.value(), 1, Integer::sum);
          region.putIfAbsent(id.value(), ch.household().region());
        });
      }
    }
    List<Institution> l = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Integer> e : residents.entrySet()) {
      int declared = e.getValue() + (n++ < 3 ? 2 : 0);
      int beds = 100 + (n * 37) % 160;
      l.add(new Institution.Builder().id(InstitutionId.of(e.getKey())).kind(InstitutionKind.EXTREME_POVERTY_SUPPORT)
          .name(e.getKey() + " 敬老院").region(region.get(e.getKey())).beds(beds).nursingBeds(beds / 5).residents(declared)
          .directlyUnderCivilAffairs(false).rural(true).status(ConstructionStatus.OPERATING).build());
    }
    return l;
  }

  /**
   * The dual-prevention programme: 44 institutions selected, 35 done. The sample selects the first 44
   * support institutions (or all, when fewer) and the operating comprehensive centres, in that order.
   *
   * @param support the support institutions, not null
   * @return the programme
   */
  public static DualPreventionProgramme dualPrevention(List<Institution> support) {
    List<InstitutionId> candidates = new ArrayList<>();
    support.forEach(i -> candidates.add(i.id()));
    facilities().stream().filter(i -> i.status() == ConstructionStatus.OPERATING).forEach(i -> candidates.add(i.id()));
    List<InstitutionId> selected = candidates.subList(0, Math.min(44, candidates.size()));
    return new DualPreventionProgramme(Set.copyOf(selected), Set.copyOf(selected.subList(0, Math.min(35, selected.size()))));
  }

  /**
   * The city communities and grid staff: 117 communities in the city districts, 53 of 3,301–3,600
   * households (12 grids each) and 64 of 3,001–3,300 (11 grids), 1,340 grids in all at one grid per 300
   * households rounded up; 996 grid workers, 199 liaison staff.
   *
   * @return the grid work
   */
  public static GridWork grids() {
    List<GridWork.Community> c = new ArrayList<>();
    for (int i = 0; i < 117; i++) {
      int grids = i < 53 ? 12 : 11;
      c.add(new GridWork.Community("社区" + (i + 1), CITY_DISTRICTS.get(i % CITY_DISTRICTS.size()),
          300L * (grids - 1) + 1 + (i * 37L) % 300));
    }
    return new GridWork(c, 996, 199);
  }

  /** @return the funeral-reform steps by reporting unit, as the seed lists them (一、(七)) */
  public static FuneralReformProgress funeralReform() {
    ReportingUnit xinhua = unit(Pingdingshan.XINHUA);
    ReportingUnit zhanhe = unit(Pingdingshan.ZHANHE);
    ReportingUnit weidong = unit(Pingdingshan.WEIDONG);
    ReportingUnit jia = unit(Pingdingshan.JIA);
    ReportingUnit shilong = unit(Pingdingshan.SHILONG);
    Map<FuneralReformProgress.Step, List<ReportingUnit>> m = new EnumMap<>(FuneralReformProgress.Step.class);
    m.put(FuneralReformProgress.Step.PLAN_ISSUED, List.of(xinhua, zhanhe, weidong, DEMONSTRATION_ZONE, jia, shilong));
    m.put(FuneralReformProgress.Step.LEADING_GROUP, List.of(xinhua, zhanhe, weidong, DEMONSTRATION_ZONE, shilong));
    m.put(FuneralReformProgress.Step.MEETING_HELD, List.of(jia, weidong, xinhua, DEMONSTRATION_ZONE));
    return new FuneralReformProgress(m);
  }

  private static ReportingUnit unit(RegionCode code) {
    return ReportingUnit.of(Pingdingshan.COUNTIES.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow());
  }

  /**
   * The report's section on facilities and community work, one sentence a line: construction progress,
   * cemeteries, dual prevention (with its gaps), grids, funeral reform, and the support institutions whose
   * declared residents disagree with the persons paid centralized support there in {@code month}.
   *
   * @param caseload the households paid, not null
   * @param report the payroll's report, not null
   * @param month the month of the residents check, not null
   * @param city the city's standards in force (grid and coverage parameters), not null
   * @param locale Chinese or else English, not null
   * @return the sentences
   */
  public static String sentences(Iterable<CaseloadHousehold> caseload, Report report, YearMonth month, StandardsView city,
      Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    List<Institution> support = supportInstitutions(caseload);
    ConstructionProgress p = ConstructionProgress.of(facilities());
    DualPreventionProgramme programme = dualPrevention(support);
    List<Institution> all = new ArrayList<>(support);
    all.addAll(facilities());
    List<Institution> gaps = programme.gaps(all, city);
    StringBuilder sb = new StringBuilder();
    sb.append(p.render(List.of(InstitutionKind.COMPREHENSIVE_ELDERLY_CARE_CENTRE, InstitutionKind.DAY_CARE_CENTRE), locale)).append('\n');
    sb.append(p.render(List.of(InstitutionKind.RURAL_HAPPINESS_HOME), locale)).append('\n');
    sb.append(p.renderSited(InstitutionKind.URBAN_PUBLIC_CEMETERY, locale)).append(zh ? "，" : "; ")
        .append(p.renderSited(InstitutionKind.RURAL_PUBLIC_CEMETERY, locale)).append('\n');
    sb.append(programme.render(locale)).append(zh ? "；应纳入而未选定 " : "; required but not selected: ").append(gaps.size())
        .append(zh ? " 家" : "").append(gaps.isEmpty() ? "" : gaps.stream().map(i -> i.id().toString())
            .collect(Collectors.joining(", ", " (", ")"))).append('\n');
    sb.append(grids().render(city, locale)).append('\n');
    sb.append(funeralReform().render(locale)).append('\n');
    sb.append(InstitutionResidents.render(InstitutionResidents.disagreements(support, report, month), month, locale));
    return sb.toString();
  }
}
