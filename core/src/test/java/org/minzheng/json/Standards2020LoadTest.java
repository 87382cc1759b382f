package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.Money;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.junit.jupiter.api.Test;
import org.minzheng.standards2020.Standards2020;

class Standards2020LoadTest {
  @Test
  void loads() {
    StandardsRegistry r = StandardsRegistry.of(Standards2020.provider());
    // 4260.00 / 12 = 355.00 exactly
    assertThat(r.resolve(Parameters.DIBAO_STANDARD_RURAL, RegionCode.of("410423"), LocalDate.of(2020, 10, 1)).value())
        .isEqualTo(Money.parse("355.00"));
  }
}
