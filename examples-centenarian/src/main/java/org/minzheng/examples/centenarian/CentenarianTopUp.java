package org.minzheng.examples.centenarian;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.scheme.StepMessages;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterType;
import org.minzheng.standard.ParameterUnit;
import org.minzheng.standard.Scheme;

/**
 * An ILLUSTRATIVE county scheme (not real data, not a published policy): a monthly top-up for
 * members aged 100 or more who receive the old-age allowance this month, in the counties whose
 * standards claim the scheme (here Baofeng, 410421, from 2021-01-01, see {@link CentenarianStandards}).
 *
 * <p>The rule, top to bottom: the member's age on the reference day must reach
 * {@code centenarian.minAge}; the member's old-age allowance must be ELIGIBLE (its status, not its
 * amount: an undetermined allowance leaves the top-up undetermined, naming the same facts); the
 * amount is {@code centenarian.amount}. Its steps' words are in {@code /examples-centenarian/messages/centenarian_zh.properties}
 * and {@code centenarian_en.properties}.
 *
 * @since 0.2
 */
public final class CentenarianTopUp implements SchemeModule {
  /** The scheme. */
  public static final Scheme SCHEME = Scheme.define("CENTENARIAN_TOP_UP", "百岁老人补贴(示例)", "Centenarian top-up (illustrative)");
  /** The age from which the top-up is paid, in completed years. */
  public static final ParameterKey<Integer> MIN_AGE = ParameterKey.of("centenarian.minAge", SCHEME, ParameterType.INTEGER,
      ParameterUnit.YEARS, "百岁老人补贴起始年龄", "age from which the centenarian top-up is paid",
      org.minzheng.standard.ParameterDomain.integer(0, org.minzheng.standard.ParameterDomain.MAX_AGE));
  /** The monthly amount. */
  public static final ParameterKey<Money> AMOUNT = ParameterKey.of("centenarian.amount", SCHEME, ParameterType.MONEY,
      ParameterUnit.YUAN_PER_PERSON_MONTH, "百岁老人补贴标准", "centenarian top-up per month");

  static final Reason BELOW_AGE = new Reason("BELOW_CENTENARIAN_AGE",
      LocalizedText.of("未达到百岁老人补贴起始年龄", "below the age of the centenarian top-up"));
  static final Reason NO_OLD_AGE_ALLOWANCE = new Reason("NO_OLD_AGE_ALLOWANCE",
      LocalizedText.of("本月未享受高龄津贴", "does not receive the old-age allowance this month"));

  /** Public for {@link java.util.ServiceLoader}. */
  public CentenarianTopUp() {}

  @Override
  public Scheme scheme() {
    return SCHEME;
  }

  @Override
  public Unit unit() {
    return Unit.PERSON;
  }

  @Override
  public List<ParameterKey<?>> parameters() {
    return List.of(MIN_AGE, AMOUNT);
  }

  @Override
  public Set<Scheme> dependsOn() {
    return Set.of(Scheme.OLD_AGE_ALLOWANCE);
  }

  @Override
  public String stepPrefix() {
    return "centenarian";
  }

  @Override
  public Optional<ResourceBundle> messages(Locale locale) {
    // a directory that is not a package, so that core can read it on the module path too
    return StepMessages.bundle(CentenarianTopUp.class, "/examples-centenarian/messages/centenarian_", locale.getLanguage());
  }

  @Override
  public Optional<PersonRule> personRule() {
    return Optional.of(c -> {
      int minAge = c.value(MIN_AGE);
      boolean oldEnough = c.age() >= minAge;
      c.step("centenarian.age", List.of(MIN_AGE), oldEnough, c.age(), minAge, oldEnough);
      if (!oldEnough) {
        return c.ineligible(BELOW_AGE);
      }
      Outcome oldAge = c.status(Scheme.OLD_AGE_ALLOWANCE);
      c.step("centenarian.oldAge", List.of(), null, oldAge);
      if (oldAge == Outcome.UNDETERMINED) {
        return c.undetermined(c.missingFactsOf(Scheme.OLD_AGE_ALLOWANCE));
      }
      if (oldAge == Outcome.INELIGIBLE) {
        return c.ineligible(NO_OLD_AGE_ALLOWANCE);
      }
      Money amount = c.value(AMOUNT);
      c.step("centenarian.amount", List.of(AMOUNT), amount, amount);
      return c.eligible(amount);
    });
  }

  @Override
  public String toString() {
    return "CentenarianTopUp[ILLUSTRATIVE county scheme " + SCHEME + "]";
  }
}
