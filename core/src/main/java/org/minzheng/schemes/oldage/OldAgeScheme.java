package org.minzheng.schemes.oldage;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Old-age allowance (高龄津贴), per person and month: the amount of the age band, for a hukou in the region covered. The rule, its legal basis and worked examples: {@code docs/rules/old-age.md} in the
 * project; the words of its explanation steps: {@code oldAge_zh.properties} and {@code oldAge_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class OldAgeScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new OldAgeScheme();

  private OldAgeScheme() {
    super(Scheme.OLD_AGE_ALLOWANCE, Unit.PERSON, "oldAge", Set.of(), AGE_REFERENCE, LEAP_DAY_BIRTHDAY, OLD_AGE_BANDS, OLD_AGE_HUKOU_REGION, OLD_AGE_ROUNDING);
  }

  /** @return the rule, {@link OldAgeRule} beside this class */
  @Override
  public Optional<PersonRule> personRule() {
    return Optional.of(OldAgeRule.INSTANCE);
  }
}
