/**
 * Pingdingshan City (平顶山市, 410400), Henan: social-assistance standards from 2019-01-01, taken from
 * the city's 2020 work summary and the national and provincial rules in {@code rules.md}.
 *
 * @since 0.1
 */
module org.minzheng.standards2020 {
  requires org.minzheng.spi;
  exports org.minzheng.standards2020;
  provides org.minzheng.standard.spi.StandardsProvider with org.minzheng.standards2020.Standards2020;
}
