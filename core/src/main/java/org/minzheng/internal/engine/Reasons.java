package org.minzheng.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.Reason;

/**
 * Shared, constant reasons (a failed condition never allocates) and the builders of missing-fact reasons.
 * Public for the built-in rules in {@code org.minzheng.schemes.*}; this package is not exported.
 */
public final class Reasons {
  private Reasons() {}

  // ---- dibao (§1)
  public static final Reason NO_COUNTED_MEMBER = r("NO_COUNTED_MEMBER",
      "家庭无计入成员(当月无成员计入,或均为特困人员)",
      "no counted member: nobody counts this month, or every member is an extreme-poverty person");
  public static final Reason INCOME_NOT_BELOW_STANDARD = r("INCOME_NOT_BELOW_STANDARD",
      "家庭月人均收入不低于当地低保标准", "counted monthly income per person is not below the local dibao standard");
  public static final Reason ASSETS_EXCEED_LIMITS = r("ASSETS_EXCEED_LIMITS",
      "家庭财产超过当地规定", "household assets exceed the local limits");

  // ---- extreme poverty (§2)
  public static final Reason ABLE_TO_WORK = r("NOT_UNABLE_TO_WORK",
      "不属于无劳动能力人员(年龄、残疾等级均不符合)", "not unable to work (neither the age nor a disability grade qualifies)");
  public static final Reason OWN_INCOME_NOT_BELOW_STANDARD = r("OWN_INCOME_NOT_BELOW_STANDARD",
      "本人收入不低于当地低保标准", "the person's own counted income is not below the local dibao standard");
  public static final Reason HAS_CAPABLE_SUPPORTER = r("HAS_CAPABLE_SUPPORTER",
      "有具备赡养、抚养、扶养能力的法定义务人", "a legal supporter able to support exists");

  // ---- price subsidy (§4)
  public static final Reason NOT_COVERED = r("NOT_COVERED",
      "不属于价格临时补贴保障范围", "not in a group the price subsidy covers");
  public static final Reason NOT_TRIGGERED = r("NOT_TRIGGERED",
      "当月价格指数未达到启动条件", "the month's price indices do not reach the trigger");

  // ---- old-age allowance (§5)
  public static final Reason BELOW_MINIMUM_AGE = r("BELOW_MINIMUM_AGE",
      "未达到高龄津贴最低年龄", "below the lowest age of the old-age allowance");
  public static final Reason HUKOU_OUTSIDE_REGION = r("HUKOU_OUTSIDE_REGION",
      "户籍不在高龄津贴发放范围内", "household registration outside the region covered");

  // ---- disability subsidies (§6)
  public static final Reason NOT_DISABLED = r("NOT_DISABLED", "无持证残疾", "no certified disability");
  public static final Reason EXTREME_POVERTY_PERSON = r("EXTREME_POVERTY_PERSON",
      "特困供养人员不享受残疾人两项补贴", "extreme-poverty persons receive neither disability subsidy");
  public static final Reason WORK_INJURY_NURSING = r("WORK_INJURY_NURSING_ALLOWANCE",
      "享受工伤保险生活护理费", "receives a work-injury nursing allowance");
  public static final Reason ORPHAN_PROTECTION = r("ORPHAN_PROTECTION",
      "纳入孤儿基本生活保障,不享受生活补贴", "under orphan basic-living protection: no living subsidy");
  public static final Reason NOT_DIBAO_HOUSEHOLD = r("NOT_DIBAO_HOUSEHOLD",
      "当月不属于低保家庭", "not in a household receiving dibao this month");
  public static final Reason GRADE_NOT_SEVERE = r("GRADE_NOT_SEVERE",
      "残疾等级不属于重度", "the disability grade is not severe");
  public static final Reason NO_LONG_TERM_CARE = r("NO_LONG_TERM_CARE",
      "不需要长期照护", "does not need long-term care");

  public static final List<Reason> L_NO_COUNTED_MEMBER = List.of(NO_COUNTED_MEMBER);
  public static final List<Reason> L_NOT_COVERED = List.of(NOT_COVERED);
  public static final List<Reason> L_NOT_TRIGGERED = List.of(NOT_TRIGGERED);
  public static final List<Reason> L_BELOW_MINIMUM_AGE = List.of(BELOW_MINIMUM_AGE);
  public static final List<Reason> L_HUKOU_OUTSIDE_REGION = List.of(HUKOU_OUTSIDE_REGION);
  public static final List<Reason> L_NOT_DISABLED = List.of(NOT_DISABLED);
  public static final List<Reason> L_NOT_DIBAO_HOUSEHOLD = List.of(NOT_DIBAO_HOUSEHOLD);
  public static final List<Reason> L_INCOME_NOT_BELOW_STANDARD = List.of(INCOME_NOT_BELOW_STANDARD);
  public static final List<Reason> L_ABLE_TO_WORK = List.of(ABLE_TO_WORK);

  /** Extreme-poverty failures by mask: 1 own income, 2 assets, 4 supporter. */
  public static final List<Reason>[] EP_BY_MASK = byMask(OWN_INCOME_NOT_BELOW_STANDARD, ASSETS_EXCEED_LIMITS, HAS_CAPABLE_SUPPORTER);
  /** Living-subsidy failures by mask: 1 EP person, 2 work injury, 4 orphan, 8 not dibao. */
  public static final List<Reason>[] LIVING_BY_MASK = byMask(EXTREME_POVERTY_PERSON, WORK_INJURY_NURSING, ORPHAN_PROTECTION,
      NOT_DIBAO_HOUSEHOLD);
  /** Nursing-subsidy failures by mask: 1 grade, 2 long-term care, 4 EP person, 8 work injury. */
  public static final List<Reason>[] NURSING_BY_MASK = byMask(GRADE_NOT_SEVERE, NO_LONG_TERM_CARE, EXTREME_POVERTY_PERSON,
      WORK_INJURY_NURSING);

  @SuppressWarnings("unchecked")
  private static List<Reason>[] byMask(Reason... reasons) {
    List<Reason>[] out = new List[1 << reasons.length];
    for (int m = 0; m < out.length; m++) {
      ArrayList<Reason> l = new ArrayList<>();
      for (int b = 0; b < reasons.length; b++) {
        if ((m & (1 << b)) != 0) {
          l.add(reasons[b]);
        }
      }
      out[m] = List.copyOf(l);
    }
    return out;
  }

  public static final String ASSETS_FACT = "household.assetsWithinLimits";
  public static final String CLASSIFICATION_FACT = "household.classification";
  public static final Reason MISSING_ASSETS = missing(ASSETS_FACT);
  public static final List<Reason> L_MISSING_ASSETS = List.of(MISSING_ASSETS);

  /** Adds to {@code into} each reason of {@code more} whose code it does not hold yet, in order. */
  public static void union(List<Reason> into, List<Reason> more) {
    for (int j = 0, s = more.size(); j < s; j++) {
      Reason r = more.get(j);
      boolean found = false;
      for (int x = 0, t = into.size(); x < t && !found; x++) {
        found = into.get(x).code().equals(r.code());
      }
      if (!found) {
        into.add(r);
      }
    }
  }

  private static Reason r(String code, String zh, String en) {
    return new Reason(code, LocalizedText.of(zh, en));
  }

  /** A missing fact, coded by its path (e.g. {@code members[…].selfCare}). */
  public static Reason missing(String path) {
    return new Reason(path, LocalizedText.of("缺少事实: " + path, "missing fact: " + path));
  }

  /**
   * Why a member who is not counted in {@code month} (rules.md §0) gets no per-person benefit: born
   * after the month's end, or died before its first day, with the date.
   */
  public static final String DIED_BEFORE_MONTH = "DIED_BEFORE_MONTH";

  static List<Reason> notCounted(java.time.LocalDate birth, java.time.LocalDate death, java.time.YearMonth month) {
    if (death != null && death.isBefore(month.atDay(1))) {
      return List.of(new Reason(DIED_BEFORE_MONTH, LocalizedText.of("已于 " + death + " 死亡, " + month + " 不再计入",
          "died on " + death + ", before " + month + ": no longer counted")));
    }
    return List.of(new Reason("NOT_YET_BORN", LocalizedText.of("尚未出生: 出生于 " + birth + ", 在 " + month + " 之后",
        "not yet born: born on " + birth + ", after " + month)));
  }

  public static Reason memberFact(String residentId, String fact) {
    return missing("members[" + residentId + "]." + fact);
  }
}
