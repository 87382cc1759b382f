package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterDomain;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.StandardSet;

class StandardsJsonProperties {
  private static final RegionCode RUZHOU = RegionCode.of("410482");

  private static String doc(String valueField) {
    return """
        {"format": "minzheng-standards/1", "module": "p", "version": "1", "title": "p",
         "sources": {"S": {"documentNumber": "—", "title": "property"}},
         "regions": [{"code": "410482", "name": "汝州市", "nameEnglish": "Ruzhou City"}],
         "claims": [{"region": "410482", "schemes": ["DIBAO"], "effectiveFrom": "2020-01-01"}],
         "parameters": [{"region": "410482", "id": "dibao.standard.rural", "unit": "YUAN_PER_PERSON_MONTH",
           "values": [{%s, "effectiveFrom": "2020-01-01", "status": "SEED", "source": "S"}]}]}
        """.formatted(valueField);
  }

  private static ParameterValue<Money> rural(String json) {
    StandardSet s = StandardsJson.read("p", "/p.json", json.getBytes(StandardCharsets.UTF_8));
    return s.find(Parameters.DIBAO_STANDARD_RURAL, RUZHOU, LocalDate.of(2020, 1, 1)).orElseThrow();
  }

  /** perYear a fen → the monthly value is a / 12 fen, HALF_UP: one more fen when the remainder is 6..11. */
  @Test
  void perYearIsDividedOnceHalfUpToTheFen() {
    qt().forAll(longs().between(0, 12 * ParameterDomain.MONEY_CEILING.fen())).checkAssert(annualFen -> {
      Money annual = Money.ofFen(annualFen);
      long expected = annualFen / 12 + (annualFen % 12 >= 6 ? 1 : 0);
      ParameterValue<Money> v = rural(doc("\"perYear\": \"" + annual + "\""));
      assertThat(v.value().fen()).isEqualTo(expected);
      assertThat(v.note()).hasValue("derived: " + annual + " ÷ 12, HALF_UP to fen = " + Money.ofFen(expected));
    });
  }

  /** Any money written as its text form reads back as the same amount, and writes out the same text. */
  @Test
  void moneyValuesSurviveWriteAndRead() {
    qt().forAll(longs().between(0, ParameterDomain.MONEY_CEILING.fen())).checkAssert(fen -> {
      StandardSet s = StandardsJson.read("p", "/p.json",
          doc("\"value\": \"" + Money.ofFen(fen) + "\"").getBytes(StandardCharsets.UTF_8));
      String written = StandardsJson.write(s);
      ParameterValue<Money> back = rural(written);
      assertThat(back.value()).isEqualTo(Money.ofFen(fen));
      assertThat(written).contains("\"value\" : \"" + Money.ofFen(fen) + "\"");
    });
  }
}
