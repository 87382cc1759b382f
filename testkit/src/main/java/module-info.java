/**
 * The minzheng test kit: seeded generators of households, persons, resident IDs, incomes, standards
 * and a synthetic Pingdingshan caseload (no property-testing library needed); declarative test
 * cases in YAML or JSON with a runner for JUnit and the command line; and the conformance kit a
 * county runs against its own standards module.
 *
 * @since 0.1
 */
module org.minzheng.testkit {
  requires com.google.common;
  requires transitive org.minzheng.core;
  requires static org.junit.jupiter.api; // optional: only the JUnit-facing classes need it
  requires com.fasterxml.jackson.dataformat.yaml;

  exports org.minzheng.testkit;
  exports org.minzheng.testkit.cases;
  exports org.minzheng.testkit.conformance;
  exports org.minzheng.testkit.ledger;
  exports org.minzheng.testkit.fuzz;

  opens org.minzheng.testkit to com.fasterxml.jackson.databind;
  opens org.minzheng.testkit.cases to com.fasterxml.jackson.databind;
  opens org.minzheng.testkit.conformance to org.junit.platform.commons;
  opens org.minzheng.testkit.ledger to org.junit.platform.commons;

  uses org.minzheng.standard.spi.StandardsProvider;
}
