package org.minzheng.institution;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsView;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.standard.Parameters;

/**
 * The dual-prevention coverage rule (双重预防体系, rules.md §7): an institution must be covered if it is
 * directly under a civil-affairs department, or is an elderly-care institution in substance
 * ({@link InstitutionKind#isElderlyCareInSubstance()}: 养老机构, 敬老院, 综合养老服务中心) with at least {@link Parameters#INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS}
 * beds, or is a rural extreme-poverty support institution with at least
 * {@link Parameters#INSTITUTIONS_DUAL_PREVENTION_MIN_RESIDENTS} residents. Whether "以上" includes
 * the threshold is {@link Parameters#INSTITUTIONS_THRESHOLD_INCLUSIVE} (true in standards-2020, an
 * ASSUMPTION). Only an institution that exists counts ({@link Institution#countsForCoverage()}:
 * operating, or completed with residents); a planned one is neither covered nor a gap.
 *
 * @since 0.1
 */
public final class DualPrevention {
  private DualPrevention() {}

  /**
   * Assesses one institution against the standards in force.
   *
   * @param institution the institution, not null
   * @param standards the standards of the institution's region and day, not null
   * @return the assessment, naming the clauses that apply or why none does
   * @throws org.minzheng.standard.StandardNotFoundException if a threshold has no value in force (strict mode)
   */
  public static DualPreventionAssessment assess(Institution institution, StandardsView standards) {
    requireNonNull(institution, "institution");
    requireNonNull(standards, "standards");
    ResolvedParameter<Boolean> inclusiveP = standards.get(Parameters.INSTITUTIONS_THRESHOLD_INCLUSIVE);
    ResolvedParameter<Integer> bedsP = standards.get(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_BEDS);
    ResolvedParameter<Integer> residentsP = standards.get(Parameters.INSTITUTIONS_DUAL_PREVENTION_MIN_RESIDENTS);
    boolean inclusive = inclusiveP.value();
    List<ParameterUse> uses = List.of(bedsP.toUse(), residentsP.toUse(), inclusiveP.toUse());
    String incZh = inclusive ? "含本数" : "不含本数";
    String incEn = inclusive ? "inclusive" : "exclusive";
    List<CoverageClause> clauses = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!institution.countsForCoverage()) {
      String s = institution.status() + (institution.status() == ConstructionStatus.COMPLETED ? ", 0 residents" : "");
      return new DualPreventionAssessment(institution.id(), false, false, List.of(), LocalizedText.of(
          "尚未建成运营（" + s + "）：既不计为已覆盖，也不计为缺口",
          "not yet operating (" + s + "): neither covered nor a gap"), uses);
    }

    if (institution.directlyUnderCivilAffairs()) {
      clauses.add(CoverageClause.DIRECTLY_UNDER_CIVIL_AFFAIRS);
      zh.add("民政部门直属机构：纳入");
      en.add("directly under civil affairs: covered");
    } else {
      zh.add("非民政部门直属");
      en.add("not directly under civil affairs");
    }

    if (institution.kind().isElderlyCareInSubstance() && institution.beds() > 0) {
      int min = bedsP.value();
      boolean reaches = reaches(institution.beds(), min, inclusive);
      if (reaches) {
        clauses.add(CoverageClause.ELDERLY_CARE_BEDS);
      }
      zh.add(institution.kind().chinese() + "床位" + institution.beds() + "张，" + (reaches ? "达到" : "未达到") + min + "张以上（" + incZh + "）"
          + (reaches ? "：纳入" : ""));
      en.add(institution.kind().english() + " with " + institution.beds() + " beds " + (reaches ? "reaches" : "is below")
          + " the threshold of " + min + " (" + incEn + ")" + (reaches ? ": covered" : ""));
    }

    if (institution.kind() == InstitutionKind.EXTREME_POVERTY_SUPPORT) {
      if (institution.rural()) {
        int min = residentsP.value();
        boolean reaches = reaches(institution.residents(), min, inclusive);
        if (reaches) {
          clauses.add(CoverageClause.RURAL_SUPPORT_RESIDENTS);
        }
        zh.add("农村特困人员供养机构供养" + institution.residents() + "人，" + (reaches ? "达到" : "未达到") + min
            + "人以上（" + incZh + "）" + (reaches ? "：纳入" : ""));
        en.add("rural support institution with " + institution.residents() + " residents " + (reaches ? "reaches" : "is below")
            + " the threshold of " + min + " (" + incEn + ")" + (reaches ? ": covered" : ""));
      } else {
        zh.add("城市特困人员供养机构，供养人数条款只适用于农村机构");
        en.add("urban support institution; the residents clause applies to rural institutions only");
      }
    }

    boolean covered = !clauses.isEmpty();
    zh.add(covered ? "结论：纳入双重预防体系全覆盖范围" : "结论：不在强制全覆盖范围");
    en.add(covered ? "conclusion: mandatory dual-prevention coverage" : "conclusion: not within mandatory coverage");
    return new DualPreventionAssessment(institution.id(), true, covered, clauses,
        LocalizedText.of(String.join("；", zh), String.join("; ", en)), uses);
  }

  private static boolean reaches(int value, int threshold, boolean inclusive) {
    return inclusive ? value >= threshold : value > threshold;
  }
}
