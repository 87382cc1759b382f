/**
 * What the schemes answer: a {@link org.minzheng.scheme.SchemeResult} per scheme and beneficiary
 * ({@code ELIGIBLE} with an amount and payee, {@code INELIGIBLE} with the failed conditions, or
 * {@code UNDETERMINED} naming the missing facts), each with an {@link org.minzheng.scheme.Explanation}
 * in Chinese and English and a reproducibility {@link org.minzheng.scheme.Stamp}.
 *
 * <p>All types are immutable records. No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
package org.minzheng.scheme;
