package org.minzheng.testkit.conformance;

import org.minzheng.standard.spi.StandardsProvider;
import org.minzheng.standards2020.Standards2020;

/** standards-2020 passes the conformance kit: the way a county runs it against its own module. */
class Standards2020ConformanceTest extends StandardsModuleConformance {
  @Override
  protected StandardsProvider provider() {
    return Standards2020.provider();
  }
}
