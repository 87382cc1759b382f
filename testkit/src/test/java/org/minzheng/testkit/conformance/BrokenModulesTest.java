package org.minzheng.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;
import org.minzheng.standards2020.Standards2020;
import org.minzheng.testkit.MinzhengGenerators;
import org.minzheng.testkit.StandardSetProvider;

/**
 * Deliberately broken modules (standards-2020's document with one defect each) fail the conformance
 * kit, with messages that name the defect.
 */
class BrokenModulesTest {

  /** A provider serving standards-2020's document after {@code edit}, under the id {@code broken}. */
  static StandardsProvider broken(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode doc;
    try (InputStream in = Standards2020.class.getResourceAsStream(Standards2020.RESOURCE)) {
      doc = (ObjectNode) MinzhengJson.mapper().readTree(in);
    }
    doc.put("module", "broken");
    edit.accept(doc);
    byte[] bytes = MinzhengJson.mapper().writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
    Set<RegionCode> regions = Standards2020.provider().regions();
    return new StandardsProvider() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public Set<RegionCode> regions() {
        return regions;
      }

      @Override
      public List<StandardsDocument> documents() {
        return List.of(StandardsDocument.of("/broken.json", bytes));
      }
    };
  }

  static ArrayNode valuesOf(ObjectNode doc, String id) {
    for (JsonNode p : doc.get("parameters")) {
      if (p.get("id").asText().equals(id)) {
        return (ArrayNode) p.get("values");
      }
    }
    throw new AssertionError("no parameter " + id);
  }

  @Test
  void negativeMoneyFailsToLoadNamingTheParameter() throws Exception {
    StandardsProvider p = broken(doc -> ((ObjectNode) valuesOf(doc, "dibao.standard.urban").get(1)).put("value", "-570.00"));
    ConformanceReport r = ConformanceKit.check(p);
    assertThat(r.passed()).isFalse();
    assertThat(r.check("loads").messages()).anyMatch(m -> m.contains("dibao.standard.urban") && m.contains("money -570.00 is outside 0.00 to"));
    assertThat(r.check("coverage").status()).isEqualTo(CheckResult.Status.SKIPPED);
    assertThat(r.render()).contains("FAIL loads").contains("SKIP coverage").contains("0 passed, 11 failed");
  }

  @Test
  void aMultiplierOf1point2FailsToLoadBecauseItIsOutsideTheCataloguesDomain() throws Exception {
    // the national floor (rules.md §2) is the parameter's domain, so the parser refuses the document itself
    StandardsProvider p = broken(doc -> ((ObjectNode) valuesOf(doc, "extremePoverty.basicMultiplier").get(0)).put("value", "1.2"));
    ConformanceReport r = ConformanceKit.check(p);
    assertThat(r.check("loads").messages()).anyMatch(m -> m.contains("parameters[") && m.contains("1.2 is outside 1.3 to 100"));
    assertThat(r.check("extremePovertyMultiplier").status()).isEqualTo(CheckResult.Status.SKIPPED);
  }

  @Test
  void aDocumentBreakingARelationFailsToLoadNamingBothParameters() throws Exception {
    StandardsProvider p = broken(doc -> ((ObjectNode) valuesOf(doc, "disabilityNursing.enhancedMinAge").get(0)).put("value", 60));
    ConformanceReport r = ConformanceKit.check(p);
    assertThat(r.check("loads").messages()).anyMatch(m -> m.contains("region 410400")
        && m.contains("disabilityNursing.enhancedMinAge = 60") && m.contains("must be at most")
        && m.contains("disabilityNursing.enhancedMaxAge = 59"));
    assertThat(r.check("relations").status()).isEqualTo(CheckResult.Status.SKIPPED);
  }

  /** A county module giving only {@code disabilityNursing.enhancedMaxAge} for Ruzhou, from 2020. */
  private static StandardsProvider countyWithMaxAge(int maxAge) {
    String json = """
        {"format": "minzheng-standards/1", "module": "county-t", "version": "1", "title": "t", "published": "2020-01-01",
         "sources": {"S": {"documentNumber": "—", "title": "test source"}},
         "regions": [{"code": "410482", "name": "汝州市", "nameEnglish": "Ruzhou City"}],
         "claims": [{"region": "410482", "schemes": ["DISABILITY_NURSING_SUBSIDY"], "effectiveFrom": "2020-01-01"}],
         "parameters": [{"region": "410482", "id": "disabilityNursing.enhancedMaxAge", "unit": "YEARS",
           "values": [{"value": %d, "effectiveFrom": "2020-01-01", "status": "ASSUMPTION", "source": "S"}]}]}
        """.formatted(maxAge);
    return new StandardsProvider() {
      @Override
      public String id() {
        return "county-t";
      }

      @Override
      public Set<RegionCode> regions() {
        return Set.of(RegionCode.of("410482"));
      }

      @Override
      public List<StandardsDocument> documents() {
        return List.of(StandardsDocument.of("/county-t.json", json.getBytes(StandardCharsets.UTF_8)));
      }
    };
  }

  @Test
  void aCountyValueBreakingARelationWithItsCitysValueFailsRelationsNamingBoth() {
    ConformanceReport r = ConformanceKit.check(countyWithMaxAge(15), List.of(Standards2020.provider()));
    assertThat(r.check("loads").passed()).as(r.render()).isTrue();
    assertThat(r.check("relations").passed()).isFalse();
    assertThat(r.check("relations").messages()).singleElement().asString()
        .startsWith("region 410482, from 2020-01-01 on: disabilityNursing.enhancedMinAge = 16 [")
        .contains("of region 410400 must be at most disabilityNursing.enhancedMaxAge = 15 [2020-01-01, ∞) published 2020-01-01")
        .contains("rules.md §6").endsWith("as resolved with standards-2020 and county-t");
    assertThat(ConformanceKit.check(countyWithMaxAge(64), List.of(Standards2020.provider())).check("relations").passed())
        .isTrue();
  }

  @Test
  void aGapInTheMonthsFailsCoverageNamingTheMonths() throws Exception {
    // the 2019 urban standard ends on 2019-06-01 and a copy resumes on 2019-09-01: June to August have none
    StandardsProvider p = broken(doc -> {
      ArrayNode values = valuesOf(doc, "dibao.standard.urban");
      ObjectNode first = (ObjectNode) values.get(0);
      ObjectNode resumed = first.deepCopy();
      first.put("effectiveUntil", "2019-06-01");
      resumed.put("effectiveFrom", "2019-09-01");
      values.insert(1, resumed);
    });
    ConformanceReport r = ConformanceKit.check(p);
    assertThat(r.check("loads").passed()).isTrue();
    assertThat(r.check("coverage").messages())
        .contains("dibao.standard.urban has no value for region 410400 in 2019-06..2019-08 (a gap)")
        .contains("dibao.standard.urban has no value for region 410423 in 2019-06..2019-08 (a gap)");
  }

  @Test
  void aValueWithoutSourceFailsToLoadNamingTheField() throws Exception {
    StandardsProvider p = broken(doc -> ((ObjectNode) valuesOf(doc, "oldAge.bands").get(0)).remove("source"));
    ConformanceReport r = ConformanceKit.check(p);
    assertThat(r.check("loads").messages()).anyMatch(m -> m.contains("source") && m.contains("parameters["));
  }

  @Test
  void theJUnitFormFailsWithTheSameReadableMessage() throws Exception {
    StandardsProvider p = broken(doc -> ((ObjectNode) valuesOf(doc, "extremePoverty.basicMultiplier").get(0)).put("value", "1.2"));
    StandardsModuleConformance kit = new StandardsModuleConformance() {
      @Override
      protected StandardsProvider provider() {
        return p;
      }
    };
    assertThatThrownBy(kit::moduleLoads)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("FAILED loads")
        .hasMessageContaining("1.2 is outside 1.3 to 100");
  }

  @Test
  void generatedStandardsPassTheStaticChecks() {
    for (long seed = 0; seed < 5; seed++) {
      ConformanceReport r = ConformanceKit.check(StandardSetProvider.of(MinzhengGenerators.standardSets().generate(seed)));
      for (String check : List.of("loads", "regions", "coverage", "provenance", "nonNegative", "domains", "extremePovertyMultiplier",
          "jsonRoundTrip")) {
        assertThat(r.check(check).passed()).as("seed %s check %s: %s", seed, check, r.check(check).messages()).isTrue();
      }
    }
  }

  /** standards-2020's document with no publication date anywhere: neither the document's nor a value's. */
  static void undated(ObjectNode doc) {
    doc.remove("published");
    for (JsonNode p : doc.get("parameters")) {
      for (JsonNode v : p.get("values")) {
        ((ObjectNode) v).remove("published");
      }
    }
  }

  @Test
  void valuesWithoutAPublicationDateAreAWarningForAnOrdinaryModule() throws Exception {
    assertThat(ConformanceKit.check(Standards2020.provider()).check("publicationDates").status())
        .isEqualTo(CheckResult.Status.PASSED);
    ConformanceReport r = ConformanceKit.check(broken(BrokenModulesTest::undated));
    CheckResult c = r.check("publicationDates");
    assertThat(c.status()).isEqualTo(CheckResult.Status.WARNED);
    assertThat(c.passed()).isTrue();
    assertThat(r.passed()).isTrue();
    assertThat(c.messages()).singleElement().asString().startsWith("module broken ")
        .contains("values have no publication date").contains("dibao.standard.urban in 41");
    assertThat(r.warnings()).singleElement().asString().startsWith("publicationDates: module broken");
    assertThat(r.problems()).isEmpty();
    assertThat(r.render()).contains("WARN publicationDates").contains("11 passed, of them 1 with warnings, 0 failed");
  }

  @Test
  void valuesWithoutAPublicationDateFailAModuleThatSupersedesAnother() throws Exception {
    ConformanceReport r = ConformanceKit.check(broken(doc -> {
      undated(doc);
      doc.putArray("supersedes").add("standards-2020");
    }), List.of(Standards2020.provider()));
    CheckResult c = r.check("publicationDates");
    assertThat(c.status()).as(r.render()).isEqualTo(CheckResult.Status.FAILED);
    assertThat(c.messages()).singleElement().asString().contains("supersedes standards-2020")
        .contains("would replace those before it was published");
  }
}
