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
      e.step("extremePoverty.unableToWork", p.uses(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, EXTREME_POVERTY_ELDERLY_AGE,
          EXTREME_POVERTY_MINOR_AGE_LIMIT, EXTREME_POVERTY_DISABILITY_GRADES), unable,
          age, p.ageReference.dayFor(p.month), p.elderlyAge, p.minorAgeLimit, d == null ? null : d.category(),
          d == null ? null : d.grade(), unable);
      e.step("extremePoverty.ownIncome", p.uses(Params.stdKey(res), DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION),
          incomeBelow, Money.ofFen(w.income[i]), p.incomeMonths, Money.ofFen(p.std(res)), Money.ofFen(limit), incomeBelow, res);
      e.step("extremePoverty.assets", List.of(), assets, assets);
      e.step("extremePoverty.supporter", List.of(), supporter, supporter, w.rid[i]);
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
      boolean statusKnown = assets != null && supporter != null; // only the care level, an amount fact, is missing
      if (e != null) {
        e.step(statusKnown ? "extremePoverty.careUnknown" : "extremePoverty.undetermined", List.of(), Outcome.UNDETERMINED);
      }
      SchemeResult r = result(w, i, Outcome.UNDETERMINED, Optional.empty(), Optional.empty(), List.of(), missing, e);
      if (statusKnown) {
        // rules.md §0: the schemes depending on this one read its status, which is known: an extreme-poverty person
        w.epOutcome[i] = Outcome.ELIGIBLE;
      }
      return r;
    }
    SelfCareLevel level = selfCare.level();
    Optional<Money> amount = p.epAmount[res.ordinal()][level.ordinal()];
    Optional<Beneficiary> payee = person.institution().isPresent()
        ? Optional.of(Beneficiary.institution(person.institution().get().value()))
        : w.payee(i);
    if (e != null) {
      if (p.careShare != null) {
        e.step("extremePoverty.careShare", p.uses(careShareKey(level), EXTREME_POVERTY_MINIMUM_WAGE),
            Money.ofFen(p.careFen[level.ordinal()]), level, p.careShare[level.ordinal()],
            Money.ofFen(p.minimumWageFen), Money.ofFen(p.careFen[level.ordinal()]));
      }
      e.step("extremePoverty.amount",
          p.careShare == null
              ? p.uses(EXTREME_POVERTY_BASIC_MULTIPLIER, Params.stdKey(res), EXTREME_POVERTY_CARE, EXTREME_POVERTY_ROUNDING)
              : p.uses(EXTREME_POVERTY_BASIC_MULTIPLIER, Params.stdKey(res), careShareKey(level), EXTREME_POVERTY_MINIMUM_WAGE,
                  EXTREME_POVERTY_ROUNDING),
          amount.get(), p.basicMultiplier, Money.ofFen(p.std(res)), p.basicExact[res.ordinal()], level,
          selfCare.unable().size(), Money.ofFen(p.careFen[level.ordinal()]), p.epRounding, amount.get(), res);
      boolean centralized = person.institution().isPresent();
      e.step("extremePoverty.payee", List.of(), payee.get().toString(), centralized,
          centralized ? person.institution().get().value() : null);
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


  private static org.minzheng.standard.ParameterKey<BigDecimal> careShareKey(SelfCareLevel level) {
    return level == SelfCareLevel.SELF_CARE ? EXTREME_POVERTY_CARE_SHARE_SELF_CARE
        : level == SelfCareLevel.PARTIAL ? EXTREME_POVERTY_CARE_SHARE_PARTIAL : EXTREME_POVERTY_CARE_SHARE_FULL;
  }

  private static SchemeResult result(Work w, int i, Outcome o, Optional<Money> amount, Optional<Beneficiary> payee,
      List<Reason> reasons, List<Reason> missing, Expl e) {
    w.epOutcome[i] = o; // the status the dependent schemes read (the caller may correct an amount-only UNDETERMINED)
    if (o == Outcome.INELIGIBLE && w.payout) {
      return Marks.ineligible(Scheme.EXTREME_POVERTY);
    }
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
