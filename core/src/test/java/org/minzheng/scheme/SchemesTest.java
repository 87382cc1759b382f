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
import org.minzheng.schemes.Schemes;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterType;
import org.minzheng.standard.ParameterUnit;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.Scheme;

/** Scheme modules: the built-ins declared on the SPI, one added by hand, and the checks of the dependency graph. */
class SchemesTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);

  /** A test scheme: a flat top-up for members of dibao households who are not extreme-poverty persons. */
  static final class TopUp implements SchemeModule {
    static final Scheme SCHEME = Scheme.define("TEST_TOP_UP", "测试补贴", "Test top-up");
    static final ParameterKey<Money> AMOUNT = ParameterKey.of("testTopUp.amount", SCHEME, ParameterType.MONEY,
        ParameterUnit.YUAN_PER_PERSON_MONTH, "测试补贴标准", "test top-up amount");
    static final Reason NOT_DIBAO = new Reason("NOT_DIBAO_HOUSEHOLD", LocalizedText.of("非低保家庭", "not a dibao household"));
    static final Reason EP = new Reason("EXTREME_POVERTY_PERSON", LocalizedText.of("特困人员", "an extreme-poverty person"));

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
      return List.of(AMOUNT);
    }

    @Override
    public Set<Scheme> dependsOn() {
      return Set.of(Scheme.DIBAO, Scheme.EXTREME_POVERTY);
    }

    @Override
    public String stepPrefix() {
      return "testTopUp";
    }

    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
      boolean zh = locale.getLanguage().equals("zh");
      return Optional.of(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
          return new Object[][] {{"testTopUp.amount", zh ? "测试补贴 {0}" : "test top-up {0}"}};
        }
      });
    }

    @Override
    public Optional<PersonRule> personRule() {
      return Optional.of(c -> {
        if (c.status(Scheme.EXTREME_POVERTY) == Outcome.ELIGIBLE) {
          return c.ineligible(EP);
        }
        Outcome dibao = c.status(Scheme.DIBAO);
        if (dibao == Outcome.UNDETERMINED) {
          return c.undetermined(c.missingFactsOf(Scheme.DIBAO));
        }
        if (dibao == Outcome.INELIGIBLE) {
          return c.ineligible(NOT_DIBAO);
        }
        Money amount = c.value(AMOUNT);
        c.step("testTopUp.amount", List.of(AMOUNT), amount, amount);
        return c.eligible(amount);
      });
    }
  }

  /** A module whose scheme depends on a scheme of the same name family, to build cycles. */
  static class Dependent implements SchemeModule {
    private final Scheme scheme;
    private final Set<Scheme> deps;

    Dependent(String name, Set<Scheme> deps) {
      this.scheme = Scheme.define(name, name, name);
      this.deps = deps;
    }

    @Override
    public Scheme scheme() {
      return scheme;
    }

    @Override
    public Unit unit() {
      return Unit.PERSON;
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
      return scheme.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<ResourceBundle> messages(Locale locale) {
      return Optional.empty();
    }
  }

  static final class CycleA extends Dependent {
    CycleA() {
      super("TEST_CYCLE_A", Set.of(Scheme.define("TEST_CYCLE_B", "TEST_CYCLE_B", "TEST_CYCLE_B")));
    }
  }

  static final class CycleB extends Dependent {
    CycleB() {
      super("TEST_CYCLE_B", Set.of(Scheme.define("TEST_CYCLE_A", "TEST_CYCLE_A", "TEST_CYCLE_A")));
    }
  }

  static final class Orphan extends Dependent {
    Orphan() {
      super("TEST_ORPHAN", Set.of(Scheme.define("TEST_NOT_INSTALLED", "TEST_NOT_INSTALLED", "TEST_NOT_INSTALLED")));
    }
  }

  @Test
  void theBuiltInSchemesAreModulesOfTheSpi() {
    assertThat(Schemes.builtIn()).extracting(SchemeModule::scheme).containsExactly(Scheme.DIBAO, Scheme.EXTREME_POVERTY,
        Scheme.TEMPORARY_ASSISTANCE, Scheme.PRICE_SUBSIDY, Scheme.OLD_AGE_ALLOWANCE, Scheme.DISABILITY_LIVING_SUBSIDY,
        Scheme.DISABILITY_NURSING_SUBSIDY);
    SchemeModule dibao = Schemes.builtIn().get(0);
    assertThat(dibao.unit()).isEqualTo(SchemeModule.Unit.HOUSEHOLD);
    assertThat(dibao.dependsOn()).containsExactly(Scheme.EXTREME_POVERTY);
    assertThat(dibao.parameters()).contains(Parameters.DIBAO_STANDARD_URBAN, Parameters.DIBAO_ROUNDING);
    assertThat(dibao.getClass().getPackageName()).isEqualTo("org.minzheng.schemes.dibao");
    assertThat(dibao.messages(Locale.CHINESE).orElseThrow().getString("dibao.gap")).startsWith("补差");
    // every built-in parameter belongs to a module that declares it
    assertThat(Parameters.builtIn()).allSatisfy(k -> assertThat(k.scheme().isBenefit()
        ? Schemes.builtIn().stream().anyMatch(m -> m.parameters().contains(k)) : true).as(k.id()).isTrue());
    // the order puts each after what it depends on
    List<Scheme> order = Schemes.installed().stream().map(SchemeModule::scheme).toList();
    assertThat(order.indexOf(Scheme.EXTREME_POVERTY)).isLessThan(order.indexOf(Scheme.DIBAO));
    assertThat(order.indexOf(Scheme.DIBAO)).isLessThan(order.indexOf(Scheme.PRICE_SUBSIDY));
  }

  @Test
  void aCycleFailsNamingTheSchemesAndRegistersNothing() {
    int before = Schemes.installed().size();
    assertThatThrownBy(() -> Schemes.register(new CycleA(), new CycleB())).isInstanceOf(SchemeConfigurationException.class)
        .hasMessageContaining("cycle").hasMessageContaining("TEST_CYCLE_A").hasMessageContaining("TEST_CYCLE_B");
    assertThat(Schemes.installed()).hasSize(before);
  }

  @Test
  void aMissingDependencyFailsNamingBothSchemes() {
    assertThatThrownBy(() -> Schemes.register(new Orphan())).isInstanceOf(SchemeConfigurationException.class)
        .hasMessageContaining("scheme TEST_ORPHAN depends on TEST_NOT_INSTALLED, which no installed module provides");
  }

  @Test
  void aModuleAddedByHandRunsAfterTheBuiltInsReadingTheirStatus() throws Exception {
    Schemes.register(new TopUp()); // before its parameter is read from the standards
    BenefitCalculator calc = new Fixture().set(TopUp.AMOUNT, Money.parse("25.00")).calculatorBuilder()
        .schemes(new TopUp()).build();
    assertThat(Parameters.find("testTopUp.amount")).contains(TopUp.AMOUNT);
    Person elder = H.person(LocalDate.of(1935, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    Person adult = H.adult();
    Person dead = H.person(LocalDate.of(1960, 1, 1)).dateOfDeath(LocalDate.of(2020, 1, 1)).build();
    Household h = H.urban(adult, elder, dead);
    HouseholdResult r = calc.calculate(h, OCT_2020);
    SchemeResult mine = r.find(TopUp.SCHEME, adult.id().value()).orElseThrow();
    assertThat(mine.amount()).contains(Money.parse("25.00"));
    assertThat(mine.explanation().render(Locale.CHINESE)).contains("测试补贴 25.00").contains("testTopUp.amount = 25.00");
    assertThat(mine.explanation().render(Locale.ENGLISH)).contains("test top-up 25.00");
    assertThat(r.find(TopUp.SCHEME, elder.id().value()).orElseThrow().reasons()).containsExactly(TopUp.EP);
    assertThat(r.find(TopUp.SCHEME, dead.id().value()).orElseThrow().reasons()).extracting(Reason::code)
        .containsExactly("DIED_BEFORE_MONTH");
    // the result's JSON names the scheme and reads back
    String json = MinzhengJson.mapper().writeValueAsString(r);
    assertThat(json).contains("\"scheme\":\"TEST_TOP_UP\"");
    assertThat(MinzhengJson.mapper().readValue(json, HouseholdResult.class)).isEqualTo(r);
  }

  @Test
  void schemesAreAnOpenIdentifierThatKeepsTheEnumForms() {
    assertThat(Scheme.valueOf("DIBAO")).isSameAs(Scheme.DIBAO);
    assertThat(Scheme.values()).hasSize(10).startsWith(Scheme.GENERAL, Scheme.DIBAO);
    assertThat(Scheme.DIBAO.name()).isEqualTo("DIBAO");
    assertThat(Scheme.define("TEST_DEFINED_TWICE", "甲", "A")).isSameAs(Scheme.define("TEST_DEFINED_TWICE", "甲", "A"));
    assertThatThrownBy(() -> Scheme.define("TEST_DEFINED_TWICE", "乙", "B")).hasMessageContaining("already defined");
    assertThatThrownBy(() -> Scheme.define("dibao", "x", "y")).hasMessageContaining("not upper case");
  }
}
