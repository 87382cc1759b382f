/**
 * What the schemes answer: a {@link org.minzheng.scheme.SchemeResult} per scheme and beneficiary
 * ({@code ELIGIBLE} with an amount and payee, {@code INELIGIBLE} with the failed conditions, or
 * {@code UNDETERMINED} naming the missing facts), each with an {@link org.minzheng.scheme.Explanation}
 * in Chinese and English and a reproducibility {@link org.minzheng.scheme.Stamp}.
 *
 * <p>Also the scheme SPI: a {@link org.minzheng.scheme.SchemeModule} declares a scheme and gives its rule
 * (a {@link org.minzheng.scheme.SchemeModule.HouseholdRule}, {@link org.minzheng.scheme.SchemeModule.PersonRule}
 * or {@link org.minzheng.scheme.SchemeModule.CaseRule}), which reads one household, member or case through
 * its context ({@link org.minzheng.scheme.HouseholdContext}, {@link org.minzheng.scheme.RuleContext},
 * {@link org.minzheng.scheme.CaseContext}) and records its steps as data.
 *
 * <p>The result types are immutable records. No method accepts or returns {@code null} unless it says so.
 *
 * @since 0.1
 */
package org.minzheng.scheme;
