/**
 * Value types shared by every minzheng module: {@link org.minzheng.standard.Money} (exact, in fen),
 * {@link org.minzheng.standard.RegionCode} (GB/T 2260), the catalogue of
 * {@link org.minzheng.standard.Parameters parameters} a standards module supplies, and
 * {@link org.minzheng.standard.StandardSet}, the validated content of one standards module.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Nulls.</b> No method accepts or returns {@code null}; an absent value is an
 *       {@link java.util.Optional}. A {@code null} argument throws {@link NullPointerException}
 *       naming the parameter.</li>
 *   <li><b>Money</b> is a whole number of fen (分, 0.01 yuan). Rounding happens only where a
 *       {@link org.minzheng.standard.Rounding} is passed in.</li>
 *   <li><b>Dates.</b> Every effective period is closed-open: {@code [effectiveFrom, effectiveUntil)}.
 *       An inclusive legal end date ("执行至2020年12月31日") becomes {@code effectiveUntil = 2021-01-01}.
 *       The value for a benefit month is the one in force on the <em>first day</em> of that month.</li>
 *   <li><b>Errors.</b> Caller mistakes throw {@link IllegalArgumentException} or
 *       {@link NullPointerException} with a message naming the field and the value; domain faults
 *       throw a subclass of {@link org.minzheng.standard.MinzhengException}.</li>
 *   <li>Every type here is immutable and thread-safe.</li>
 * </ul>
 *
 * @since 0.1
 */
package org.minzheng.standard;
