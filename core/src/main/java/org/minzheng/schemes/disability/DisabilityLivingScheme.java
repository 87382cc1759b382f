package org.minzheng.schemes.disability;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Living subsidy for disabled people in hardship (困难残疾人生活补贴), per person and month: a certified disabled member of a dibao household, not an extreme-poverty person. The rule, its legal basis and worked examples: {@code docs/rules/disability.md} in the
 * project; the words of its explanation steps: {@code disabilityLiving_zh.properties} and {@code disabilityLiving_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class DisabilityLivingScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new DisabilityLivingScheme();

  private DisabilityLivingScheme() {
    super(Scheme.DISABILITY_LIVING_SUBSIDY, Unit.PERSON, "disabilityLiving", Set.of(Scheme.DIBAO, Scheme.EXTREME_POVERTY), DISABILITY_LIVING_AMOUNT, DISABILITY_LIVING_ROUNDING);
  }

  /** @return the rule, {@link DisabilityLivingRule} beside this class */
  @Override
  public Optional<PersonRule> personRule() {
    return Optional.of(DisabilityLivingRule.INSTANCE);
  }
}
