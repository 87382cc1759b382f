package org.minzheng.institution;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.household.InstitutionId;
import org.minzheng.report.Report;
import org.minzheng.report.ReportLevel;
import org.minzheng.report.ReportRow;
import org.minzheng.standard.Scheme;

/**
 * The residents of extreme-poverty support institutions (特困供养服务机构 / 敬老院) as the payroll
 * counts them: centralized extreme-poverty support is paid to the institution where the person lives
 * (rules.md §2, §7), so the persons paid there in a month are its residents for that month. The
 * 80-resident clause of the dual-prevention coverage can be applied to that count
 * ({@link Institution#withResidents(int)}), and {@link #disagreements} lists the institutions whose
 * declared residents differ from it.
 *
 * @since 0.1
 */
public final class InstitutionResidents {
  private InstitutionResidents() {}

  /**
   * An institution whose declared residents differ from the persons paid centralized support there.
   *
   * @param institution the institution's id, not null
   * @param name its name, or empty when the payroll pays an institution the list does not know
   * @param declared the residents it declares ({@code -1} when the list does not know it)
   * @param paid the distinct persons paid centralized support there in the month
   * @since 0.1
   */
  public record Disagreement(InstitutionId institution, String name, int declared, long paid) {
    /**
     * Checks the components.
     *
     * @param institution the institution's id, not null
     * @param name its name, or empty when the payroll pays an institution the list does not know
     * @param declared the residents it declares ({@code -1} when the list does not know it)
     * @param paid the distinct persons paid centralized support there in the month
     */
    public Disagreement {
      requireNonNull(institution, "institution");
      requireNonNull(name, "name");
    }
  }

  /**
   * @param report a report of payouts, not null
   * @param month the month, not null
   * @return institution id → distinct persons paid extreme-poverty support there in {@code month}, in report order
   */
  public static Map<InstitutionId, Long> paid(Report report, YearMonth month) {
    requireNonNull(month, "month");
    Map<InstitutionId, Long> m = new LinkedHashMap<>();
    for (ReportRow r : requireNonNull(report, "report").rows(ReportLevel.INSTITUTION)) {
      if (r.scheme() == Scheme.EXTREME_POVERTY && r.period().equals(month)) {
        m.put(InstitutionId.of(r.key()), r.recipients());
      }
    }
    return m;
  }

  /**
   * The support institutions whose declared residents differ from the persons paid there in
   * {@code month}, then every institution paid there that the list does not hold. Institutions of other
   * kinds, and institutions that do not yet exist ({@link Institution#countsForCoverage()}) and are not
   * paid, are not compared.
   *
   * @param institutions the known institutions, not null
   * @param report a report of payouts, not null
   * @param month the month, not null
   * @return the disagreements, in the order of {@code institutions}
   */
  public static List<Disagreement> disagreements(Iterable<Institution> institutions, Report report, YearMonth month) {
    Map<InstitutionId, Long> paid = new LinkedHashMap<>(paid(report, month));
    List<Disagreement> out = new ArrayList<>();
    for (Institution i : requireNonNull(institutions, "institutions")) {
      Long p = paid.remove(i.id());
      if (i.kind() != InstitutionKind.EXTREME_POVERTY_SUPPORT || (p == null && !i.countsForCoverage())) {
        continue;
      }
      long n = p == null ? 0 : p;
      if (n != i.residents()) {
        out.add(new Disagreement(i.id(), i.name(), i.residents(), n));
      }
    }
    paid.forEach((id, n) -> out.add(new Disagreement(id, "", -1, n)));
    return out;
  }

  /**
   * One line per disagreement, e.g. {@code 叶县第一敬老院 (JLY-410422-01): 申报在院 12 人, 本月集中供养发放 10 人}.
   *
   * @param disagreements the disagreements, not null
   * @param month the month, not null
   * @param locale Chinese or else English, not null
   * @return the lines, or one line saying that every declaration agrees
   */
  public static String render(List<Disagreement> disagreements, YearMonth month, Locale locale) {
    boolean zh = "zh".equals(requireNonNull(locale, "locale").getLanguage());
    if (disagreements.isEmpty()) {
      return zh ? month.getYear() + "年" + month.getMonthValue() + "月各特困供养服务机构申报在院人数与集中供养发放人数一致\n"
          : "In " + month + " every support institution's declared residents agree with the persons paid centralized support there\n";
    }
    return disagreements.stream().map(d -> {
      String who = d.name().isEmpty() ? d.institution().toString() : d.name() + " (" + d.institution() + ")";
      if (zh) {
        return who + ": " + (d.declared() < 0 ? "机构名录中无此机构" : "申报在院 " + d.declared() + " 人") + ", "
            + month.getYear() + "年" + month.getMonthValue() + "月集中供养发放 " + d.paid() + " 人";
      }
      return who + ": " + (d.declared() < 0 ? "not in the list of institutions" : "declares " + d.declared() + " residents")
          + ", " + d.paid() + " paid centralized support in " + month;
    }).collect(Collectors.joining("\n", "", "\n"));
  }
}
