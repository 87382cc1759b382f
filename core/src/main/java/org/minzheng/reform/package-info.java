/**
 * Reforms to cost: {@link org.minzheng.reform.ReformOverlay} reads a standards document of only the
 * changed values and lays it over the adopted standards, giving the registry a simulation calculates
 * with. The command line's {@code simulate} and the Spark module use it.
 *
 * @since 0.1
 */
package org.minzheng.reform;
