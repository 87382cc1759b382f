package org.minzheng.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

  @Test
  void levelsFollowTheTrailingZeros() {
    assertThat(RegionCode.of("410000").level()).isEqualTo(RegionCode.Level.PROVINCE);
    assertThat(RegionCode.of("410400").level()).isEqualTo(RegionCode.Level.CITY);
    assertThat(RegionCode.of("410482").level()).isEqualTo(RegionCode.Level.COUNTY);
    assertThat(RegionCode.of("410402").level()).isEqualTo(RegionCode.Level.COUNTY);
  }

  @Test
  void chainRunsCountyCityProvince() {
    assertThat(RegionCode.of("410482").chain()).extracting(RegionCode::code)
        .containsExactly("410482", "410400", "410000");
    assertThat(RegionCode.of("410400").chain()).extracting(RegionCode::code).containsExactly("410400", "410000");
    assertThat(RegionCode.of("410000").chain()).extracting(RegionCode::code).containsExactly("410000");
    assertThat(RegionCode.of("410000").parent()).isEmpty();
  }

  @Test
  void containsItsDescendantsOnly() {
    assertThat(RegionCode.of("410400").contains(RegionCode.of("410482"))).isTrue();
    assertThat(RegionCode.of("410400").contains(RegionCode.of("410400"))).isTrue();
    assertThat(RegionCode.of("410000").contains(RegionCode.of("410423"))).isTrue();
    assertThat(RegionCode.of("410400").contains(RegionCode.of("410100"))).isFalse();
    assertThat(RegionCode.of("410482").contains(RegionCode.of("410400"))).isFalse();
  }

  @Test
  void rejectsMalformedCodesNamingThem() {
    for (String bad : new String[] {"41040", "4104000", "41040x", "", "000000", "990000", " 41040"}) {
      assertThatThrownBy(() -> RegionCode.of(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void sortsByCode() {
    assertThat(RegionCode.of("410400").compareTo(RegionCode.of("410482"))).isNegative();
    assertThat(RegionCode.of("410482").toString()).isEqualTo("410482");
  }
}
