package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the Jackson the build names: minzheng's own (2.23), or, with the
 * {@code spark-jackson} profile, Apache Spark's (2.21), which is what executors load on a cluster.
 */
class JacksonVersionTest {
  @Test
  void theTestsRunOnTheJacksonTheBuildNames() {
    String expected = System.getProperty("minzheng.expectedJacksonVersion");
    assertThat(expected).as("system property minzheng.expectedJacksonVersion, set by surefire").isNotBlank();
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
  }
}
