/**
 * The service-provider interface of standards modules: {@link org.minzheng.standard.spi.StandardsProvider}.
 *
 * <p>A standards module is data plus a small class, in the way the JDK's tzdb provider is: the
 * class names its id and regions and hands over its JSON documents; core parses and validates them
 * in one place. See {@link org.minzheng.standard.spi.StandardsProvider} for what an implementer owes.
 *
 * <p>No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
package org.minzheng.standard.spi;
