/**
 * An example county standards module: Ruzhou City (汝州市, 410482) overriding one value of
 * Pingdingshan's standards. Data plus a small provider; depends on the SPI only.
 *
 * @since 0.1
 */
module org.minzheng.examples.county {
  requires org.minzheng.spi;
  exports org.minzheng.examples.county;
  provides org.minzheng.standard.spi.StandardsProvider with org.minzheng.examples.county.RuzhouStandards;
}
