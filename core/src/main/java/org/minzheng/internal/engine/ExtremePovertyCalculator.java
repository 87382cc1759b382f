package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.DIBAO_EMPLOYMENT_DEDUCTION;
import static org.minzheng.standard.Parameters.DIBAO_INCOME_MONTHS;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_FULL;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_MINIMUM_WAGE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_DISABILITY_GRADES;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_ELDERLY_AGE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_MINOR_AGE_LIMIT;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_ROUNDING;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.household.Disability;
import org.minzheng.household.Person;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.household.SelfCareLevel;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.Money;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;

/**
 * Extreme-poverty support (特困人员救助供养, rules.md §2), per counted member: unable to work, no
 * source of livelihood, no capable supporter; basic living (multiplier × local dibao standard) plus
 * care by self-care level; paid to the person (dispersed) or the institution (centralized).
 */
final class ExtremePovertyCalculator {
  private ExtremePovertyCalculator() {}

  static SchemeResult calculate(Work w, int i) {
    Params p = w.p;
    Person person = w.person[i];
    ResidenceType res = w.h.residenceType();
    Expl e = w.explain ? new Expl().addAll(p.epWarnings) : null;
    int age = w.age[i];
    boolean elderly = age >= p.elderlyAge;
    boolean minor = age < p.minorAgeLimit;
    Disability d = w.disability[i];
    boolean disabled = d != null && d.grade() <= p.epMaxGrade[d.category().ordinal()];
    boolean unable = elderly || minor || disabled;
    if (!unable && !w.explain) { // decisive on its own: no other fact is read
      return result(w, i, Outcome.INELIGIBLE, Optional.empty(), Optional.empty(), Reasons.L_ABLE_TO_WORK, List.of(), null);
    }
    long limit = Math.multiplyExact(p.std(res), p.incomeMonths);
    boolean incomeBelow = w.income[i] < limit;
    Boolean assets = w.assets;
    Boolean supporter = person.hasCapableSupporter().orElse(null);
    SelfCareAssessment selfCare = person.selfCare().orElse(null);

    if (e != null) {
      e.step("extremePoverty.unableToWork",
          "无劳动能力: " + p.ageReference.dayFor(p.month) + " 时 " + age + " 周岁 (≥" + p.elderlyAge + " 或 <" + p.minorAgeLimit
              + "), 残疾 " + (d == null ? "无" : d.category().chinese() + d.grade() + "级") + " → " + (unable ? "符合" : "不符合"),
          "unable to work: aged " + age + " on " + p.ageReference.dayFor(p.month) + " (≥" + p.elderlyAge + " or <"
              + p.minorAgeLimit + "), disability " + (d == null ? "none" : d.category() + " grade " + d.grade()) + " → "
              + (unable ? "holds" : "fails"),
          Expl.in("age", age, "disability", d == null ? "none" : d.category() + " " + d.grade()), p.uses(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, EXTREME_POVERTY_ELDERLY_AGE,
              EXTREME_POVERTY_MINOR_AGE_LIMIT, EXTREME_POVERTY_DISABILITY_GRADES), unable ? "true" : "false");
      e.step("extremePoverty.ownIncome",
          "本人计入收入 " + Fen.yuan(w.income[i]) + " (" + p.incomeMonths + "个月) < 低保标准 " + Fen.yuan(p.std(res)) + " × "
              + p.incomeMonths + " = " + Fen.yuan(limit) + " → " + (incomeBelow ? "符合" : "不符合"),
          "own counted income " + Fen.yuan(w.income[i]) + " over " + p.incomeMonths + " months < dibao standard "
              + Fen.yuan(p.std(res)) + " × " + p.incomeMonths + " = " + Fen.yuan(limit) + " → " + (incomeBelow ? "holds" : "fails"),
          Expl.in("ownCountedIncome", Fen.yuan(w.income[i]), "residenceType", res),
          p.uses(Params.stdKey(res), DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION), incomeBelow ? "true" : "false");
      e.step("extremePoverty.assets", "家庭财产在规定范围内: " + Words.factZh(assets),
          "household assets within limits: " + Words.factEn(assets), Expl.in(Reasons.ASSETS_FACT, Words.fact(assets)), List.of(),
          Words.fact(assets));
      e.step("extremePoverty.supporter", "有具备能力的法定义务人: " + Words.factZh(supporter),
          "has a capable legal supporter: " + Words.factEn(supporter),
          Expl.in("members[" + w.rid[i] + "].hasCapableSupporter", Words.fact(supporter)), List.of(), Words.fact(supporter));
    }

    if (!unable) { // decisive on its own; the other conditions are in the explanation
      return result(w, i, Outcome.INELIGIBLE, Optional.empty(), Optional.empty(), Reasons.L_ABLE_TO_WORK, List.of(), e);
    }
    int fails = (incomeBelow ? 0 : 1) | (assets == Boolean.FALSE ? 2 : 0) | (supporter == Boolean.TRUE ? 4 : 0);
    if (fails != 0) {
      return result(w, i, Outcome.INELIGIBLE, Optional.empty(), Optional.empty(), Reasons.EP_BY_MASK[fails], List.of(), e);
    }
    List<Reason> missing = null;
    if (assets == null) {
      missing = add(missing, Reasons.MISSING_ASSETS);
    }
    if (supporter == null) {
      missing = add(missing, Reasons.memberFact(w.rid[i], "hasCapableSupporter"));
    }
    if (selfCare == null) {
      missing = add(missing, Reasons.memberFact(w.rid[i], "selfCare"));
    }
    if (missing != null) {
      if (e != null) {
        e.step("extremePoverty.undetermined", "已知条件均满足, 但缺少事实", "every known condition holds but facts are missing",
            Expl.in(), List.of(), Outcome.UNDETERMINED.toString());
      }
      return result(w, i, Outcome.UNDETERMINED, Optional.empty(), Optional.empty(), List.of(), missing, e);
    }
    SelfCareLevel level = selfCare.level();
    Optional<Money> amount = p.epAmount[res.ordinal()][level.ordinal()];
    Optional<Beneficiary> payee = person.institution().isPresent()
        ? Optional.of(Beneficiary.institution(person.institution().get().value()))
        : w.payee(i);
    if (e != null) {
      String basic = p.basicExact[res.ordinal()].toPlainString();
      String care = careText(p, level);
      e.step("extremePoverty.amount",
          "基本生活 " + p.basicMultiplier.toPlainString() + " × " + Fen.yuan(p.std(res)) + " = " + basic + "; 照料护理 (" + level
              + ", 不能完成 " + selfCare.unable().size() + " 项) " + care + "; 合计 " + basic + " + " + care + " 按 "
              + p.epRounding + " 舍入 = " + amount.get(),
          "basic living " + p.basicMultiplier.toPlainString() + " × " + Fen.yuan(p.std(res)) + " = " + basic + "; care ("
              + level + ", " + selfCare.unable().size() + " activities not done) " + care + "; total " + basic + " + "
              + care + " rounded " + p.epRounding + " = " + amount.get(),
          Expl.in("selfCareLevel", level, "residenceType", res),
          p.careShare == null
              ? p.uses(EXTREME_POVERTY_BASIC_MULTIPLIER, Params.stdKey(res), EXTREME_POVERTY_CARE, EXTREME_POVERTY_ROUNDING)
              : p.uses(EXTREME_POVERTY_BASIC_MULTIPLIER, Params.stdKey(res), careShareKey(level), EXTREME_POVERTY_MINIMUM_WAGE,
                  EXTREME_POVERTY_ROUNDING),
          amount.get().toString());
      boolean centralized = person.institution().isPresent();
      e.step("extremePoverty.payee",
          centralized ? "集中供养: 支付给供养机构 " + person.institution().get() : "分散供养: 支付给本人",
          centralized ? "centralized support: paid to the institution " + person.institution().get()
              : "dispersed support: paid to the person",
          Expl.in("institution", person.institution().map(Object::toString).orElse("—")), List.of(),
          payee.get().toString());
    }
    return result(w, i, Outcome.ELIGIBLE, amount, payee, List.of(), List.of(), e);
  }

  /**
   * The monthly care amount of rules.md §2 (corrected): {@code sharePercent}% of the local monthly minimum
   * wage, rounded HALF_UP to the fen (5% × 1,900.00 = 95.00).
   */
  static long careFen(BigDecimal sharePercent, long minimumWageFen) {
    return BigDecimal.valueOf(minimumWageFen).multiply(sharePercent).movePointLeft(2)
        .setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The care of a level as the explanation shows it: the fixed amount, or "5% × 1,900.00 = 95.00". */
  private static String careText(Params p, SelfCareLevel level) {
    String amount = Fen.yuan(p.careFen[level.ordinal()]);
    if (p.careShare == null) {
      return amount;
    }
    return p.careShare[level.ordinal()].stripTrailingZeros().toPlainString() + "% × "
        + String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(p.minimumWageFen, 2)) + " = " + amount;
  }

  private static org.minzheng.standard.ParameterKey<BigDecimal> careShareKey(SelfCareLevel level) {
    return level == SelfCareLevel.SELF_CARE ? EXTREME_POVERTY_CARE_SHARE_SELF_CARE
        : level == SelfCareLevel.PARTIAL ? EXTREME_POVERTY_CARE_SHARE_PARTIAL : EXTREME_POVERTY_CARE_SHARE_FULL;
  }

  private static SchemeResult result(Work w, int i, Outcome o, Optional<Money> amount, Optional<Beneficiary> payee,
      List<Reason> reasons, List<Reason> missing, Expl e) {
    return new SchemeResult(Scheme.EXTREME_POVERTY, w.p.month, w.beneficiary[i], o, amount, payee, reasons, missing,
        Expl.of(e));
  }

  /**
   * Adds {@code r} to the immutable list {@code l} (null for none): List.of lists, which SchemeResult keeps
   * as they are, instead of an ArrayList it would copy.
   */
  static List<Reason> add(List<Reason> l, Reason r) {
    if (l == null) {
      return List.of(r);
    }
    return l.size() == 1 ? List.of(l.get(0), r) : List.of(l.get(0), l.get(1), r);
  }
}
