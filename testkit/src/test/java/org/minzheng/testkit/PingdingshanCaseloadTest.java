package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Person;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

class PingdingshanCaseloadTest {

  @Test
  void sampleCountsFollowTheSeedFiguresAtOneHundredth() {
    Map<Scheme, Long> counts = new TreeMap<>();
    long[] dibaoPersons = {0};
    long[] sixCountyRuralDibao = {0};
    long[] households = {0};
    PingdingshanCaseload.sample().forEach(ch -> {
      households[0]++;
      ch.enrollments().forEach(e -> counts.merge(e.scheme(), 1L, Long::sum));
      if (ch.count(Scheme.DIBAO) == 1) {
        dibaoPersons[0] += ch.household().members().size();
        if (Pingdingshan.SIX_RURAL_DIBAO_COUNTIES.contains(ch.household().region())) {
          sixCountyRuralDibao[0] += ch.household().members().size();
        }
      }
      ch.temporaryAssistance().ifPresent(t -> counts.merge(Scheme.TEMPORARY_ASSISTANCE, (long) t.persons(), Long::sum));
    });
    // seed figures × 1/100, rounded: 111,721 → 1,117; 85,000 → 850; 22,929 → 229; 91,897 → 919;
    // 55,439 → 554; living subsidy floor(1,117 × 48,701 / 111,721) = floor(486.92) = 486
    assertThat(dibaoPersons[0]).isEqualTo(1117);
    assertThat(sixCountyRuralDibao[0]).isEqualTo(850);
    assertThat(counts.get(Scheme.EXTREME_POVERTY)).isEqualTo(229);
    assertThat(counts.get(Scheme.OLD_AGE_ALLOWANCE)).isEqualTo(919);
    assertThat(counts.get(Scheme.DISABILITY_LIVING_SUBSIDY)).isEqualTo(486);
    assertThat(counts.get(Scheme.DISABILITY_NURSING_SUBSIDY)).isEqualTo(554);
    // price subsidy covers every dibao member and extreme-poverty person: 1,117 + 229
    assertThat(counts.get(Scheme.PRICE_SUBSIDY)).isEqualTo(1346);
    // temporary-assistance persons: floor(1,117 × 8,721 / 111,721) = floor(87.19) = 87
    assertThat(counts.get(Scheme.TEMPORARY_ASSISTANCE)).isEqualTo(87);
    assertThat(households[0]).isBetween(1_000L, 3_000L);
    assertThat(PingdingshanCaseload.sample().expectedEnrollments())
        .containsEntry(Scheme.OLD_AGE_ALLOWANCE, 919L).containsEntry(Scheme.EXTREME_POVERTY, 229L);
  }

  @Test
  void ruralDibaoInTheSixCountiesIsSharedByTheDocumentedWeights() {
    Map<RegionCode, Long> persons = new HashMap<>();
    PingdingshanCaseload.sample().forEach(ch -> {
      if (ch.count(Scheme.DIBAO) == 1 && Pingdingshan.SIX_RURAL_DIBAO_COUNTIES.contains(ch.household().region())) {
        persons.merge(ch.household().region(), (long) ch.household().members().size(), Long::sum);
      }
    });
    // 850 persons by weights 鲁山 78, 叶县 78, 宝丰 47, 郏县 57, 舞钢 30, 石龙 6 (sum 296):
    // 鲁山 850×78/296 = 223.99 → 224 (largest remainder), 石龙 850×6/296 = 17.23 → 17
    assertThat(persons.get(Pingdingshan.LUSHAN)).isEqualTo(224);
    assertThat(persons.get(Pingdingshan.SHILONG)).isEqualTo(17);
    assertThat(persons.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(850);
  }

  @Test
  void caseloadIsReproducibleAndRoundTripsThroughJsonLines() {
    List<CaseloadHousehold> a = PingdingshanCaseload.of(5L, 0.002).stream().toList();
    List<CaseloadHousehold> b = PingdingshanCaseload.of(5L, 0.002).stream().toList();
    assertThat(a).isEqualTo(b).isNotEmpty();
    StringWriter w = new StringWriter();
    long n = PingdingshanCaseload.writeJsonLines(a, w);
    assertThat(n).isEqualTo(a.size());
    assertThat(w.toString().lines().count()).isEqualTo(a.size());
    try (var s = PingdingshanCaseload.readJsonLines(new StringReader(w.toString()))) {
      assertThat(s.toList()).isEqualTo(a);
    }
  }

  @Test
  void dibaoHouseholdsAreBuiltBelowEveryStandard() {
    // counted income per person over 12 months below the lower (2019) standard: rural 3,860, urban 6,240 a year;
    // the calibrated means are 43% (rural) and 21% (urban) of the 2020 standard
    long[] sum = {0, 0};
    long[] persons = {0, 0};
    PingdingshanCaseload.sample().stream().filter(ch -> ch.count(Scheme.DIBAO) == 1).forEach(ch -> {
      long fen = ch.household().members().stream().map(Person::countedIncome).mapToLong(m -> m.fen()).sum();
      boolean urban = ch.household().residenceType() == org.minzheng.standard.ResidenceType.URBAN;
      assertThat(fen).isLessThan((urban ? 6_240_00L : 3_860_00L) * ch.household().members().size());
      sum[urban ? 1 : 0] += fen;
      persons[urban ? 1 : 0] += ch.household().members().size();
      assertThat(ch.household().assetsWithinLimits()).contains(true);
    });
    assertThat(sum[0] / 100.0 / persons[0] / 4_260).isBetween(0.38, 0.48);
    assertThat(sum[1] / 100.0 / persons[1] / 6_840).isBetween(0.16, 0.26);
  }

  @Test
  void aLargeCaseloadStreamsWithoutBeingHeld() {
    // scale 1 has about 150,000 households; stream 50,000 of scale 2 and count them without keeping them
    long n = PingdingshanCaseload.of(1L, 2.0).stream().limit(50_000).count();
    assertThat(n).isEqualTo(50_000);
  }

  @Test
  void residentIdsNeverRepeatAcrossHouseholds() {
    // Random sequence numbers repeated 168 IDs at scale 1.0; a payout run then skips those persons' lines.
    java.util.Set<String> seen = new java.util.HashSet<>();
    long[] duplicates = {0};
    PingdingshanCaseload.of(7L, 1.0).households().limit(80_000)
        .flatMap(h -> h.members().stream())
        .forEach(p -> {
          if (!seen.add(p.id().value())) {
            duplicates[0]++;
          }
        });
    assertThat(seen).hasSizeGreaterThan(80_000);
    assertThat(duplicates[0]).isZero();
  }
}
