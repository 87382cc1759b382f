package org.minzheng.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.engine.Fixture;
import org.minzheng.engine.H;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.Scheme;

/**
 * The three units of the scheme SPI run for added modules exactly as for the built-in ones: a household
 * rule evaluated under each outcome of the undetermined statuses it reads, a per-person rule under each
 * combination those outcomes allow, extreme poverty's known status with an undetermined amount, and a
 * per-case module refused with a reason.
 */
class SchemeUnitsTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);

  /** A base for the test modules: no parameters, English-only words. */
  abstract static class TestModule implements SchemeModule {
    private final Scheme scheme;
    private final Unit unit;
    private final Set<Scheme> deps;
    private final String prefix;

    TestModule(String name, Unit unit, Set<Scheme> deps, String prefix) {
      this.scheme = Scheme.define(name, name, name);
      this.unit = unit;
      this.deps = deps;
      this.prefix = prefix;
    }

    @Override
    public Scheme scheme() {
      return scheme;
    }

    @Override
    public Unit unit() {
      return unit;
    }

    @Override
    public List<ParameterKey<?>> parameters() {
      return List.of();
    }

    @Override
    public Set<Scheme> dependsOn() {
      return deps;
    }

    @Override
    public String stepPrefix() {
      return prefix;
    }

    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
      return Optional.of(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
          return new Object[][] {{prefix + ".amount", "{0} persons × 10.00 = {1}"}, {prefix + ".paid", "paid: {0}"}};
        }
      });
    }
  }

  /** A household top-up: 10.00 for each counted member who is not an extreme-poverty person. */
  static final class HouseholdBonus extends TestModule {
    static final Scheme SCHEME = Scheme.define("TEST_HOUSEHOLD_BONUS", "TEST_HOUSEHOLD_BONUS", "TEST_HOUSEHOLD_BONUS");

    HouseholdBonus() {
      super("TEST_HOUSEHOLD_BONUS", Unit.HOUSEHOLD, Set.of(Scheme.EXTREME_POVERTY), "testBonus");
    }

    @Override
    public Optional<HouseholdRule> householdRule() {
      return Optional.of(c -> {
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
          if (c.counted(i) && c.status(Scheme.EXTREME_POVERTY, i) != Outcome.ELIGIBLE) {
            n++;
          }
        }
        if (n == 0) {
          return c.ineligible(List.of(new Reason("NONE", LocalizedText.of("无", "none"))));
        }
        Money amount = Money.ofFen(1000L * n);
        c.step("testBonus.amount", List.of(), amount, n, amount);
        return c.eligible(amount, n);
      });
    }
  }

  /** A per-person top-up of 1.00 for a member who is not an extreme-poverty person, in a household paid the bonus. */
  static final class MemberBonus extends TestModule {
    static final Scheme SCHEME = Scheme.define("TEST_MEMBER_BONUS", "TEST_MEMBER_BONUS", "TEST_MEMBER_BONUS");

    MemberBonus() {
      super("TEST_MEMBER_BONUS", Unit.PERSON, Set.of(Scheme.EXTREME_POVERTY, HouseholdBonus.SCHEME), "testMemberBonus");
    }

    @Override
    public Optional<PersonRule> personRule() {
      return Optional.of(c -> {
        boolean paid = c.status(Scheme.EXTREME_POVERTY) != Outcome.ELIGIBLE
            && c.status(HouseholdBonus.SCHEME) == Outcome.ELIGIBLE;
        c.step("testMemberBonus.paid", List.of(), paid, paid);
        return paid ? c.eligible(Money.parse("1.00")) : c.ineligible(List.of(new Reason("NO", LocalizedText.of("否", "no"))));
      });
    }
  }

  /** A household rule that reads a status it does not declare. */
  static final class Undeclared extends TestModule {
    Undeclared() {
      super("TEST_UNDECLARED", Unit.HOUSEHOLD, Set.of(), "testUndeclared");
    }

    @Override
    public Optional<HouseholdRule> householdRule() {
      return Optional.of(c -> c.eligible(Money.ZERO, Math.max(1, c.status(Scheme.EXTREME_POVERTY, 0).ordinal())));
    }
  }

  /** An added per-case module. */
  static final class AddedCase extends TestModule {
    AddedCase() {
      super("TEST_ADDED_CASE", Unit.CASE, Set.of(), "testAddedCase");
    }

    @Override
    public Optional<CaseRule> caseRule() {
      return Optional.of(c -> c.eligible(Money.ZERO, Beneficiary.household(c.assistanceCase().householdId().value())));
    }
  }

  private static final BenefitCalculator CALC = new Fixture().calculatorBuilder()
      .schemes(new HouseholdBonus(), new MemberBonus()).build();

  /** Extreme poverty undetermined: no fact about a capable supporter. */
  private static Person undecidedElder() {
    return H.person(LocalDate.of(1950, 1, 1)).selfCare(H.selfCare()).build();
  }

  @Test
  void aHouseholdRuleThatDiffersWithAnUndeterminedStatusIsUndeterminedNamingItsFacts() throws Exception {
    Person elder = undecidedElder();
    Person adult = H.adult("0");
    Household h = H.urban(elder, adult);
    HouseholdResult r = CALC.calculate(h, OCT_2020);
    assertThat(r.find(Scheme.EXTREME_POVERTY, elder.id().value()).orElseThrow().outcome()).isEqualTo(Outcome.UNDETERMINED);
    SchemeResult bonus = r.find(HouseholdBonus.SCHEME, h.id().value()).orElseThrow();
    // 20.00 with the elder counted, 10.00 without: undetermined, naming the elder's missing fact
    assertThat(bonus.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(bonus.missingFacts()).extracting(Reason::code)
        .containsExactly("members[" + elder.id().value() + "].hasCapableSupporter");
    assertThat(bonus.explanation().render(Locale.ENGLISH)).contains("the status of members " + elder.id().value()
        + " in Extreme-poverty support is undetermined, and this result differs with it (2 cases tried)");
    // the adult's member bonus follows the household bonus world by world: ELIGIBLE in both, so paid
    SchemeResult adults = r.find(MemberBonus.SCHEME, adult.id().value()).orElseThrow();
    assertThat(adults.amount()).contains(Money.parse("1.00"));
    // the elder's differs with the elder's own status: undetermined, each case in the explanation
    SchemeResult elders = r.find(MemberBonus.SCHEME, elder.id().value()).orElseThrow();
    assertThat(elders.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(elders.missingFacts()).extracting(Reason::code)
        .containsExactly("members[" + elder.id().value() + "].hasCapableSupporter");
    assertThat(elders.explanation().render(Locale.ENGLISH))
        .contains("if [Extreme-poverty support: eligible, TEST_HOUSEHOLD_BONUS: eligible]: ineligible")
        .contains("if [Extreme-poverty support: ineligible, TEST_HOUSEHOLD_BONUS: eligible]: eligible");
    // the typed steps (a dependency case, a list of schemes) read back from JSON
    String json = MinzhengJson.mapper().writeValueAsString(r);
    assertThat(json).contains("\"case\":{\"schemes\":[\"EXTREME_POVERTY\",\"TEST_HOUSEHOLD_BONUS\"]");
    assertThat(MinzhengJson.mapper().readValue(json, HouseholdResult.class)).isEqualTo(r);
  }

  @Test
  void aKnownStatusWithAnUndeterminedAmountIsReadAsEligible() {
    // every condition holds, self-care not assessed: the extreme-poverty result is UNDETERMINED, its status ELIGIBLE
    Person elder = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).build();
    Person adult = H.adult("0");
    Household h = H.urban(elder, adult);
    HouseholdResult r = CALC.calculate(h, OCT_2020);
    SchemeResult ep = r.find(Scheme.EXTREME_POVERTY, elder.id().value()).orElseThrow();
    assertThat(ep.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(ep.missingFacts()).extracting(Reason::code).containsExactly("members[" + elder.id().value() + "].selfCare");
    // the bonus counts the adult only, decided; dibao leaves the elder out too
    SchemeResult bonus = r.find(HouseholdBonus.SCHEME, h.id().value()).orElseThrow();
    assertThat(bonus.amount()).contains(Money.parse("10.00"));
    assertThat(bonus.explanation().render(Locale.ENGLISH)).contains("1 persons × 10.00 = 10.00");
    assertThat(r.find(Scheme.DIBAO, h.id().value()).orElseThrow().explanation().render(Locale.ENGLISH))
        .contains("counted members: 1 [" + adult.id().value() + "]; extreme-poverty persons left out [" + elder.id().value() + "]");
    assertThat(r.find(MemberBonus.SCHEME, elder.id().value()).orElseThrow().outcome()).isEqualTo(Outcome.INELIGIBLE);
    assertThat(r.find(MemberBonus.SCHEME, adult.id().value()).orElseThrow().amount()).contains(Money.parse("1.00"));
  }

  @Test
  void thePayoutFormCountsThePersonsTheHouseholdRuleCounted() {
    Person elder = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).build();
    Household h = H.urban(elder, H.adult("0"), H.adult("0"));
    List<Integer> persons = new java.util.ArrayList<>();
    CALC.calculateEach(List.of(h), OCT_2020, new BenefitCalculator.PayoutSink() {
      @Override
      public void result(int household, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee,
          int covered) {
        if (scheme.equals(HouseholdBonus.SCHEME)) {
          assertThat(fen).isEqualTo(2000);
          persons.add(covered);
        }
      }

      @Override
      public void householdDone(int household, String householdId, Stamp stamp) {}

      @Override
      public void error(BatchError e) {
        throw new AssertionError(e.toString());
      }
    });
    assertThat(persons).containsExactly(2);
  }

  @Test
  void aRuleReadingAStatusItDoesNotDeclareFailsNamingBoth() {
    BenefitCalculator calc = new Fixture().calculatorBuilder().schemes(new Undeclared()).build();
    assertThatThrownBy(() -> calc.calculate(H.urban(H.adult()), OCT_2020)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme TEST_UNDECLARED reads the status of EXTREME_POVERTY but does not declare it in dependsOn()");
  }

  @Test
  void anAddedPerCaseModuleIsRefusedSayingWhy() {
    assertThatThrownBy(() -> new Fixture().calculatorBuilder().schemes(new AddedCase()).build())
        .isInstanceOf(SchemeConfigurationException.class)
        .hasMessageContaining("scheme TEST_ADDED_CASE: a per-case module is not run in the monthly calculation");
  }
}
