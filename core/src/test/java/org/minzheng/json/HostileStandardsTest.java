package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * Issue 15: a standards value is checked by its meaning at load (its parameter's domain), numbers and
 * strings are bounded, and no message echoes more than a short prefix of a bad value.
 */
class HostileStandardsTest {
  private static final String ALL_SCHEMES = "\"GENERAL\", \"DIBAO\", \"EXTREME_POVERTY\", \"TEMPORARY_ASSISTANCE\", "
      + "\"PRICE_SUBSIDY\", \"OLD_AGE_ALLOWANCE\", \"DISABILITY_LIVING_SUBSIDY\", \"DISABILITY_NURSING_SUBSIDY\", "
      + "\"INSTITUTIONS\", \"COMMUNITY_GRIDS\"";

  private static String doc(String title, String parameters) {
    return """
        {
          "format": "minzheng-standards/1", "module": "t", "version": "1", "title": "%s",
          "sources": {"S": {"documentNumber": "—", "title": "test source"}},
          "regions": [{"code": "410482", "name": "汝州市", "nameEnglish": "Ruzhou City"}],
          "claims": [{"region": "410482", "schemes": [%s], "effectiveFrom": "2020-01-01"}],
          "parameters": [%s]
        }
        """.formatted(title, ALL_SCHEMES, parameters);
  }

  private static String param(String id, String unit, String value) {
    return "{\"region\": \"410482\", \"id\": \"" + id + "\", \"unit\": \"" + unit + "\", \"values\": [{\"value\": " + value
        + ", \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}";
  }

  /** @return the problems of a document the reader must refuse */
  static List<String> problems(String json) {
    try {
      StandardsJson.read("t", "/t.json", json.getBytes(StandardCharsets.UTF_8));
    } catch (StandardsConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be refused");
  }

  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "priceSubsidy.multiplier|RATIO|\"-1\"|$.parameters[0].values[0].value: -1 is outside 0 to 100",
      "extremePoverty.basicMultiplier|RATIO|\"-1.3\"|is outside 1.3 to 100",
      "extremePoverty.basicMultiplier|RATIO|\"1.29\"|is outside 1.3 to 100",
      "dibao.rounding|NONE|\"UNNECESSARY/FEN\"|rounding mode UNNECESSARY is refused",
      "grids.rounding|NONE|\"UNNECESSARY\"|rounding mode UNNECESSARY is refused",
      "dibao.incomeMonths|MONTHS|0|0 is outside 1 to 120",
      "temporaryAssistance.maxMonths|MONTHS|-6|-6 is outside 1 to 120",
      "priceSubsidy.covered|NONE|[\"DIBAO_MEMBER\", \"NOBODY\"]|[1]: unknown entry 'NOBODY'",
      "disabilityNursing.maxGrade|NONE|5|5 is outside 1 to 4",
      "extremePoverty.disabilityGrades|NONE|{\"PHYSICAL\": 0}|['PHYSICAL']: 0 is outside 1 to 4",
      "extremePoverty.disabilityGrades|NONE|{\"WINGS\": 2}|unknown key 'WINGS'",
      "extremePoverty.elderlyAge|YEARS|151|151 is outside 0 to 150",
      "disabilityNursing.enhancedMinAge|YEARS|-1|-1 is outside 0 to 150",
      "dibao.standard.urban|YUAN_PER_PERSON_MONTH|\"100000.01\"|money 100000.01 is outside 0.00 to 100000.00",
      "dibao.employmentDeduction|YUAN_PER_PERSON_MONTH|\"-1.00\"|money -1.00 is outside 0.00 to 100000.00",
      "extremePoverty.care|YUAN_PER_PERSON_MONTH|{\"SELF_CARE\": \"1\", \"PARTIAL\": \"2\"}|missing the key 'FULL'",
      "extremePoverty.careShare.full|PERCENT|\"100.5\"|100.5 is outside 0 to 100",
      "grids.householdsPerGrid|HOUSEHOLDS|0|0 is outside 1 to 1000000",
      "general.maxMembers|PERSONS|0|0 is outside 1 to 10000",
  })
  void aValueOutsideItsParametersDomainIsRefusedAtLoadWithItsPath(String id, String unit, String value, String expected) {
    List<String> p = problems(doc("t", param(id, unit, value)));
    assertThat(p).anySatisfy(x -> assertThat(x).contains("$.parameters[0].values[0]").contains(expected));
  }

  @Test
  void everyProblemIsListed() {
    List<String> p = problems(doc("t", param("priceSubsidy.multiplier", "RATIO", "\"-1\"") + ","
        + param("dibao.incomeMonths", "MONTHS", "0")));
    assertThat(p).anySatisfy(x -> assertThat(x).contains("$.parameters[0].values[0].value"));
    assertThat(p).anySatisfy(x -> assertThat(x).contains("$.parameters[1].values[0].value"));
  }

  @ParameterizedTest
  @CsvSource({"0000-01-01", "1948-12-31", "2101-01-01", "+999999999-12-31"})
  void datesOutside1949To2100AreRefused(String date) {
    String p = "{\"region\": \"410482\", \"id\": \"dibao.incomeMonths\", \"unit\": \"MONTHS\", \"values\": [{\"value\": 12,"
        + " \"effectiveFrom\": \"" + date + "\", \"status\": \"SEED\", \"source\": \"S\"}]}";
    assertThat(problems(doc("t", p))).anySatisfy(x -> assertThat(x).contains("effectiveFrom"));
  }

  @Test
  void aLoneSurrogateIsRefusedBecauseItCannotSurviveWriteThenRead() {
    assertThat(problems(doc("\\ud800", ""))).anySatisfy(x -> assertThat(x).contains("$.title").contains("lone UTF-16 surrogate"));
  }

  @Test
  void aTinyOrHugeNumberIsRefusedQuicklyWithAShortMessage() {
    for (String n : List.of("1e-999999999", "1E+99999")) {
      long start = System.nanoTime();
      List<String> p = problems(doc("t", param("dibao.standard.urban", "YUAN_PER_PERSON_MONTH", n)));
      assertThat(p).isNotEmpty().allSatisfy(x -> assertThat(x.length()).isLessThan(400));
      assertThat(String.join("\n", p)).contains("too large or too precise");
      // not a timing assertion of speed, only a guard that it does not take the ~1 GB / minutes it took before
      assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
    }
  }

  @Test
  void aLongNumberIsRefusedByTheReadLimits() {
    String digits = "9".repeat(5000);
    List<String> p = problems(doc("t", param("dibao.incomeMonths", "MONTHS", digits)));
    assertThat(p).singleElement().asString().contains("malformed JSON").hasSizeLessThan(1000);
  }

  @Test
  void aFiveMegabyteIdIsRefusedWithAShortMessage() {
    String id = "x".repeat(5_000_000);
    List<String> p = problems(doc("t", param(id, "NONE", "1")));
    assertThat(p).allSatisfy(x -> assertThat(x.length()).isLessThan(1000));
  }

  @Test
  void aLongUnknownIdIsQuotedByAShortPrefix() {
    String id = "dibao." + "y".repeat(50_000);
    List<String> p = problems(doc("t", param(id, "NONE", "1")));
    assertThat(p).anySatisfy(x -> assertThat(x).contains("unknown parameter id 'dibao.yyy").contains("chars)"));
    assertThat(p).allSatisfy(x -> assertThat(x.length()).isLessThan(1000));
  }

  @Test
  void aSchemeModulesOwnKeyIsCheckedAgainstTheDomainItDeclares() {
    org.minzheng.standard.ParameterKey<Integer> cap = org.minzheng.standard.ParameterKey.of("dibao.hostileTestCap",
        org.minzheng.standard.Scheme.DIBAO, org.minzheng.standard.ParameterType.INTEGER, org.minzheng.standard.ParameterUnit.PERSONS,
        "测试上限", "test cap", org.minzheng.standard.ParameterDomain.integer(1, 5));
    org.minzheng.standard.Parameters.register(List.of(cap));
    assertThat(problems(doc("t", param("dibao.hostileTestCap", "PERSONS", "9"))))
        .anySatisfy(x -> assertThat(x).contains("$.parameters[0].values[0].value: 9 is outside 1 to 5 (dibao.hostileTestCap)"));
  }

  @Test
  void aKeyWithoutADeclaredDomainGetsItsTypesDefault() {
    org.minzheng.standard.ParameterKey<org.minzheng.standard.Money> plain = org.minzheng.standard.ParameterKey.of(
        "dibao.hostileTestAmount", org.minzheng.standard.Scheme.DIBAO, org.minzheng.standard.ParameterType.MONEY,
        org.minzheng.standard.ParameterUnit.YUAN_PER_PERSON_MONTH, "测试金额", "test amount");
    assertThat(plain.problems(org.minzheng.standard.Money.parse("-0.01"), "$.x"))
        .containsExactly("$.x: money -0.01 is outside 0.00 to 100000.00 (dibao.hostileTestAmount)");
    assertThat(plain.problems(org.minzheng.standard.Money.parse("100000.00"), "$.x")).isEmpty();
  }
}
