package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.ParameterRelation;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.StandardSet;
import org.minzheng.standards2020.Standards2020;

/**
 * The rules between two parameters ({@link Parameters#relations()}): a document breaking one is refused at load,
 * naming both parameters, their values and periods, the region and the days; the shipped standards keep them all.
 */
class ParameterRelationsTest {
  private static final String ALL_SCHEMES = "\"GENERAL\", \"DIBAO\", \"EXTREME_POVERTY\", \"TEMPORARY_ASSISTANCE\", "
      + "\"PRICE_SUBSIDY\", \"OLD_AGE_ALLOWANCE\", \"DISABILITY_LIVING_SUBSIDY\", \"DISABILITY_NURSING_SUBSIDY\"";

  /** A document of Pingdingshan (410400) and Ruzhou (410482) with {@code parameters}. */
  private static String doc(String parameters) {
    return """
        {
          "format": "minzheng-standards/1", "module": "t", "version": "1", "title": "t",
          "sources": {"S": {"documentNumber": "—", "title": "test source"}},
          "regions": [{"code": "410400", "name": "平顶山市", "nameEnglish": "Pingdingshan"},
                      {"code": "410482", "name": "汝州市", "nameEnglish": "Ruzhou City"}],
          "claims": [{"region": "410400", "schemes": [%1$s], "effectiveFrom": "2019-01-01"},
                     {"region": "410482", "schemes": [%1$s], "effectiveFrom": "2019-01-01"}],
          "parameters": [%2$s]
        }
        """.formatted(ALL_SCHEMES, parameters);
  }

  /** A parameter of {@code region} with one value from {@code from} (until {@code until} if not null). */
  private static String param(String region, String id, String unit, String value, String from, String until) {
    return "{\"region\": \"" + region + "\", \"id\": \"" + id + "\", \"unit\": \"" + unit + "\", \"values\": [{\"value\": "
        + value + ", \"effectiveFrom\": \"" + from + "\"" + (until == null ? "" : ", \"effectiveUntil\": \"" + until + "\"")
        + ", \"status\": \"SEED\", \"source\": \"S\"}]}";
  }

  private static String param(String id, String unit, String value) {
    return param("410400", id, unit, value, "2020-01-01", null);
  }

  private static List<String> problems(String json) {
    return HostileStandardsTest.problems(json);
  }

  private static StandardSet read(String json) {
    return StandardsJson.read("t", "/t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} = {2}, {3} = {5}")
  @CsvSource(delimiter = '|', value = {
      "disabilityNursing.enhancedMinAge|YEARS|60|disabilityNursing.enhancedMaxAge|YEARS|59|rules.md §6",
      "disabilityNursing.amount|YUAN_PER_PERSON_MONTH|\"100.00\"|disabilityNursing.enhancedAmount|YUAN_PER_PERSON_MONTH|\"60.00\"|rules.md §6",
      "extremePoverty.minorAgeLimit|YEARS|61|extremePoverty.elderlyAge|YEARS|60|rules.md §2",
      "extremePoverty.careShare.selfCare|PERCENT|\"10.5\"|extremePoverty.careShare.partial|PERCENT|\"10\"|rules.md §2",
      "extremePoverty.careShare.partial|PERCENT|\"20\"|extremePoverty.careShare.full|PERCENT|\"19.99\"|rules.md §2",
  })
  void aDocumentBreakingARelationIsRefusedNamingBothParametersValuesRegionAndDays(String a, String aUnit, String aValue,
      String b, String bUnit, String bValue, String rule) {
    List<String> p = problems(doc(param(a, aUnit, aValue) + "," + param(b, bUnit, bValue)));
    String shownA = aValue.replace("\"", "");
    String shownB = bValue.replace("\"", "");
    assertThat(p).singleElement().asString()
        .startsWith("t /t.json: $.parameters: region 410400, from 2020-01-01 on: " + a + " = " + shownA
            + " [2020-01-01, ∞) must be at most " + b + " = " + shownB + " [2020-01-01, ∞) (" + rule);
  }

  @Test
  void theSameValuesInTheRightOrderAreAccepted() {
    StandardSet s = read(doc(param("disabilityNursing.enhancedMinAge", "YEARS", "16") + ","
        + param("disabilityNursing.enhancedMaxAge", "YEARS", "16") + ","
        + param("extremePoverty.careShare.selfCare", "PERCENT", "\"5\"") + ","
        + param("extremePoverty.careShare.partial", "PERCENT", "\"10\"") + ","
        + param("extremePoverty.careShare.full", "PERCENT", "\"20\"")));
    assertThat(s.valueRegions()).hasSize(1);
  }

  @Test
  void valuesInForceOnDifferentDaysDoNotMeetAndTheDaysTheyMeetAreNamed() {
    // 2019: 60..99 would be fine but the max age of 2019 is 59; from 2020 the min age is 16
    String ok = doc(param("410400", "disabilityNursing.enhancedMinAge", "YEARS", "60", "2019-01-01", "2020-01-01") + ","
        + param("410400", "disabilityNursing.enhancedMaxAge", "YEARS", "59", "2020-01-01", null));
    assertThat(read(ok).valueRegions()).hasSize(1);
    List<String> p = problems(doc(
        param("410400", "disabilityNursing.enhancedMinAge", "YEARS", "60", "2019-01-01", "2021-01-01") + ","
            + param("410400", "disabilityNursing.enhancedMaxAge", "YEARS", "59", "2020-07-01", null)));
    assertThat(p).singleElement().asString().contains("region 410400, from 2020-07-01 until 2021-01-01: ");
  }

  @Test
  void aCountysValueIsCheckedAgainstItsCitysAndNamedAsTheCitys() {
    List<String> p = problems(doc(param("410400", "disabilityNursing.enhancedMinAge", "YEARS", "16", "2020-01-01", null)
        + "," + param("410482", "disabilityNursing.enhancedMaxAge", "YEARS", "15", "2020-01-01", null)));
    assertThat(p).singleElement().asString().contains("region 410482, from 2020-01-01 on: "
        + "disabilityNursing.enhancedMinAge = 16 [2020-01-01, ∞) of region 410400 must be at most "
        + "disabilityNursing.enhancedMaxAge = 15 [2020-01-01, ∞) (rules.md §6");
  }

  @Test
  void aCorrectionPublishedLaterIsCheckedAgainstWhatWasKnownBesideIt() {
    String values = "{\"region\": \"410400\", \"id\": \"disabilityNursing.enhancedMaxAge\", \"unit\": \"YEARS\", \"values\": ["
        + "{\"value\": 59, \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\", \"published\": \"2020-01-01\"},"
        + "{\"value\": 15, \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\", \"published\": \"2020-08-20\"}]}";
    List<String> p = problems(doc(param("disabilityNursing.enhancedMinAge", "YEARS", "16") + "," + values));
    assertThat(p).singleElement().asString().contains("disabilityNursing.enhancedMaxAge = 15 [2020-01-01, ∞) published 2020-08-20");
  }

  @Test
  void ageBandsThatDoNotAscendAreRefused() {
    List<String> p = problems(doc(param("oldAge.bands", "YUAN_PER_PERSON_MONTH",
        "[{\"minAge\": 90, \"amount\": \"100.00\"}, {\"minAge\": 80, \"amount\": \"50.00\"}]")));
    assertThat(p).anySatisfy(x -> assertThat(x).contains("$.parameters[0].values[0].value[1].minAge")
        .contains("age bands must ascend: minAge 80 follows 90"));
    assertThat(Parameters.OLD_AGE_BANDS.problems(List.of(new org.minzheng.standard.AgeBand(90, org.minzheng.standard.Money.ofYuan(1)),
        new org.minzheng.standard.AgeBand(90, org.minzheng.standard.Money.ofYuan(2))), "x"))
        .singleElement().asString().startsWith("x[1].minAge: age bands must ascend: minAge 90 follows 90");
  }

  @Test
  void theShippedStandardsKeepEveryRelation() {
    StandardsRegistry registry = StandardsRegistry.of(Standards2020.provider());
    assertThat(Parameters.relations()).hasSizeGreaterThanOrEqualTo(5);
    for (StandardSet s : registry.standardSets()) {
      java.util.Map<org.minzheng.standard.RegionCode, List<org.minzheng.standard.ParameterValue<?>>> byRegion =
          new java.util.HashMap<>();
      for (org.minzheng.standard.RegionCode r : s.valueRegions()) {
        byRegion.put(r, s.valuesFor(r).values().stream().flatMap(List::stream).toList());
      }
      assertThat(ParameterRelation.problemsOfAll(byRegion)).as(s.moduleId()).isEmpty();
      // and the relations are not vacuous there: each pair has values in the shipped document
      for (ParameterRelation rel : Parameters.relations()) {
        assertThat(byRegion.values().stream().flatMap(List::stream).anyMatch(v -> v.key().equals(rel.first()))
            && byRegion.values().stream().flatMap(List::stream).anyMatch(v -> v.key().equals(rel.second())))
            .as(rel.description()).isTrue();
      }
    }
  }

  @Test
  void aRelationOfAParameterWithItselfIsADomainNotARelation() {
    assertThatThrownBy(() -> ParameterRelation.atMost(Parameters.EXTREME_POVERTY_ELDERLY_AGE,
        Parameters.EXTREME_POVERTY_ELDERLY_AGE, "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
