/**
 * The people the library serves: {@link org.minzheng.household.Household}s of
 * {@link org.minzheng.household.Person}s with their facts, and the other inputs of a calculation
 * ({@link org.minzheng.household.TemporaryAssistanceCase}, {@link org.minzheng.household.PriceIndexSeries}).
 *
 * <p>All types are immutable and thread-safe, and annotated for Jackson; the package {@code json}
 * (which depends on this one, never the reverse) has the configured mapper, {@code MinzhengJson}, and
 * the flat CSV form of households, {@code HouseholdCsv}. No method accepts or returns {@code null}: a fact
 * that is not known is an empty {@link java.util.Optional}, and a scheme that needs it answers
 * {@code UNDETERMINED} naming it. Invalid values fail at construction with an
 * {@link IllegalArgumentException} or {@link org.minzheng.household.InvalidInputException} naming the field and
 * the value.
 *
 * @since 0.1
 */
@MinzhengStyle
package org.minzheng.household;

import org.minzheng.household.MinzhengStyle;
