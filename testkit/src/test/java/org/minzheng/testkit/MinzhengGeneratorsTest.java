package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.StandardSet;

class MinzhengGeneratorsTest {

  @Test
  void sameSeedGivesTheSameHouseholdsAndAnotherSeedOthers() {
    List<Household> a = MinzhengGenerators.households().stream(7L).limit(50).toList();
    List<Household> b = MinzhengGenerators.households().stream(7L).limit(50).toList();
    List<Household> c = MinzhengGenerators.households().stream(8L).limit(50).toList();
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void residentIdsHaveTheirCheckCharacterRegionAndBirthRange() {
    RegionCode lushan = Pingdingshan.LUSHAN;
    LocalDate from = LocalDate.of(1940, 1, 1);
    LocalDate until = LocalDate.of(1941, 1, 1);
    MinzhengGenerators.residentIds(lushan, from, until).stream(1L).limit(500).forEach(id -> {
      assertThat(ResidentId.parse(id.value())).isEqualTo(id); // re-validates the check character
      assertThat(id.addressCode()).isEqualTo("410423");
      assertThat(id.birthDate()).isBetween(from, until.minusDays(1));
    });
  }

  @Test
  void residentIdMatchesTheStandardsTestVector() {
    // GB 11643-1999 vector 11010519491231002X: address 110105, born 1949-12-31, sequence 002, check X
    assertThat(MinzhengGenerators.residentId(RegionCode.of("110105"), LocalDate.of(1949, 12, 31), 2).value())
        .isEqualTo("11010519491231002X");
  }

  @Test
  void householdsAreValidAndVaried() {
    Set<Integer> sizes = new HashSet<>();
    Set<String> classes = new HashSet<>();
    MinzhengGenerators.households().stream(3L).limit(400).forEach(h -> {
      sizes.add(h.members().size());
      h.classification().ifPresent(classes::add);
      assertThat(Pingdingshan.COUNTY_CODES).contains(h.region());
      assertThat(h.assetsWithinLimits()).isPresent();
      for (Person p : h.members()) {
        assertThat(p.birthDate()).isBeforeOrEqualTo(MinzhengGenerators.REFERENCE_DAY);
        assertThat(p.hasCapableSupporter()).isPresent();
        assertThat(p.selfCare()).isPresent();
        assertThat(p.hukouRegion()).isPresent();
        p.incomes().forEach(i -> assertThat(i.amount().isNegative()).isFalse());
      }
    });
    assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    assertThat(classes).containsExactly("A+");
  }

  @Test
  void someMissingFactsLeavesSomeFactsOut() {
    List<Household> l = MinzhengGenerators.households(MinzhengGenerators.Facts.SOME_MISSING).stream(5L).limit(200).toList();
    assertThat(l).anyMatch(h -> h.assetsWithinLimits().isEmpty());
    assertThat(l.stream().flatMap(h -> h.members().stream())).anyMatch(p -> p.hasCapableSupporter().isEmpty())
        .anyMatch(p -> p.selfCare().isEmpty()).anyMatch(p -> p.hukouRegion().isEmpty());
  }

  @Test
  void householdsRoundTripThroughJson() throws Exception {
    for (Household h : MinzhengGenerators.households(MinzhengGenerators.Facts.SOME_MISSING).stream(11L).limit(100).toList()) {
      String json = MinzhengJson.mapper().writeValueAsString(h);
      assertThat(MinzhengJson.mapper().readValue(json, Household.class)).isEqualTo(h);
    }
  }

  @Test
  void moneyStaysWithinItsBounds() {
    Money min = Money.parse("0.01");
    Money max = Money.parse("0.03");
    Set<Money> seen = new HashSet<>();
    MinzhengGenerators.money(min, max).stream(2L).limit(200).forEach(seen::add);
    // 1, 2 and 3 fen, each drawn among 200
    assertThat(seen).containsExactlyInAnyOrder(Money.ofFen(1), Money.ofFen(2), Money.ofFen(3));
  }

  @Test
  void temporaryAssistanceCasesAndPriceSeriesAreValid() {
    MinzhengGenerators.temporaryAssistanceCases().stream(4L).limit(200).forEach(c -> {
      assertThat(c.persons()).isBetween(1, 6);
      assertThat(c.months()).isBetween(1, 12);
    });
    var series = MinzhengGenerators.priceIndexSeries().generate(4L);
    // 2019-01 .. 2020-12 is 24 months
    assertThat(series.entries().get(Pingdingshan.CITY)).hasSize(24);
  }

  @Test
  void standardSetsAreValidAndReproducible() {
    for (long seed = 0; seed < 50; seed++) {
      StandardSet s = MinzhengGenerators.standardSets().generate(seed);
      StandardSet again = MinzhengGenerators.standardSets().generate(seed);
      assertThat(s.version()).isEqualTo(again.version());
      assertThat(s.valuesFor(Pingdingshan.CITY)).isEqualTo(again.valuesFor(Pingdingshan.CITY));
      for (ParameterKey<?> k : Parameters.builtIn()) {
        assertThat(s.timeline(k, Pingdingshan.CITY)).as("values of %s", k).isNotEmpty();
      }
      for (List<ParameterValue<?>> l : s.valuesFor(Pingdingshan.CITY).values()) {
        for (ParameterValue<?> v : l) {
          if (v.value() instanceof Money m) {
            assertThat(m.isNegative()).as("%s", v).isFalse();
          }
        }
      }
      BigDecimal multiplier = s.find(Parameters.EXTREME_POVERTY_BASIC_MULTIPLIER, Pingdingshan.CITY, LocalDate.of(2020, 1, 1))
          .orElseThrow().value();
      assertThat(multiplier).isGreaterThanOrEqualTo(new BigDecimal("1.30"));
      Money u2019 = s.find(Parameters.DIBAO_STANDARD_URBAN, Pingdingshan.CITY, LocalDate.of(2019, 6, 1)).orElseThrow().value();
      Money u2020 = s.find(Parameters.DIBAO_STANDARD_URBAN, Pingdingshan.CITY, LocalDate.of(2020, 6, 1)).orElseThrow().value();
      assertThat(u2020).isGreaterThanOrEqualTo(u2019);
    }
  }

  @Test
  void institutionsAreValidAndHitTheDualPreventionThresholds() throws Exception {
    List<org.minzheng.institution.Institution> l = MinzhengGenerators.institutions().stream(6L).limit(300).toList();
    assertThat(l).allSatisfy(i -> assertThat(i.nursingBeds()).isBetween(0, i.beds()));
    assertThat(l).anyMatch(i -> i.beds() == 200).anyMatch(i -> i.residents() == 80);
    var i = l.get(0);
    assertThat(MinzhengJson.mapper().readValue(MinzhengJson.mapper().writeValueAsString(i), org.minzheng.institution.Institution.class))
        .isEqualTo(i);
  }

  @Test
  void standardSetEditsChangeOneParameterOnly() {
    StandardSet s = MinzhengGenerators.standardSets().generate(9L);
    StandardSet t = StandardSets.withValues(s, Parameters.DIBAO_STANDARD_URBAN, m -> m.plus(Money.ofYuan(10)));
    LocalDate d = LocalDate.of(2020, 3, 1);
    Money before = s.find(Parameters.DIBAO_STANDARD_URBAN, Pingdingshan.CITY, d).orElseThrow().value();
    assertThat(t.find(Parameters.DIBAO_STANDARD_URBAN, Pingdingshan.CITY, d).orElseThrow().value())
        .isEqualTo(before.plus(Money.ofYuan(10)));
    assertThat(t.find(Parameters.DIBAO_STANDARD_RURAL, Pingdingshan.CITY, d))
        .isEqualTo(s.find(Parameters.DIBAO_STANDARD_RURAL, Pingdingshan.CITY, d));
  }
}
