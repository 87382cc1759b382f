package org.minzheng.schemes.dibao;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Minimum living guarantee (最低生活保障, <i>dibao</i>), per household and month: the counted members without extreme-poverty persons, 补差 (standard × members − monthly counted income) rounded once, the class floor, the tiered method and the minimum payout. The rule, its legal basis and worked examples: {@code docs/rules/dibao.md} in the
 * project; the words of its explanation steps: {@code dibao_zh.properties} and {@code dibao_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class DibaoScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new DibaoScheme();

  private DibaoScheme() {
    super(Scheme.DIBAO, Unit.HOUSEHOLD, "dibao", Set.of(Scheme.EXTREME_POVERTY), AGE_REFERENCE, LEAP_DAY_BIRTHDAY, DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL, DIBAO_INCOME_MONTHS,
        DIBAO_EMPLOYMENT_DEDUCTION, DIBAO_MINIMUM_PAYOUT, DIBAO_METHOD, DIBAO_CLASS_FLOOR, DIBAO_TIERS, DIBAO_ROUNDING);
  }

  /** @return the rule, {@link DibaoRule} beside this class */
  @Override
  public Optional<HouseholdRule> householdRule() {
    return Optional.of(DibaoRule.INSTANCE);
  }
}
