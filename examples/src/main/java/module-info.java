/**
 * minzheng examples: the {@code minzheng} command line (payroll, calc, check, standards, simulate) and
 * small programs showing how a host embeds the library.
 *
 * @since 0.1
 */
module org.minzheng.examples {
  requires com.google.common;
  requires org.minzheng.core;
  requires org.minzheng.testkit;
  requires org.minzheng.ledger.jdbc;
  requires com.zaxxer.hikari;
  requires info.picocli;

  exports org.minzheng.examples;
  exports org.minzheng.examples.cli;
  exports org.minzheng.examples.notice;

  // picocli sets the commands' annotated fields reflectively; Jackson writes the JSON reports
  opens org.minzheng.examples.cli to info.picocli, com.fasterxml.jackson.databind;
}
