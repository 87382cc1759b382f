package org.minzheng.schemes.extremepoverty;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Extreme-poverty support (特困人员救助供养), per person and month: unable to work, no source of livelihood, no capable supporter; basic living plus care, paid to the person or the support institution. The rule, its legal basis and worked examples: {@code docs/rules/extreme-poverty.md} in the
 * project; the words of its explanation steps: {@code extremePoverty_zh.properties} and {@code extremePoverty_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class ExtremePovertyScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new ExtremePovertyScheme();

  private ExtremePovertyScheme() {
    super(Scheme.EXTREME_POVERTY, Unit.PERSON, "extremePoverty", Set.of(), AGE_REFERENCE, LEAP_DAY_BIRTHDAY, DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL,
        DIBAO_INCOME_MONTHS, DIBAO_EMPLOYMENT_DEDUCTION, EXTREME_POVERTY_BASIC_MULTIPLIER, EXTREME_POVERTY_ELDERLY_AGE,
        EXTREME_POVERTY_MINOR_AGE_LIMIT, EXTREME_POVERTY_DISABILITY_GRADES, EXTREME_POVERTY_CARE, EXTREME_POVERTY_CARE_SHARE_SELF_CARE,
        EXTREME_POVERTY_CARE_SHARE_PARTIAL, EXTREME_POVERTY_CARE_SHARE_FULL, EXTREME_POVERTY_MINIMUM_WAGE, EXTREME_POVERTY_ROUNDING);
  }

  /** @return the rule, {@link ExtremePovertyRule} beside this class */
  @Override
  public Optional<PersonRule> personRule() {
    return Optional.of(ExtremePovertyRule.INSTANCE);
  }
}
