package org.minzheng.schemes.price;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Price-linked temporary subsidy (价格临时补贴), per person and month: dibao household members and extreme-poverty persons, when the CPI or food CPI reaches the trigger; standard × rate × multiplier, rounded once. The rule, its legal basis and worked examples: {@code docs/rules/price-subsidy.md} in the
 * project; the words of its explanation steps: {@code priceSubsidy_zh.properties} and {@code priceSubsidy_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class PriceSubsidyScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new PriceSubsidyScheme();

  private PriceSubsidyScheme() {
    super(Scheme.PRICE_SUBSIDY, Unit.PERSON, "priceSubsidy", Set.of(Scheme.DIBAO, Scheme.EXTREME_POVERTY), DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL, PRICE_SUBSIDY_CPI_THRESHOLD,
        PRICE_SUBSIDY_FOOD_CPI_THRESHOLD, PRICE_SUBSIDY_MULTIPLIER, PRICE_SUBSIDY_RATE_BASIS, PRICE_SUBSIDY_COVERED,
        PRICE_SUBSIDY_ROUNDING);
  }

  /** @return the rule, {@link PriceSubsidyRule} beside this class */
  @Override
  public Optional<PersonRule> personRule() {
    return Optional.of(PriceSubsidyRule.INSTANCE);
  }
}
