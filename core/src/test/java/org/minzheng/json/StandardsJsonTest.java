package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.standard.AgeBand;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.Status;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standards2020.Standards2020;

class StandardsJsonTest {
  private static final RegionCode RUZHOU = RegionCode.of("410482");

  /** A valid document with the given parameter entries; the claim covers DIBAO and OLD_AGE_ALLOWANCE from 2020. */
  private static String doc(String parameters) {
    return """
        {
          "format": "minzheng-standards/1", "module": "t", "version": "1", "title": "t",
          "sources": {"S": {"documentNumber": "—", "title": "test source"}},
          "regions": [{"code": "410482", "name": "汝州市", "nameEnglish": "Ruzhou City"}],
          "claims": [{"region": "410482", "schemes": ["DIBAO", "OLD_AGE_ALLOWANCE"], "effectiveFrom": "2020-01-01"}],
          "parameters": [%s]
        }
        """.formatted(parameters);
  }

  private static String urban(String valueField) {
    return "{\"region\": \"410482\", \"id\": \"dibao.standard.urban\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
        + "{" + valueField + ", \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}";
  }

  private static StandardSet read(String json) {
    return StandardsJson.read("t", "/t.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(String json) {
    try {
      read(json);
    } catch (StandardsConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be rejected");
  }

  @Test
  void readsAValidDocument() {
    StandardSet s = read(doc(urban("\"value\": \"600.00\"")));
    assertThat(s.moduleId()).isEqualTo("t");
    ParameterValue<Money> v = s.find(Parameters.DIBAO_STANDARD_URBAN, RUZHOU, LocalDate.of(2020, 1, 1)).orElseThrow();
    assertThat(v.value()).isEqualTo(Money.parse("600.00"));
    assertThat(v.effectiveUntil()).isEmpty();
    assertThat(v.status()).isEqualTo(Status.SEED);
    assertThat(v.datingStatus()).isEqualTo(Status.SEED); // defaults to status
    assertThat(v.basis().title()).isEqualTo("test source");
    assertThat(v.basis().article()).isEmpty();
  }

  @Test
  void perYearIsDividedByTwelveOnceHalfUpToTheFenAndTheNoteSaysSo() {
    String p = "{\"region\": \"410482\", \"id\": \"dibao.standard.rural\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
        + "{\"perYear\": \"3860.00\", \"effectiveFrom\": \"2020-01-01\", \"effectiveUntil\": \"2020-07-01\", \"status\": \"SEED\", \"source\": \"S\"},"
        + "{\"perYear\": \"4260\", \"effectiveFrom\": \"2020-07-01\", \"status\": \"SEED\", \"source\": \"S\", \"note\": \"mine\"}]}";
    StandardSet s = read(doc(p));
    List<ParameterValue<Money>> t = s.timeline(Parameters.DIBAO_STANDARD_RURAL, RUZHOU);
    // 3860.00 / 12 = 321.666… → 321.67; 4260 / 12 = 355 exactly
    assertThat(t.get(0).value()).isEqualTo(Money.parse("321.67"));
    assertThat(t.get(0).note()).hasValue("derived: 3860.00 ÷ 12, HALF_UP to fen = 321.67");
    assertThat(t.get(1).value()).isEqualTo(Money.parse("355.00"));
    assertThat(t.get(1).note()).hasValue("derived: 4260.00 ÷ 12, HALF_UP to fen = 355.00; mine");
    // closed-open: 2020-06-30 is the first value's last day
    assertThat(s.find(Parameters.DIBAO_STANDARD_RURAL, RUZHOU, LocalDate.of(2020, 6, 30)).orElseThrow().value())
        .isEqualTo(Money.parse("321.67"));
    assertThat(s.find(Parameters.DIBAO_STANDARD_RURAL, RUZHOU, LocalDate.of(2020, 7, 1)).orElseThrow().value())
        .isEqualTo(Money.parse("355.00"));
  }

  @Test
  void perYearIsRefusedForOtherParameters() {
    String p = "{\"region\": \"410482\", \"id\": \"dibao.minimumPayout\", \"unit\": \"YUAN_PER_HOUSEHOLD_MONTH\", \"values\": ["
        + "{\"perYear\": \"12.00\", \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}";
    assertThat(problems(doc(p))).singleElement().asString()
        .startsWith("t /t.json: $.parameters[0].values[0].perYear: 'perYear' is allowed only for money parameters");
  }

  @Test
  void readsEveryValueType() {
    String p = String.join(",",
        "{\"region\": \"410482\", \"id\": \"oldAge.bands\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": [{\"value\": "
            + "[{\"minAge\": 80, \"amount\": \"50.00\"}, {\"minAge\": 90, \"amount\": \"100\"}], "
            + "\"effectiveFrom\": \"2020-01-01\", \"status\": \"VERIFIED\", \"datingStatus\": \"SEED\", \"source\": \"S\", \"article\": \"一\"}]}",
        "{\"region\": \"410482\", \"id\": \"oldAge.hukouRegion\", \"unit\": \"NONE\", \"values\": [{\"value\": \"410400\", "
            + "\"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}",
        "{\"region\": \"410482\", \"id\": \"dibao.classFloor\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": [{\"value\": "
            + "{\"A+\": \"340.00\", \"A\": \"200\"}, \"effectiveFrom\": \"2020-01-01\", \"status\": \"ASSUMPTION\", \"source\": \"S\"}]}",
        "{\"region\": \"410482\", \"id\": \"dibao.method\", \"unit\": \"NONE\", \"values\": [{\"value\": \"TIERED\", "
            + "\"effectiveFrom\": \"2020-01-01\", \"status\": \"VERIFIED\", \"source\": \"S\"}]}",
        "{\"region\": \"410482\", \"id\": \"dibao.incomeMonths\", \"unit\": \"MONTHS\", \"values\": [{\"value\": 12, "
            + "\"effectiveFrom\": \"2020-01-01\", \"status\": \"VERIFIED\", \"source\": \"S\"}]}",
        "{\"region\": \"410482\", \"id\": \"dibao.rounding\", \"unit\": \"NONE\", \"values\": [{\"value\": \"HALF_EVEN/JIAO\", "
            + "\"effectiveFrom\": \"2020-01-01\", \"status\": \"ASSUMPTION\", \"source\": \"S\"}]}");
    StandardSet s = read(doc(p));
    LocalDate d = LocalDate.of(2020, 5, 1);
    ParameterValue<List<AgeBand>> bands = s.find(Parameters.OLD_AGE_BANDS, RUZHOU, d).orElseThrow();
    assertThat(bands.value()).containsExactly(new AgeBand(80, Money.ofYuan(50)), new AgeBand(90, Money.ofYuan(100)));
    assertThat(bands.datingStatus()).isEqualTo(Status.SEED);
    assertThat(bands.status()).isEqualTo(Status.VERIFIED);
    assertThat(bands.basis().article()).hasValue("一");
    assertThat(s.find(Parameters.OLD_AGE_HUKOU_REGION, RUZHOU, d).orElseThrow().value()).isEqualTo(RegionCode.of("410400"));
    Map<String, Money> floor = s.find(Parameters.DIBAO_CLASS_FLOOR, RUZHOU, d).orElseThrow().value();
    assertThat(floor).containsExactly(Map.entry("A+", Money.parse("340.00")), Map.entry("A", Money.parse("200.00")));
    assertThat(s.find(Parameters.DIBAO_METHOD, RUZHOU, d).orElseThrow().value().name()).isEqualTo("TIERED");
    assertThat(s.find(Parameters.DIBAO_INCOME_MONTHS, RUZHOU, d).orElseThrow().value()).isEqualTo(12);
    assertThat(s.find(Parameters.DIBAO_ROUNDING, RUZHOU, d).orElseThrow().value().toString()).isEqualTo("HALF_EVEN/JIAO");
  }

  @Test
  void aBadMoneyStringIsReportedWithItsPath() {
    assertThat(problems(doc(urban("\"value\": \"5x0\"")))).containsExactly(
        "t /t.json: $.parameters[0].values[0].value: money '5x0' is not a decimal number of yuan with at most two decimal places");
  }

  @Test
  void moneyAsAJsonNumberIsRefused() {
    assertThat(problems(doc(urban("\"value\": 570.00")))).singleElement().asString()
        .isEqualTo("t /t.json: $.parameters[0].values[0].value: money must be a decimal-yuan string such as \"355.00\", "
            + "not the JSON number 570.00");
  }

  @Test
  void negativeMoneyIsRefused() {
    assertThat(problems(doc(urban("\"value\": \"-1.00\"")))).singleElement().asString()
        .isEqualTo("t /t.json: $.parameters[0].values[0].value: money -1.00 is outside 0.00 to 100000.00 (dibao.standard.urban)");
  }

  @Test
  void anUnknownParameterIdIsReportedWithASuggestion() {
    String p = "{\"region\": \"410482\", \"id\": \"dibao.standrd.urban\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
        + "{\"value\": \"1.00\", \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}";
    assertThat(problems(doc(p))).containsExactly(
        "t /t.json: $.parameters[0].id: unknown parameter id 'dibao.standrd.urban' (did you mean 'dibao.standard.urban'?)");
  }

  @Test
  void aWrongUnitIsReported() {
    String p = "{\"region\": \"410482\", \"id\": \"dibao.standard.urban\", \"unit\": \"YUAN_PER_PERSON_YEAR\", \"values\": ["
        + "{\"value\": \"6840.00\", \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}";
    assertThat(problems(doc(p))).containsExactly("t /t.json: $.parameters[0].unit: unit YUAN_PER_PERSON_YEAR is not the unit"
        + " of dibao.standard.urban, which is YUAN_PER_PERSON_MONTH");
  }

  @Test
  void unknownFieldsAreErrorsAtEveryLevel() {
    String json = doc(urban("\"value\": \"600.00\", \"vaule\": \"1\""))
        .replace("\"title\": \"t\",", "\"title\": \"t\", \"comment\": \"x\",")
        .replace("\"nameEnglish\": \"Ruzhou City\"", "\"nameEnglish\": \"Ruzhou City\", \"level\": \"COUNTY\"");
    assertThat(problems(json)).containsExactlyInAnyOrder(
        "t /t.json: $.comment: unknown field 'comment' (allowed here: format, module, version, title, published, supersedes, note, sources, regions, claims, parameters)",
        "t /t.json: $.regions[0].level: unknown field 'level' (allowed here: code, name, nameEnglish)",
        "t /t.json: $.parameters[0].values[0].vaule: unknown field 'vaule' (allowed here: value, perYear, effectiveFrom,"
            + " effectiveUntil, status, datingStatus, source, article, note, published)");
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    String json = "{\n  \"format\": \"minzheng-standards/1\",\n  \"module\": \"t\"\n  \"version\": \"1\"\n}";
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(StandardsConfigurationException.class)
        .hasMessageStartingWith("t /t.json: line 4, column 3: malformed JSON:");
    assertThatThrownBy(() -> read("{\"format\": \"a\", \"format\": \"b\"}"))
        .hasMessageContaining("malformed JSON: Duplicate field 'format'");
    assertThatThrownBy(() -> read("")).hasMessage("t /t.json: $: the document is empty");
    assertThatThrownBy(() -> read("[]")).hasMessage("t /t.json: $: a standards document is a JSON object, not an array");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String p = String.join(",",
        urban("\"value\": \"5x0\""),
        "{\"region\": \"410482\", \"id\": \"no.such.key\", \"unit\": \"NONE\", \"values\": []}",
        "{\"region\": \"410482\", \"id\": \"dibao.incomeMonths\", \"unit\": \"MONTHS\", \"values\": ["
            + "{\"value\": \"12\", \"effectiveFrom\": \"2020-13-01\", \"status\": \"MAYBE\", \"source\": \"X\"}]}",
        "{\"region\": \"410482\", \"id\": \"dibao.employmentDeduction\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
            + "{\"value\": \"10\", \"effectiveFrom\": \"2019-01-01\", \"status\": \"SEED\", \"source\": \"S\"}]}");
    String json = doc(p).replace("\"module\": \"t\"", "\"module\": \"other\"");
    List<String> problems = problems(json);
    assertThat(problems).containsExactlyInAnyOrder(
        "t /t.json: $.module: module 'other' does not equal the provider id 't'",
        "t /t.json: $.parameters[0].values[0].value: money '5x0' is not a decimal number of yuan with at most two decimal places",
        "t /t.json: $.parameters[1].id: unknown parameter id 'no.such.key'",
        "t /t.json: $.parameters[1].values: no values",
        "t /t.json: $.parameters[2].values[0].value: expected a whole number, not the string \"12\"",
        "t /t.json: $.parameters[2].values[0].effectiveFrom: date '2020-13-01' is not an ISO date such as \"2020-01-01\"",
        "t /t.json: $.parameters[2].values[0].status: status 'MAYBE' is not one of SEED, VERIFIED, ASSUMPTION",
        "t /t.json: $.parameters[2].values[0].source: source 'X' is not defined in $.sources (defined: S)",
        "t /t.json: $.parameters[3].values[0]: value dibao.employmentDeduction = 10.00 [2019-01-01, ∞) SEED for region 410482"
            + " lies outside every claim of the module for DIBAO in that region");
    assertThatThrownBy(() -> read(json)).hasMessageStartingWith("9 problems:");
  }

  @Test
  void overlappingValuesAndUndeclaredRegionsAreReported() {
    String p = "{\"region\": \"410482\", \"id\": \"dibao.standard.urban\", \"unit\": \"YUAN_PER_PERSON_MONTH\", \"values\": ["
        + "{\"value\": \"600\", \"effectiveFrom\": \"2020-01-01\", \"status\": \"SEED\", \"source\": \"S\"},"
        + "{\"value\": \"650\", \"effectiveFrom\": \"2020-06-01\", \"status\": \"SEED\", \"source\": \"S\"}]},"
        + "{\"region\": \"410481\", \"id\": \"dibao.incomeMonths\", \"unit\": \"MONTHS\", \"values\": ["
        + "{\"value\": 12, \"effectiveFrom\": \"2020-06-01\", \"effectiveUntil\": \"2020-06-01\", \"status\": \"SEED\", \"source\": \"S\"}]}";
    assertThat(problems(doc(p))).containsExactlyInAnyOrder(
        "t /t.json: $.parameters[0].values[1]: parameter dibao.standard.urban in region 410482 has overlapping values"
            + " dibao.standard.urban = 600.00 [2020-01-01, ∞) SEED and dibao.standard.urban = 650.00 [2020-06-01, ∞) SEED"
            + " published on the same day; a correction needs a later publication date",
        "t /t.json: $.parameters[1].region: region 410481 is not declared in $.regions",
        "t /t.json: $.parameters[1].values[0].effectiveUntil: effectiveUntil 2020-06-01 is not after effectiveFrom 2020-06-01"
            + " (effectiveUntil is the first day no longer in force)");
  }

  @Test
  void writeThenReadGivesEqualValues() {
    StandardSet original = StandardsJson.read(Standards2020.ID,
        StandardsDocument.ofResource(Standards2020.class, Standards2020.RESOURCE));
    String written = StandardsJson.write(original);
    StandardSet again = StandardsJson.read(Standards2020.ID, "/written.json", written.getBytes(StandardCharsets.UTF_8));
    assertThat(again.version()).isEqualTo(original.version());
    assertThat(again.title()).isEqualTo(original.title());
    assertThat(again.regions()).isEqualTo(original.regions());
    assertThat(again.claims()).isEqualTo(original.claims());
    assertThat(again.valueRegions()).isEqualTo(original.valueRegions());
    for (RegionCode r : original.valueRegions()) {
      assertThat(again.valuesFor(r)).isEqualTo(original.valuesFor(r));
    }
    // Writing is a fixed point, and money stays a string.
    assertThat(StandardsJson.write(again)).isEqualTo(written);
    assertThat(written).contains("\"value\" : \"355.00\"").doesNotContain("\"perYear\"");
  }
}
