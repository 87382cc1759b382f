/**
 * The minzheng test kit: {@link org.minzheng.testkit.MinzhengGenerators} (seeded generators of every
 * input, as plain functions of a {@link java.util.random.RandomGenerator}),
 * {@link org.minzheng.testkit.PingdingshanCaseload} (a synthetic caseload in the proportions of the
 * seed's figures) and {@link org.minzheng.testkit.StandardSets} (edits of standards for tests).
 *
 * <p>No method accepts or returns {@code null}; generated values are immutable.
 *
 * @since 0.1
 */
package org.minzheng.testkit;
