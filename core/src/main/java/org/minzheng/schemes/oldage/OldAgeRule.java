package org.minzheng.schemes.oldage;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;
import static org.minzheng.standard.Parameters.OLD_AGE_BANDS;
import static org.minzheng.standard.Parameters.OLD_AGE_HUKOU_REGION;
import static org.minzheng.standard.Parameters.OLD_AGE_ROUNDING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minzheng.internal.engine.Reasons;
import org.minzheng.scheme.Preparation;
import org.minzheng.scheme.MemberCursor;
import org.minzheng.scheme.RuleContext;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.AgeReference;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Rounding;

/**
 * The rule of the old-age allowance (高龄津贴, rules.md §5; {@code docs/rules/old-age.md}), per counted
 * member and month: a member whose hukou is within the region the allowance covers receives the amount
 * of the age band their age (on the standards' reference day) falls in. Below the lowest band: nothing;
 * hukou unknown: UNDETERMINED; hukou outside: nothing.
 *
 * @since 0.2
 */
public final class OldAgeRule implements SchemeModule.PersonRule {
  /** The rule. */
  public static final OldAgeRule INSTANCE = new OldAgeRule();

  private OldAgeRule() {}

  /** What the rule reads, derived once per region, month and standards. */
  static final class Prepared {
    final int[] bandMin; // ascending
    final Money[] bandAmount; // rounded once, by band
    final RegionCode hukouRegion;
    final String hukouPrefix; // the region's code as far as its level goes
    final AgeReference ageReference;
    final LocalDate ageDay;

    Prepared(int[] bandMin, Money[] bandAmount, RegionCode hukouRegion, AgeReference ageReference, LocalDate ageDay) {
      this.bandMin = bandMin;
      this.bandAmount = bandAmount;
      this.hukouRegion = hukouRegion;
      String code = hukouRegion.code();
      this.hukouPrefix = switch (hukouRegion.level()) {
        case PROVINCE -> code.substring(0, 2);
        case CITY -> code.substring(0, 4);
        default -> code;
      };
      this.ageReference = ageReference;
      this.ageDay = ageDay;
    }
  }

  @Override
  public Object prepare(Preparation p) {
    Rounding rounding = p.value(OLD_AGE_ROUNDING);
    List<AgeBand> bands = new ArrayList<>(p.value(OLD_AGE_BANDS));
    bands.sort(Comparator.comparingInt(AgeBand::minAge));
    int[] min = new int[bands.size()];
    Money[] amount = new Money[bands.size()];
    for (int i = 0; i < bands.size(); i++) {
      min[i] = bands.get(i).minAge();
      amount[i] = Money.of(bands.get(i).amount().toYuan(), rounding);
    }
    AgeReference reference = p.value(AGE_REFERENCE);
    return new Prepared(min, amount, p.value(OLD_AGE_HUKOU_REGION), reference, reference.dayFor(p.month()));
  }

  @Override
  public SchemeResult evaluate(RuleContext c) {
    Prepared p = c.prepared();
    int age = c.age();
    int band = -1;
    for (int b = 0; b < p.bandMin.length; b++) {
      if (age >= p.bandMin[b]) {
        band = b;
      }
    }
    boolean explaining = c.explaining();
    if (band < 0 && !explaining) { // decisive; the hukou need not even be read
      return c.ineligible(Reasons.L_BELOW_MINIMUM_AGE);
    }
    RegionCode hukou = c.person().hukouRegion().orElse(null);
    boolean within = hukou != null && hukou.code().startsWith(p.hukouPrefix);
    if (explaining) {
      Integer bandMin = band < 0 ? null : p.bandMin[band];
      c.step("oldAge.age", List.of(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, OLD_AGE_BANDS), bandMin, age, p.ageDay, p.ageReference,
          bandMin, c.text(OLD_AGE_BANDS), c.person().birthDate());
      Boolean knownWithin = hukou == null ? null : within;
      c.step("oldAge.hukou", List.of(OLD_AGE_HUKOU_REGION), knownWithin, hukou, p.hukouRegion, knownWithin);
    }
    if (band < 0) {
      return c.ineligible(Reasons.L_BELOW_MINIMUM_AGE);
    }
    if (hukou == null) {
      return c.undetermined(List.of(Reasons.memberFact(c.person().id().value(), "hukouRegion")));
    }
    if (!within) {
      return c.ineligible(Reasons.L_HUKOU_OUTSIDE_REGION);
    }
    if (explaining) {
      c.step("oldAge.amount", List.of(OLD_AGE_BANDS, OLD_AGE_ROUNDING), p.bandAmount[band], p.bandAmount[band], p.bandMin[band]);
    }
    return c.eligible(p.bandAmount[band]);
  }

  /**
   * The loop of {@link SchemeModule.PersonRule#evaluateAll}, in this final class, so that the JIT inlines
   * {@code evaluate}.
   *
   * @param members the cursor over the members, not null
   */
  @Override
  public void evaluateAll(MemberCursor members) {
    while (members.next()) {
      members.put(evaluate(members));
    }
  }
}
