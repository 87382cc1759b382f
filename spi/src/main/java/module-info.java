/**
 * The minzheng standards SPI: the contract a standards module implements, and the value types
 * it needs (money, region codes, parameter keys, parameter values with their legal basis).
 *
 * <p>This module depends on Guava only: no Jackson, no SLF4J, no other minzheng module.
 *
 * @since 0.1
 */
module org.minzheng.spi {
  requires com.google.common; // inside only: no Guava type in the SPI's signatures, so a standards module needs none
  exports org.minzheng.standard;
  exports org.minzheng.standard.spi;
}
