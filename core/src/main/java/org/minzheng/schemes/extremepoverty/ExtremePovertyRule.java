package org.minzheng.schemes.extremepoverty;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.DIBAO_EMPLOYMENT_DEDUCTION;
import static org.minzheng.standard.Parameters.DIBAO_INCOME_MONTHS;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_FULL;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_PARTIAL;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_CARE_SHARE_SELF_CARE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_DISABILITY_GRADES;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_ELDERLY_AGE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_MINIMUM_WAGE;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_MINOR_AGE_LIMIT;
import static org.minzheng.standard.Parameters.EXTREME_POVERTY_ROUNDING;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.household.Disability;
import org.minzheng.household.Person;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.household.SelfCareLevel;
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.MemberCursor;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.schemes.dibao.DibaoStandard;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Rounding;

/**
 * The rule of extreme-poverty support (特困人员救助供养, rules.md §2; {@code docs/rules/extreme-poverty.md}),
 * per counted member and month: unable to work (age or the listed disabilities), no source of livelihood
 * (own counted income below the dibao standard, assets within limits), no capable supporter; basic living
 * (multiplier × the local dibao standard) plus care by self-care level; paid to the person (dispersed) or
 * the institution (centralized). A member whose every condition holds but whose self-care is not assessed
 * is an extreme-poverty person with an undetermined amount ({@link RuleContext#undeterminedAmount}).
 *
 * @since 0.2
 */
public final class ExtremePovertyRule implements SchemeModule.PersonRule {
  /** The rule. */
  public static final ExtremePovertyRule INSTANCE = new ExtremePovertyRule();

  private ExtremePovertyRule() {}

  /** What the rule reads, derived once per region, month and standards. */
  static final class Prepared {
    DibaoStandard standard;
    BigDecimal basicMultiplier;
    int elderlyAge;
    int minorAgeLimit;
    int[] maxGrade; // by DisabilityCategory ordinal; 0 = the category never counts
    long[] careFen; // by SelfCareLevel ordinal
    BigDecimal[] careShare; // percent by SelfCareLevel ordinal; null when the fixed care amounts apply
    long minimumWageFen; // 0 when the fixed care amounts apply
    BigDecimal[] basicExact; // by ResidenceType ordinal
    Money[][] amount; // [ResidenceType][SelfCareLevel], rounded once
    Rounding rounding;
    LocalDate ageDay;
  }

  @Override
  public Object prepare(Preparation p) {
    Prepared q = new Prepared();
    q.standard = DibaoStandard.of(p);
    q.basicMultiplier = p.value(EXTREME_POVERTY_BASIC_MULTIPLIER);
    q.elderlyAge = p.value(EXTREME_POVERTY_ELDERLY_AGE);
    q.minorAgeLimit = p.value(EXTREME_POVERTY_MINOR_AGE_LIMIT);
    q.maxGrade = new int[DisabilityCategory.values().length];
    for (Map.Entry<String, Integer> g : p.value(EXTREME_POVERTY_DISABILITY_GRADES).entrySet()) {
      DisabilityCategory category;
      try {
        category = DisabilityCategory.valueOf(g.getKey());
      } catch (IllegalArgumentException e) {
        throw p.invalid(EXTREME_POVERTY_DISABILITY_GRADES, "names the unknown disability category '" + g.getKey() + "'");
      }
      q.maxGrade[category.ordinal()] = g.getValue();
    }
    int levels = SelfCareLevel.values().length;
    q.careFen = new long[levels];
    BigDecimal[] shares = {p.find(EXTREME_POVERTY_CARE_SHARE_SELF_CARE).orElse(null),
        p.find(EXTREME_POVERTY_CARE_SHARE_PARTIAL).orElse(null), p.find(EXTREME_POVERTY_CARE_SHARE_FULL).orElse(null)};
    if (shares[0] != null || shares[1] != null || shares[2] != null) {
      // rules.md §2 (corrected): care is a share of the local monthly minimum wage
      q.careShare = new BigDecimal[levels];
      q.minimumWageFen = p.value(EXTREME_POVERTY_MINIMUM_WAGE).fen();
      for (SelfCareLevel level : SelfCareLevel.values()) {
        BigDecimal share = shares[level.ordinal()] != null ? shares[level.ordinal()] : p.value(careShareKey(level));
        q.careShare[level.ordinal()] = share;
        q.careFen[level.ordinal()] = careFen(share, q.minimumWageFen);
      }
    } else {
      Map<String, Money> care = p.value(EXTREME_POVERTY_CARE);
      for (SelfCareLevel level : SelfCareLevel.values()) {
        Money m = care.get(level.name());
        if (m == null) {
          throw p.invalid(EXTREME_POVERTY_CARE, "has no amount for " + level + " (it has " + care.keySet() + ")");
        }
        q.careFen[level.ordinal()] = m.fen();
      }
    }
    q.rounding = p.value(EXTREME_POVERTY_ROUNDING);
    q.basicExact = new BigDecimal[ResidenceType.values().length];
    q.amount = new Money[ResidenceType.values().length][levels];
    for (ResidenceType r : ResidenceType.values()) {
      BigDecimal basic = Money.ofFen(q.standard.fen(r)).toYuan().multiply(q.basicMultiplier);
      q.basicExact[r.ordinal()] = basic;
      for (SelfCareLevel level : SelfCareLevel.values()) {
        q.amount[r.ordinal()][level.ordinal()] = Money.of(basic.add(Money.ofFen(q.careFen[level.ordinal()]).toYuan()), q.rounding);
      }
    }
    q.ageDay = p.value(AGE_REFERENCE).dayFor(p.month());
    return q;
  }

  /**
   * The monthly care amount of rules.md §2 (corrected): {@code sharePercent}% of the local monthly minimum
   * wage, rounded HALF_UP to the fen (5% × 1,900.00 = 95.00).
   *
   * @param sharePercent the share, in percent, not null
   * @param minimumWageFen the monthly minimum wage, in fen
   * @return the care amount, in fen
   */
  public static long careFen(BigDecimal sharePercent, long minimumWageFen) {
    return BigDecimal.valueOf(minimumWageFen).multiply(sharePercent).movePointLeft(2)
        .setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  private static ParameterKey<BigDecimal> careShareKey(SelfCareLevel level) {
    return level == SelfCareLevel.SELF_CARE ? EXTREME_POVERTY_CARE_SHARE_SELF_CARE
        : level == SelfCareLevel.PARTIAL ? EXTREME_POVERTY_CARE_SHARE_PARTIAL : EXTREME_POVERTY_CARE_SHARE_FULL;
  }

  /**
   * The loop of {@link SchemeModule.PersonRule#evaluateAll}, in this final class, so that the JIT inlines
   * {@code evaluate}.
   *
   * @param members the cursor over the members, not null
   */
  @Override
  public void evaluateAll(MemberCursor members) {
    Optional<Boolean> assets = null; // the household's fact, read once for all its members
    while (members.next()) {
      if (assets == null) {
        assets = members.household().assetsWithinLimits();
      }
      members.put(evaluate(members, assets));
    }
  }

  @Override
  public SchemeResult evaluate(RuleContext c) {
    return evaluate(c, c.household().assetsWithinLimits());
  }

  private SchemeResult evaluate(RuleContext c, Optional<Boolean> householdAssets) {
    Prepared p = c.prepared();
    Person person = c.person();
    ResidenceType res = c.household().residenceType();
    boolean explaining = c.explaining();
    int age = c.age();
    boolean elderly = age >= p.elderlyAge;
    boolean minor = age < p.minorAgeLimit;
    Disability d = person.disability().orElse(null);
    boolean disabled = d != null && d.grade() <= p.maxGrade[d.category().ordinal()];
    boolean unable = elderly || minor || disabled;
    if (!unable && !explaining) { // decisive on its own: no other fact is read
      return c.ineligible(Reasons.L_ABLE_TO_WORK);
    }
    long income = p.standard.countedIncome(person);
    long limit = Math.multiplyExact(p.standard.fen(res), p.standard.incomeMonths());
    boolean incomeBelow = income < limit;
    Boolean assets = householdAssets.orElse(null);
    Boolean supporter = person.hasCapableSupporter().orElse(null);
    String id = person.id().value();
    if (explaining) {
      c.step("extremePoverty.unableToWork", List.of(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, EXTREME_POVERTY_ELDERLY_AGE,
          EXTREME_POVERTY_MINOR_AGE_LIMIT, EXTREME_POVERTY_DISABILITY_GRADES), unable,
          age, p.ageDay, p.elderlyAge, p.minorAgeLimit, d == null ? null : d.category(), d == null ? null : d.grade(), unable);
      c.step("extremePoverty.ownIncome", List.of(DibaoStandard.key(res), DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION),
          incomeBelow, Money.ofFen(income), p.standard.incomeMonths(), Money.ofFen(p.standard.fen(res)), Money.ofFen(limit), incomeBelow, res);
      c.step("extremePoverty.assets", List.of(), assets, assets);
      c.step("extremePoverty.supporter", List.of(), supporter, supporter, id);
    }
    if (!unable) { // decisive on its own; the other conditions are in the explanation
      return c.ineligible(Reasons.L_ABLE_TO_WORK);
    }
    int fails = (incomeBelow ? 0 : 1) | (assets == Boolean.FALSE ? 2 : 0) | (supporter == Boolean.TRUE ? 4 : 0);
    if (fails != 0) {
      return c.ineligible(Reasons.EP_BY_MASK[fails]);
    }
    SelfCareAssessment selfCare = person.selfCare().orElse(null);
    List<Reason> missing = null;
    if (assets == null) {
      missing = add(missing, Reasons.MISSING_ASSETS);
    }
    if (supporter == null) {
      missing = add(missing, Reasons.memberFact(id, "hasCapableSupporter"));
    }
    if (selfCare == null) {
      missing = add(missing, Reasons.memberFact(id, "selfCare"));
    }
    if (missing != null) {
      boolean statusKnown = assets != null && supporter != null; // only the care level, a fact of the amount, is missing
      if (explaining) {
        c.step(statusKnown ? "extremePoverty.careUnknown" : "extremePoverty.undetermined", List.of(),
            org.minzheng.scheme.Outcome.UNDETERMINED);
      }
      // rules.md §0: the schemes depending on this one read its status, which is known when only the care level is missing
      return statusKnown ? c.undeterminedAmount(missing) : c.undetermined(missing);
    }
    SelfCareLevel level = selfCare.level();
    Money amount = p.amount[res.ordinal()][level.ordinal()];
    boolean centralized = person.institution().isPresent();
    if (explaining) {
      if (p.careShare != null) {
        c.step("extremePoverty.careShare", List.of(careShareKey(level), EXTREME_POVERTY_MINIMUM_WAGE),
            Money.ofFen(p.careFen[level.ordinal()]), level, p.careShare[level.ordinal()],
            Money.ofFen(p.minimumWageFen), Money.ofFen(p.careFen[level.ordinal()]));
      }
      c.step("extremePoverty.amount",
          p.careShare == null
              ? List.of(EXTREME_POVERTY_BASIC_MULTIPLIER, DibaoStandard.key(res), EXTREME_POVERTY_CARE, EXTREME_POVERTY_ROUNDING)
              : List.of(EXTREME_POVERTY_BASIC_MULTIPLIER, DibaoStandard.key(res), careShareKey(level),
                  EXTREME_POVERTY_MINIMUM_WAGE, EXTREME_POVERTY_ROUNDING),
          amount, p.basicMultiplier, Money.ofFen(p.standard.fen(res)), p.basicExact[res.ordinal()], level,
          selfCare.unable().size(), Money.ofFen(p.careFen[level.ordinal()]), p.rounding, amount, res);
      String payee = centralized ? Beneficiary.institution(person.institution().get().value()).toString()
          : Beneficiary.person(id).toString();
      c.step("extremePoverty.payee", List.of(), payee, centralized, centralized ? person.institution().get().value() : null);
    }
    // dispersed support is paid to the person, centralized support to the institution
    return centralized ? c.eligible(amount, Beneficiary.institution(person.institution().get().value())) : c.eligible(amount);
  }

  /** Adds {@code r} to the immutable list {@code l} (null for none), which a result keeps as it is. */
  private static List<Reason> add(List<Reason> l, Reason r) {
    if (l == null) {
      return List.of(r);
    }
    return l.size() == 1 ? List.of(l.get(0), r) : List.of(l.get(0), l.get(1), r);
  }
}
