/**
 * An ILLUSTRATIVE county scheme module (not real data): a centenarian top-up for Baofeng County
 * (宝丰县, 410421), with its rule, its parameters in a county standards document, and its message
 * bundles. It shows that a scheme is added without changing spi or core.
 *
 * @since 0.2
 */
module org.minzheng.examples.centenarian {
  requires org.minzheng.core;
  exports org.minzheng.examples.centenarian;
  provides org.minzheng.scheme.SchemeModule with org.minzheng.examples.centenarian.CentenarianTopUp;
  provides org.minzheng.standard.spi.StandardsProvider with org.minzheng.examples.centenarian.CentenarianStandards;
}
