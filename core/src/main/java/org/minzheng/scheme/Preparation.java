package org.minzheng.scheme;

import java.time.YearMonth;
import java.util.Optional;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.RegionCode;

/**
 * What a rule prepares from ({@link SchemeModule.PersonRule#prepare}): the parameters in force for one
 * region and month as one set of standards gives them. The engine prepares once per region, month and
 * standards, before the first household, so that the rule's hot path reads plain fields; every value
 * read here is cited in the results' stamp.
 *
 * @since 0.2
 */
public interface Preparation {
  /** @return the region whose standards these are, not null */
  RegionCode region();

  /** @return the benefit month, not null */
  YearMonth month();

  /**
   * @param <T> the type of the value
   * @param key a parameter the module declares, not null
   * @return its value in force
   * @throws org.minzheng.standard.StandardNotFoundException if no standards module gives it
   */
  <T> T value(ParameterKey<T> key);

  /**
   * @param <T> the type of the value
   * @param key an optional parameter the module declares, not null
   * @return its value in force, or empty if no standards module gives it
   */
  <T> Optional<T> find(ParameterKey<T> key);

  /**
   * @return the price index of the region and month from the series the calculator was given
   *     ({@code BenefitCalculator.Builder.priceIndex}), or empty if it has none
   */
  Optional<org.minzheng.household.PriceIndex> priceIndex();

  /** @return the label of that series, naming its source, not null */
  String priceIndexLabel();

  /**
   * An error for a value the rule cannot use, naming the parameter, region and date.
   *
   * @param key the parameter, not null
   * @param problem what is wrong, e.g. {@code names the unknown disability category 'X'}, not null
   * @return the exception to throw
   */
  RuntimeException invalid(ParameterKey<?> key, String problem);
}
