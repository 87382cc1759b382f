package org.minzheng.schemes.disability;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Nursing subsidy for severely disabled people (重度残疾人护理补贴), per person and month: grade 1–2 needing long-term care, the enhanced amount for the enhanced group. The rule, its legal basis and worked examples: {@code docs/rules/disability.md} in the
 * project; the words of its explanation steps: {@code disabilityNursing_zh.properties} and {@code disabilityNursing_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class DisabilityNursingScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new DisabilityNursingScheme();

  private DisabilityNursingScheme() {
    super(Scheme.DISABILITY_NURSING_SUBSIDY, Unit.PERSON, "disabilityNursing", Set.of(Scheme.DIBAO, Scheme.EXTREME_POVERTY), AGE_REFERENCE, LEAP_DAY_BIRTHDAY, DISABILITY_NURSING_AMOUNT,
        DISABILITY_NURSING_ENHANCED_AMOUNT, DISABILITY_NURSING_ENHANCED_MIN_AGE, DISABILITY_NURSING_ENHANCED_MAX_AGE,
        DISABILITY_NURSING_ENHANCED_CATEGORIES, DISABILITY_NURSING_MAX_GRADE, DISABILITY_NURSING_ROUNDING);
  }

  /** @return the rule, {@link DisabilityNursingRule} beside this class */
  @Override
  public Optional<PersonRule> personRule() {
    return Optional.of(DisabilityNursingRule.INSTANCE);
  }
}
