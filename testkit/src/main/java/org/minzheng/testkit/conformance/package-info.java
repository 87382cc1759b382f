/**
 * The conformance kit a county runs against its own standards module: extend
 * {@link org.minzheng.testkit.conformance.StandardsModuleConformance} in a JUnit test, or call
 * {@link org.minzheng.testkit.conformance.ConformanceKit#check} and read the report.
 *
 * <p>No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
package org.minzheng.testkit.conformance;
