/**
 * minzheng core: the registry of standards modules, the JSON format, households, the six schemes
 * with explained results, payouts, institutions and reports.
 *
 * @since 0.1
 */
module org.minzheng.core {
  requires com.google.common;
  requires transitive org.minzheng.spi;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports org.minzheng;
  exports org.minzheng.calculation;
  exports org.minzheng.household;
  exports org.minzheng.scheme;
  exports org.minzheng.json;
  exports org.minzheng.payout;
  exports org.minzheng.institution;
  exports org.minzheng.report;
  exports org.minzheng.schemes;
  exports org.minzheng.schemes.dibao;
  exports org.minzheng.schemes.extremepoverty;
  exports org.minzheng.schemes.temporary;
  exports org.minzheng.schemes.price;
  exports org.minzheng.schemes.oldage;
  exports org.minzheng.schemes.disability;
  exports org.minzheng.reform;

  opens org.minzheng.household to com.fasterxml.jackson.databind;
  opens org.minzheng.scheme to com.fasterxml.jackson.databind;
  opens org.minzheng.payout to com.fasterxml.jackson.databind;
  opens org.minzheng.institution to com.fasterxml.jackson.databind;
  opens org.minzheng.report to com.fasterxml.jackson.databind;
  opens org.minzheng.json to com.fasterxml.jackson.databind;

  uses org.minzheng.standard.spi.StandardsProvider;
  uses org.minzheng.scheme.SchemeModule;
}
