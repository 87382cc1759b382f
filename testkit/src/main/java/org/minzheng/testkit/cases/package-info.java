/**
 * Declarative test cases: a month, a household (or a temporary-assistance case), the standards to use
 * and the expected result per scheme, in YAML or JSON (the format is documented in the test kit's
 * {@code CASES.md}); {@link org.minzheng.testkit.cases.CaseRunner} runs them from JUnit or the command line.
 *
 * <p>No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
package org.minzheng.testkit.cases;
