package org.minzheng.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.minzheng.StandardsRegistry;
import org.minzheng.StandardsView;
import org.minzheng.household.InstitutionId;
import org.minzheng.standard.RegionCode;
import org.minzheng.standards2020.Standards2020;

/** The institution and grid rules read from the shipped Pingdingshan standards. */
class Standards2020InstitutionTest {
  final StandardsView ye = StandardsRegistry.of(Standards2020.provider()).standardFor(RegionCode.of("410422"), YearMonth.of(2020, 9));

  Institution elderly(int beds) {
    return new Institution.Builder().id(InstitutionId.of("E" + beds)).kind(InstitutionKind.ELDERLY_CARE).name("养老院")
        .region(RegionCode.of("410422")).beds(beds).nursingBeds(0).residents(0).directlyUnderCivilAffairs(false)
        .rural(false).status(ConstructionStatus.OPERATING).build();
  }

  @Test
  void coverageAndGridsFollowTheShippedParameters() {
    assertThat(DualPrevention.assess(elderly(199), ye).covered()).isFalse();
    assertThat(DualPrevention.assess(elderly(200), ye).covered()).isTrue();
    assertThat(DualPrevention.assess(elderly(200), ye).parameters()).allSatisfy(p -> assertThat(p.providerId()).isEqualTo("standards-2020"));
    assertThat(CommunityGrids.gridsFor(301, ye).grids()).isEqualTo(2);
    assertThat(CommunityGrids.gridsFor(300, ye).grids()).isEqualTo(1);
    // 55 of 100 beds meet the 2025 target of 55%, 54 do not
    assertThat(new NursingBedShare(55, 100).meetsTarget(ye)).isTrue();
    assertThat(new NursingBedShare(54, 100).meetsTarget(ye)).isFalse();
    assertThat(new NursingBedShare(55, 100).meets(new BigDecimal("0.55"))).isTrue();
  }
}
